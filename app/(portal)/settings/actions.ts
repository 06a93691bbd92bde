'use server';

import { redirect } from 'next/navigation';
import { changePassword, resendVerification, signOutEverywhere } from '@/db/mutations/auth';
import { signOut, unstable_update } from '@/lib/auth';
import { requireUser } from '@/lib/auth/guards';
import { invalid, type FormState } from '@/lib/form-state';
import { changePasswordInputSchema } from '@/lib/validation/auth';

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const parsed = changePasswordInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const r = await changePassword(actor, parsed.data.current, parsed.data.password);
  if (!r.ok) return { status: 'error', message: 'Please fix the highlighted field.', fieldErrors: { current: 'Current password is not correct.' } };
  // Other sessions end (their version is stale); this one carries the new version.
  await unstable_update({ sv: r.sessionVersion });
  return { status: 'success', message: 'Password changed. You were signed out on every other device.' };
}

export async function signOutEverywhereAction() {
  const actor = await requireUser();
  await signOutEverywhere(actor);
  await signOut({ redirect: false });
  redirect('/sign-in');
}

export async function resendVerificationAction(): Promise<void> {
  const actor = await requireUser();
  await resendVerification(actor);
  redirect('/settings?sent=1');
}
