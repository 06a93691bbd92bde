import { uploadShipmentDocument } from '@/db/mutations/shipments';
import { uploadForm } from '@/lib/api/upload-form';
import { route } from '@/lib/auth/route';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { log } from '@/lib/log';
import { fieldErrorsFrom } from '@/lib/form-state';
import { documentDatesSchema } from '@/lib/validation/shipment';
import { z } from 'zod';

const fieldsSchema = z.object({ shipmentId: z.uuid(), code: z.string().regex(/^[a-z0-9_]{1,64}$/) });
const notFound = () => new Response('Not found', { status: 404 });

/**
 * Uploads one shipment document (multipart: shipmentId, code, file, issueDate?, expiryDate?).
 * Answers JSON to the upload widget (Accept: application/json, for progress) and a 303 back to the
 * shipment for plain forms, with the error, the document's code and the field at fault.
 */
export const POST = route({ access: 'shipments:write' }, async ({ request, actor }) => {
  // No page to go back to until the form is read and names the shipment.
  let shipmentId: string | null = null;
  const reply = uploadForm(request, (q) => shipmentId && `/shipments/${shipmentId}?${new URLSearchParams(q)}`);
  const form = await reply.read();
  if (form instanceof Response) return form;
  const fields = fieldsSchema.safeParse({ shipmentId: form.get('shipmentId'), code: form.get('code') });
  if (!fields.success) return notFound();
  shipmentId = fields.data.shipmentId;
  const { code } = fields.data;
  const dates = documentDatesSchema.safeParse({
    issueDate: form.get('issueDate') ?? undefined,
    expiryDate: form.get('expiryDate') ?? undefined,
  });
  if (!dates.success) return reply.fail(400, dates.error.issues[0]!.message, fieldErrorsFrom(dates.error), { code });
  const file = reply.file(form, { code });
  if (file instanceof Response) return file;
  try {
    await uploadShipmentDocument(actor, {
      ...fields.data,
      ...dates.data,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return reply.done({ code }, { uploaded: code });
  } catch (e) {
    if (e instanceof DomainError) return reply.fail(400, e.message, e.fieldErrors, { code });
    if (e instanceof ConflictError) return reply.fail(409, e.message, {}, { code });
    if (e instanceof NotFoundError) return notFound();
    log.error('shipment upload failed', { error: e });
    return reply.fail(500, 'The upload failed on our side. Please try again.', {}, { code });
  }
});
