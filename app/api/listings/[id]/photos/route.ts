import { z } from 'zod';
import { attachListingPhoto } from '@/db/mutations/listings';
import { json } from '@/lib/api/responses';
import { route } from '@/lib/auth/route';
import { MAX_UPLOAD_BYTES } from '@/lib/domain/uploads';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { removeFile } from '@/lib/storage';
import { storeListingPhoto } from '@/lib/storage/photos';

/** Adds a photo to the seller's own listing: JSON for the upload widget, a 303 back for plain forms. */
export const POST = route(
  { access: 'listings:write', params: z.object({ id: z.uuid() }) },
  async ({ request, actor, params: { id } }) => {
    const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
    const back = (q: Record<string, string>) =>
      Response.redirect(new URL(`/products/${id}?${new URLSearchParams(q)}`, request.url), 303);
    const fail = (status: number, message: string) =>
      wantsJson ? json({ ok: false, message, fieldErrors: { photo: message } }, status) : back({ photoError: message });
    if (Number(request.headers.get('content-length') ?? '0') > MAX_UPLOAD_BYTES + 64 * 1024)
      return fail(413, 'Photo must be at most 10 MB.');
    let file: FormDataEntryValue | null;
    try {
      file = (await request.formData()).get('photo');
    } catch {
      return fail(400, 'The upload was not a valid form; choose the photo again.');
    }
    if (!(file instanceof File) || file.size === 0)
      return fail(400, 'Photo is required: choose a JPEG, PNG or WebP image.');
    let stored: Awaited<ReturnType<typeof storeListingPhoto>> | undefined;
    try {
      stored = await storeListingPhoto(file.name, new Uint8Array(await file.arrayBuffer()));
      const { photoId } = await attachListingPhoto(actor, id, stored);
      return wantsJson ? json({ ok: true, photoId }, 201) : back({ photo: 'added' });
    } catch (e) {
      if (stored) await Promise.all([removeFile(stored.storedName), removeFile(stored.thumbName)]);
      if (e instanceof NotFoundError) return json({ ok: false, message: 'Not found' }, 404);
      if (e instanceof DomainError || e instanceof ConflictError)
        return fail(e instanceof ConflictError ? 409 : 400, e.message);
      throw e;
    }
  },
);
