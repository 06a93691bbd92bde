import { z } from 'zod';
import { uploadApplicationDocument } from '@/db/mutations/applications';
import { uploadForm } from '@/lib/api/upload-form';
import { route } from '@/lib/auth/route';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { log } from '@/lib/log';

const fieldsSchema = z.object({
  requirementCode: z.string().regex(/^[a-z0-9_]{1,64}$/, 'Requirement must be a checklist code.'),
});

/**
 * Uploads one document (multipart: requirementCode, file). Answers JSON to the upload widget
 * (Accept: application/json, for progress) and a 303 back to the documents step for plain forms.
 */
export const POST = route({ access: 'application:prepare' }, async ({ request, actor }) => {
  const reply = uploadForm(request, (q) => `/onboarding/documents?${new URLSearchParams(q)}`);
  const form = await reply.read();
  if (form instanceof Response) return form;
  const fields = fieldsSchema.safeParse({ requirementCode: form.get('requirementCode') });
  if (!fields.success)
    return reply.fail(400, fields.error.issues[0]!.message, { requirementCode: fields.error.issues[0]!.message });
  const code = fields.data.requirementCode;
  const file = reply.file(form, { code });
  if (file instanceof Response) return file;
  try {
    const { documentId } = await uploadApplicationDocument(actor, {
      requirementCode: code,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return reply.done({ documentId }, { uploaded: code });
  } catch (e) {
    if (e instanceof DomainError) return reply.fail(400, e.message, e.fieldErrors, { code });
    if (e instanceof ConflictError) return reply.fail(409, e.message, {}, { code });
    if (e instanceof NotFoundError) return reply.fail(404, 'Not found');
    log.error('upload failed', { error: e });
    return reply.fail(500, 'The upload failed on our side. Please try again.', {}, { code });
  }
});
