import { z } from 'zod';
import { getShipmentDocumentForDownload } from '@/db/queries/shipments';
import { route } from '@/lib/auth/route';
import { readFile } from '@/lib/storage/local';

/** A shipment document for its business's users and staff; 404 to anyone else (same headers as /api/documents). */
export const GET = route({ access: 'user', params: z.object({ id: z.uuid() }) }, async ({ actor, params: { id } }) => {
  const doc = await getShipmentDocumentForDownload(actor, id);
  const bytes = await readFile(doc.storedName);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': doc.mimeType,
      'Content-Disposition': `inline; filename="${doc.originalName.replace(/[^\w.\- ()]/g, '_')}"`,
      'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'${doc.mimeType === 'application/pdf' ? '' : '; sandbox'}`,
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': 'private, no-store',
    },
  });
});
