import { getDocumentForDownload } from '@/db/queries/applications';
import { notFound } from '@/lib/api/responses';
import { getActor } from '@/lib/auth/guards';
import { NotFoundError } from '@/lib/errors';
import { readFile } from '@/lib/storage/local';
import { z } from 'zod';

/**
 * Downloads a document for its own business's users and for staff only; to anyone else it does not
 * exist (404). Served with a sandboxing CSP so even a crafted file cannot run script in our origin.
 */
export async function GET(request: Request, ctx: RouteContext<'/api/documents/[id]'>) {
  const { id } = await ctx.params;
  if (!z.uuid().safeParse(id).success) return notFound();
  const actor = await getActor();
  if (!actor) return notFound();
  try {
    const doc = await getDocumentForDownload(actor, id);
    const bytes = await readFile(doc.storedName);
    const download = new URL(request.url).searchParams.get('download') === '1';
    const safeName = doc.originalName.replace(/[^\w.\- ()]/g, '_');
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': doc.mimeType,
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${safeName}"; filename*=UTF-8''${encodeURIComponent(doc.originalName)}`,
        // Chrome's PDF viewer refuses to run inside a CSP sandbox, so only images get one; the bytes were sniffed on upload.
        'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'${doc.mimeType === 'application/pdf' ? '' : '; sandbox'}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}
