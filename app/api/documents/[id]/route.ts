import { z } from 'zod';
import { getDocumentForDownload } from '@/db/queries/applications';
import { route } from '@/lib/auth/route';
import { readFile } from '@/lib/storage/local';

/**
 * Downloads a document for its own business's users and for staff only; to anyone else it does not
 * exist (404). Served with a sandboxing CSP so even a crafted file cannot run script in our origin.
 */
export const GET = route(
  { access: 'user', params: z.object({ id: z.uuid() }) },
  async ({ request, actor, params: { id } }) => {
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
        'X-Frame-Options': 'SAMEORIGIN',
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
