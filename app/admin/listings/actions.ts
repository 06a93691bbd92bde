'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { bulkApproveListings, decideListing } from '@/db/mutations/listings';
import { action, formAction } from '@/lib/auth/action';
import { LISTING_STATUSES } from '@/lib/domain/listing-status';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { formValues } from '@/lib/form-state';

const listingDecisionInputSchema = z.object({
  listingId: z.uuid('Listing id must be a UUID.'),
  action: z.enum(['approve', 'requestChanges', 'reject'], 'Decision must be approve, request changes or reject.'),
  expectedStatus: z.enum(LISTING_STATUSES, 'Expected status is missing; reload the page.'),
  message: z.string().trim().max(4000, 'Message must be at most 4000 characters.').optional(),
  internalNote: z.string().trim().max(4000, 'Internal note must be at most 4000 characters.').optional(),
});

export const decideListingAction = action(
  { access: 'staff', input: listingDecisionInputSchema },
  async ({ actor, input: { listingId, ...d }, formData }) => {
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
    revalidatePath(`/admin/listings/${listingId}`);
    redirect(`/admin/listings/${listingId}?${outcome}`);
  },
);

const bulkApproveInputSchema = z.object({ ids: z.array(z.uuid()).min(1).max(50) });

export const bulkApproveAction = formAction(
  {
    access: 'staff',
    input: bulkApproveInputSchema,
    read: (formData) => ({ ids: formData.getAll('ids') }),
    invalid: () => redirect('/admin/listings?bulk=none'),
  },
  async ({ actor, input }) => {
    const r = await bulkApproveListings(actor, input.ids);
    revalidatePath('/admin/listings');
    redirect(`/admin/listings?approved=${r.approved.length}&skipped=${r.skipped.length}`);
  },
);
