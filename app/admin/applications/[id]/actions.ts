'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { addApplicationNote, assignApplication, decideApplication, reviewDocument } from '@/db/mutations/applications';
import { requireReviewer } from '@/lib/auth/guards';
import { APPLICATION_STATUSES } from '@/lib/domain/application-status';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { invalid, expectedFailure, type FormState } from '@/lib/form-state';
import { revalidateStore } from '@/lib/store-cache';

const uuid = z.uuid('Application id must be a UUID.');
const optionalText = (label: string) =>
  z.string().trim().max(4000, `${label} must be at most 4000 characters.`).optional();

const decisionSchema = z.object({
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
export async function decideAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireReviewer();
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { applicationId, ...input } = parsed.data;
  // The page re-renders with the new state, so the outcome travels in the URL, not in this form.
  let outcome = `done=${input.action}`;
  try {
    await decideApplication(actor, applicationId, input);
  } catch (e) {
    if (!(e instanceof ConflictError)) return expectedFailure(e, formData, 'This application no longer exists.');
    outcome = 'conflict=1';
  }
  // Approval, suspension and rejection change which listings are live.
  revalidateStore();
  revalidatePath(`/admin/applications/${applicationId}`);
  redirect(`/admin/applications/${applicationId}?${outcome}`);
}

const documentSchema = z.object({
  applicationId: uuid,
  documentId: z.uuid('Document id must be a UUID.'),
  decision: z.enum(['accepted', 'rejected'], 'Decision must be accept or reject.'),
  reason: z.string().trim().max(1000, 'Reason must be at most 1000 characters.').optional(),
});

export async function reviewDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireReviewer();
  const parsed = documentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  let outcome = `doc=${parsed.data.decision}`;
  try {
    await reviewDocument(actor, parsed.data.documentId, parsed.data.decision, parsed.data.reason);
  } catch (e) {
    if (!(e instanceof ConflictError)) return expectedFailure(e, formData, 'This application no longer exists.');
    outcome = 'conflict=document';
  }
  revalidatePath(`/admin/applications/${parsed.data.applicationId}`);
  redirect(`/admin/applications/${parsed.data.applicationId}?${outcome}`);
}

const noteSchema = z.object({
  applicationId: uuid,
  internalNote: optionalText('Internal note'),
  message: optionalText('Message to the applicant'),
});

export async function addNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireReviewer();
  const parsed = noteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await addApplicationNote(actor, parsed.data.applicationId, parsed.data);
  } catch (e) {
    return expectedFailure(e, formData, 'This application no longer exists.');
  }
  revalidatePath(`/admin/applications/${parsed.data.applicationId}`);
  return {
    status: 'success',
    message: parsed.data.message ? 'Message sent to the applicant.' : 'Internal note saved.',
  };
}

const assignSchema = z.object({ applicationId: uuid, assign: z.enum(['1', '0']) });

export async function assignAction(formData: FormData): Promise<void> {
  const actor = await requireReviewer();
  const parsed = assignSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  try {
    await assignApplication(actor, parsed.data.applicationId, parsed.data.assign === '1');
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
  }
  revalidatePath(`/admin/applications/${parsed.data.applicationId}`);
}
