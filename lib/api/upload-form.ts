import 'server-only';
import { MAX_UPLOAD_BYTES } from '@/lib/domain/uploads';
import { json } from './responses';

type Query = Record<string, string>;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * One multipart upload form, answered two ways: JSON to the progress widget (components/forms/
 * file-upload.tsx sends `Accept: application/json`) and a 303 back to the page for a plain form
 * posted without JavaScript, with the message and the field it belongs to in the query. `back`
 * gives the page's address for a query, or null while it is not known yet (then a plain text answer).
 */
export function uploadForm(request: Request, back: (query: Query) => string | null) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const redirect = (query: Query, status: number, message: string) => {
    const to = back(query);
    return to
      ? Response.redirect(new URL(to, request.url), 303)
      : new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };
  const fail = (status: number, message: string, fieldErrors: Record<string, string> = {}, query: Query = {}) => {
    if (wantsJson) return json({ ok: false, message, fieldErrors }, status);
    const field = Object.keys(fieldErrors)[0];
    return redirect({ error: message, ...(field ? { field } : {}), ...query }, status, message);
  };
  return {
    fail,
    done: (body: Record<string, unknown>, query: Query) =>
      wantsJson ? json({ ok: true, ...body }, 201) : redirect(query, 201, 'Uploaded.'),
    /** The form, or the answer to give when the body is too large or not a form. */
    async read(): Promise<FormData | Response> {
      // Refuse oversized bodies before reading them (a little room for the multipart envelope).
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > MAX_UPLOAD_BYTES + 64 * 1024)
        return fail(413, `File must be at most 10 MB; this one is ${mb(length)} MB.`, {
          file: 'File must be at most 10 MB.',
        });
      try {
        return await request.formData();
      } catch {
        return fail(400, 'The upload was not a valid form; choose the file again.');
      }
    },
    /** The chosen file, or the answer when it is missing or too large (its content is checked later, by the data layer). */
    file(form: FormData, query: Query = {}): File | Response {
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0)
        return fail(400, 'File is required: choose a PDF, PNG, JPEG or WebP.', { file: 'File is required.' }, query);
      if (file.size > MAX_UPLOAD_BYTES)
        return fail(
          413,
          `File must be at most 10 MB; this one is ${mb(file.size)} MB.`,
          { file: 'File must be at most 10 MB.' },
          query,
        );
      return file;
    },
  };
}
