import { z } from 'zod';
import { getPhoto } from '@/db/queries/photos';
import { route } from '@/lib/auth/route';
import { fileResponse } from '@/lib/storage';

/** Listing photos: ?size=thumb for the 480 px version. Public only once published on a live listing. */
export const GET = route(
  { access: 'public', identify: true, params: z.object({ id: z.uuid() }) },
  async ({ request, actor, params: { id } }) => {
    const photo = await getPhoto(actor, id);
    const thumb = new URL(request.url).searchParams.get('size') === 'thumb';
    return fileResponse(thumb ? photo.thumbName : photo.storedName, {
      'Content-Type': 'image/webp',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Stored names never change for a photo id, so public copies can be cached for a day.
      'Cache-Control': photo.isPublic ? 'public, max-age=86400' : 'private, no-store',
    });
  },
);
