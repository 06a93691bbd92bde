import { z } from 'zod';
import { getPhoto } from '@/db/queries/photos';
import { notFound } from '@/lib/api/responses';
import { getActor } from '@/lib/auth/guards';
import { NotFoundError } from '@/lib/errors';
import { readFile } from '@/lib/storage/local';

/** Listing photos: ?size=thumb for the 480 px version. Public only once published on a live listing. */
export async function GET(request: Request, ctx: RouteContext<'/api/photos/[id]'>) {
  const { id } = await ctx.params;
  if (!z.uuid().safeParse(id).success) return notFound();
  try {
    const photo = await getPhoto(await getActor(), id);
    const thumb = new URL(request.url).searchParams.get('size') === 'thumb';
    const bytes = await readFile(thumb ? photo.thumbName : photo.storedName);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'image/webp',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        // Stored names never change for a photo id, so public copies can be cached for a day.
        'Cache-Control': photo.isPublic ? 'public, max-age=86400' : 'private, no-store',
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}
