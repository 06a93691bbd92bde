import { uploadApplicationDocument } from '@/db/mutations/applications';
import { json } from '@/lib/api/responses';
import { getActor } from '@/lib/auth/guards';
import { MAX_UPLOAD_BYTES } from '@/lib/domain/uploads';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { log } from '@/lib/log';
import { z } from 'zod';

const fieldsSchema = z.object({ requirementCode: z.string().regex(/^[a-z0-9_]{1,64}$/, 'Requirement must be a checklist code.') });

/**
 * Uploads one document (multipart: requirementCode, file). Answers JSON to the upload widget
 * (Accept: application/json, for progress) and a 303 back to the documents step for plain forms.
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const fail = (status: number, message: string, fieldErrors: Record<string, string> = {}, code?: string) =>
    wantsJson
      ? json({ ok: false, message, fieldErrors }, status)
      : Response.redirect(new URL(`/onboarding/documents?${new URLSearchParams({ error: message, ...(code ? { code } : {}) })}`, request.url), 303);

  const actor = await getActor();
  if (!actor || actor.role !== 'business') return fail(404, 'Not found');
  // Refuse oversized bodies before reading them (a little room for the multipart envelope).
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return fail(413, `File must be at most 10 MB; this one is ${(length / 1024 / 1024).toFixed(1)} MB.`, { file: 'File must be at most 10 MB.' });

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail(400, 'The upload was not a valid form; choose the file again.');
  }
  const fields = fieldsSchema.safeParse({ requirementCode: form.get('requirementCode') });
  const file = form.get('file');
  if (!fields.success) return fail(400, fields.error.issues[0]!.message, { requirementCode: fields.error.issues[0]!.message });
  const code = fields.data.requirementCode;
  if (!(file instanceof File) || file.size === 0) return fail(400, 'File is required: choose a PDF, PNG, JPEG or WebP.', { file: 'File is required.' }, code);
  if (file.size > MAX_UPLOAD_BYTES) return fail(413, `File must be at most 10 MB; this one is ${(file.size / 1024 / 1024).toFixed(1)} MB.`, { file: 'File must be at most 10 MB.' }, code);
  try {
    const { documentId } = await uploadApplicationDocument(actor, { requirementCode: code, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return wantsJson ? json({ ok: true, documentId }, 201) : Response.redirect(new URL(`/onboarding/documents?uploaded=${code}`, request.url), 303);
  } catch (e) {
    if (e instanceof DomainError) return fail(400, e.message, e.fieldErrors, code);
    if (e instanceof ConflictError) return fail(409, e.message, {}, code);
    if (e instanceof NotFoundError) return fail(404, 'Not found');
    log.error('upload failed', { error: e });
    return fail(500, 'The upload failed on our side. Please try again.', {}, code);
  }
}
