import { getShipmentDocumentForDownload } from '@/db/queries/shipments';
import { notFound } from '@/lib/api/responses';
import { getActor } from '@/lib/auth/guards';
import { NotFoundError } from '@/lib/errors';
import { readFile } from '@/lib/storage/local';
import { z } from 'zod';

/** A shipment document for its business's users and staff; 404 to anyone else (same headers as /api/documents). */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!z.uuid().safeParse(id).success) return notFound();
  const actor = await getActor();
  if (!actor) return notFound();
  try {
    const doc = await getShipmentDocumentForDownload(actor, id);
    const bytes = await readFile(doc.storedName);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': doc.mimeType,
        'Content-Disposition': `inline; filename="${doc.originalName.replace(/[^\w.\- ()]/g, '_')}"`,
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
