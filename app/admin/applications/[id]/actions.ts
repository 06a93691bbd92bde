'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { addApplicationNote, assignApplication, decideApplication, reviewDocument } from '@/db/mutations/applications';
import { action, formAction } from '@/lib/auth/action';
import { APPLICATION_STATUSES } from '@/lib/domain/application-status';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { expectedFailure } from '@/lib/form-state';

const uuid = z.uuid('Application id must be a UUID.');
const optionalText = (label: string) =>
  z.string().trim().max(4000, `${label} must be at most 4000 characters.`).optional();

const decisionInputSchema = z.object({
  applicationId: uuid,
  action: z.enum(
    ['startReview', 'requestChanges', 'approve', 'reject', 'suspend', 'reinstate'],
    'Decision must be one of the named actions.',
  ),
  expectedStatus: z.enum(APPLICATION_STATUSES, 'Expected status is missing; reload the page.'),
  message: optionalText('Message to the applicant'),
  internalNote: optionalText('Internal note'),
  overrideReason: optionalText('Override reason'),
});

/** Turns the data layer's expected failures into a message; anything else is a real error. */
export const decideAction = action(
  { access: 'staff', input: decisionInputSchema },
  async ({ actor, input: { applicationId, ...input }, formData }) => {
    // The page re-renders with the new state, so the outcome travels in the URL, not in this form.
    let outcome = `done=${input.action}`;
    try {
      await decideApplication(actor, applicationId, input);
    } catch (e) {
      if (!(e instanceof ConflictError)) return expectedFailure(e, formData, 'This application no longer exists.');
      outcome = 'conflict=1';
    }
    revalidatePath(`/admin/applications/${applicationId}`);
    redirect(`/admin/applications/${applicationId}?${outcome}`);
  },
);

const documentReviewInputSchema = z.object({
  applicationId: uuid,
  documentId: z.uuid('Document id must be a UUID.'),
  decision: z.enum(['accepted', 'rejected'], 'Decision must be accept or reject.'),
  reason: z.string().trim().max(1000, 'Reason must be at most 1000 characters.').optional(),
});

export const reviewDocumentAction = action(
  { access: 'staff', input: documentReviewInputSchema },
  async ({ actor, input, formData }) => {
    let outcome = `doc=${input.decision}`;
    try {
      await reviewDocument(actor, input.documentId, input.decision, input.reason);
    } catch (e) {
      if (!(e instanceof ConflictError)) return expectedFailure(e, formData, 'This application no longer exists.');
      outcome = 'conflict=document';
    }
    revalidatePath(`/admin/applications/${input.applicationId}`);
    redirect(`/admin/applications/${input.applicationId}?${outcome}`);
  },
);

const noteInputSchema = z.object({
  applicationId: uuid,
  internalNote: optionalText('Internal note'),
  message: optionalText('Message to the applicant'),
});

export const addNoteAction = action({ access: 'staff', input: noteInputSchema }, async ({ actor, input, formData }) => {
  try {
    await addApplicationNote(actor, input.applicationId, input);
  } catch (e) {
    return expectedFailure(e, formData, 'This application no longer exists.');
  }
  revalidatePath(`/admin/applications/${input.applicationId}`);
  return {
    status: 'success',
    message: input.message ? 'Message sent to the applicant.' : 'Internal note saved.',
  };
});

const assignInputSchema = z.object({ applicationId: uuid, assign: z.enum(['1', '0']) });

export const assignAction = formAction(
  // The button's hidden fields only: nothing a user typed to report back.
  { access: 'staff', input: assignInputSchema, invalid: () => {} },
  async ({ actor, input }) => {
    try {
      await assignApplication(actor, input.applicationId, input.assign === '1');
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
    }
    revalidatePath(`/admin/applications/${input.applicationId}`);
  },
);
