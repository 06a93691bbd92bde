import { z } from 'zod';
import { getShipmentDocumentForDownload } from '@/db/queries/shipments';
import { route } from '@/lib/auth/route';
import { fileResponse } from '@/lib/storage';
import { attachmentHeaders } from '@/lib/storage/download';

/** A shipment document for its business's users and staff; 404 to anyone else; a sandboxed attachment. */
export const GET = route({ access: 'user', params: z.object({ id: z.uuid() }) }, async ({ actor, params: { id } }) => {
  const doc = await getShipmentDocumentForDownload(actor, id);
  return fileResponse(doc.storedName, (size) =>
    attachmentHeaders({ originalName: doc.originalName, mimeType: doc.mimeType, size }),
  );
});
