import { z } from 'zod';
import { getDocumentForDownload } from '@/db/queries/applications';
import { route } from '@/lib/auth/route';
import { fileResponse } from '@/lib/storage';
import { attachmentHeaders } from '@/lib/storage/download';

/**
 * Downloads a document for its own business's users and for staff only; to anyone else it does not
 * exist (404). Always as a sandboxed attachment (lib/storage/download.ts), never rendered in our origin.
 */
export const GET = route({ access: 'user', params: z.object({ id: z.uuid() }) }, async ({ actor, params: { id } }) => {
  const doc = await getDocumentForDownload(actor, id);
  return fileResponse(doc.storedName, (size) =>
    attachmentHeaders({ originalName: doc.originalName, mimeType: doc.mimeType, size }),
  );
});
