'use server';

import { redirect } from 'next/navigation';
import { changePassword, resendVerification, signOutEverywhere } from '@/db/mutations/auth';
import { signOut, unstable_update } from '@/lib/auth';
import { requireBusiness, requireUser } from '@/lib/auth/guards';
import { formValues, invalid, type FormState } from '@/lib/form-state';
import { changePasswordInputSchema } from '@/lib/validation/auth';
import { notificationPreferenceSchema } from '@/lib/validation/registration';
import { setEmailNotifications } from '@/db/mutations/preferences';
import { revalidatePath } from 'next/cache';

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const parsed = changePasswordInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const r = await changePassword(actor, parsed.data.current, parsed.data.password);
  if (!r.ok)
    return {
      status: 'error',
      message: 'Please fix the highlighted field.',
      fieldErrors: { current: 'Current password is not correct.' },
    };
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

export async function saveNotificationPreferenceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Business users choose; staff get queue e-mails only, so there is nothing for them to choose.
  const actor = await requireBusiness();
  const parsed = notificationPreferenceSchema.safeParse({ delivery: formData.get('delivery') ?? undefined });
  if (!parsed.success) return invalid(parsed.error, formData);
  await setEmailNotifications(actor, parsed.data.delivery === 'email_and_in_app');
  revalidatePath('/settings');
  return {
    status: 'success',
    message:
      parsed.data.delivery === 'in_app_only'
        ? 'Saved: notifications stay in the app, with no e-mail copies.'
        : 'Saved: notifications come by e-mail and in the app.',
    values: formValues(formData),
  };
}
