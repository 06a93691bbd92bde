import { uploadShipmentDocument } from '@/db/mutations/shipments';
import { getActor } from '@/lib/auth/guards';
import { MAX_UPLOAD_BYTES } from '@/lib/domain/uploads';
import { DomainError, NotFoundError } from '@/lib/errors';
import { log } from '@/lib/log';
import { documentDatesSchema } from '@/lib/validation/shipment';
import { z } from 'zod';

const fieldsSchema = z.object({ shipmentId: z.uuid(), code: z.string().regex(/^[a-z0-9_]{1,64}$/) });

/** Uploads one shipment document (multipart: shipmentId, code, file, issueDate?, expiryDate?); 303 back to the shipment. */
export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== 'business') return new Response('Not found', { status: 404 });
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return new Response('File must be at most 10 MB.', { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('The upload was not a valid form.', { status: 400 });
  }
  const fields = fieldsSchema.safeParse({ shipmentId: form.get('shipmentId'), code: form.get('code') });
  if (!fields.success) return new Response('Not found', { status: 404 });
  const back = (q: Record<string, string>) => Response.redirect(new URL(`/shipments/${fields.data.shipmentId}?${new URLSearchParams(q)}`, request.url), 303);
  const dates = documentDatesSchema.safeParse({ issueDate: form.get('issueDate') ?? undefined, expiryDate: form.get('expiryDate') ?? undefined });
  if (!dates.success) return back({ error: dates.error.issues[0]!.message });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return back({ error: 'File is required: choose a PDF, PNG, JPEG or WebP.' });
  if (file.size > MAX_UPLOAD_BYTES) return back({ error: `File must be at most 10 MB; this one is ${(file.size / 1024 / 1024).toFixed(1)} MB.` });
  try {
    await uploadShipmentDocument(actor, { ...fields.data, ...dates.data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return back({ uploaded: fields.data.code });
  } catch (e) {
    if (e instanceof DomainError) return back({ error: e.message });
    if (e instanceof NotFoundError) return new Response('Not found', { status: 404 });
    log.error('shipment upload failed', { error: e });
    return back({ error: 'The upload failed on our side. Please try again.' });
  }
}
