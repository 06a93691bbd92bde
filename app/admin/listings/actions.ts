'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { bulkApproveListings, decideListing } from '@/db/mutations/listings';
import { requireReviewer } from '@/lib/auth/guards';
import { LISTING_STATUSES } from '@/lib/domain/listing-status';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { formValues, invalid, type FormState } from '@/lib/form-state';
import { revalidateStore } from '@/lib/store-cache';

const decisionSchema = z.object({
  listingId: z.uuid('Listing id must be a UUID.'),
  action: z.enum(['approve', 'requestChanges', 'reject'], 'Decision must be approve, request changes or reject.'),
  expectedStatus: z.enum(LISTING_STATUSES, 'Expected status is missing; reload the page.'),
  message: z.string().trim().max(4000, 'Message must be at most 4000 characters.').optional(),
  internalNote: z.string().trim().max(4000, 'Internal note must be at most 4000 characters.').optional(),
});

export async function decideListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireReviewer();
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { listingId, ...d } = parsed.data;
  let outcome = `done=${d.action}`;
  try {
    await decideListing(actor, listingId, d);
  } catch (e) {
    if (e instanceof DomainError)
      return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, values: formValues(formData) };
    if (e instanceof NotFoundError) return { status: 'error', message: 'This listing no longer exists.' };
    if (!(e instanceof ConflictError)) throw e;
    outcome = 'conflict=1';
  }
  revalidateStore(listingId);
  revalidatePath(`/admin/listings/${listingId}`);
  redirect(`/admin/listings/${listingId}?${outcome}`);
}

export async function bulkApproveAction(formData: FormData): Promise<void> {
  const actor = await requireReviewer();
  const ids = z.array(z.uuid()).max(50).safeParse(formData.getAll('ids'));
  if (!ids.success || ids.data.length === 0) redirect('/admin/listings?bulk=none');
  const r = await bulkApproveListings(actor, ids.data);
  for (const id of r.approved) revalidateStore(id);
  revalidatePath('/admin/listings');
  redirect(`/admin/listings?approved=${r.approved.length}&skipped=${r.skipped.length}`);
}
