'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { changePassword, resendVerification, signOutEverywhere } from '@/db/mutations/auth';
import { setEmailNotifications } from '@/db/mutations/preferences';
import { renewSession, signOut } from '@/lib/auth';
import { action, formAction, noInputSchema } from '@/lib/auth/action';
import { formValues, invalid } from '@/lib/form-state';
import { changePasswordInputSchema } from '@/lib/validation/auth';
import { notificationPreferenceSchema } from '@/lib/validation/registration';

export const changePasswordAction = action(
  // Nothing is echoed back: every field of this form is a password.
  { access: 'user', input: changePasswordInputSchema, invalid: (error) => invalid(error) },
  async ({ actor, input }) => {
    const r = await changePassword(actor, input.current, input.password);
    if (!r.ok && r.reason === 'rate_limited')
      return {
        status: 'error',
        message: 'Too many wrong current passwords. For your security, please wait 15 minutes and try again.',
      };
    if (!r.ok)
      return {
        status: 'error',
        message: 'Please fix the highlighted field.',
        fieldErrors: { current: 'Current password is not correct.' },
      };
    // Other sessions end (their version is stale); this one carries the new version.
    await renewSession(actor.userId, r.from, r.to);
    return { status: 'success', message: 'Password changed. You were signed out on every other device.' };
  },
);

export const signOutEverywhereAction = formAction(
  { access: 'user', input: noInputSchema, invalid: () => {} },
  async ({ actor }) => {
    await signOutEverywhere(actor);
    await signOut({ redirect: false });
    redirect('/sign-in');
  },
);

export const resendVerificationAction = formAction(
  { access: 'user', input: noInputSchema, invalid: () => {} },
  async ({ actor }) => {
    redirect((await resendVerification(actor)) ? '/settings?sent=1' : '/settings?sent=limited');
  },
);

// Business users choose; staff get queue e-mails only, so there is nothing for them to choose.
export const saveNotificationPreferenceAction = action(
  {
    access: 'business',
    input: notificationPreferenceSchema,
    read: (formData) => ({ delivery: formData.get('delivery') ?? undefined }),
  },
  async ({ actor, input, formData }) => {
    await setEmailNotifications(actor, input.delivery === 'email_and_in_app');
    revalidatePath('/settings');
    return {
      status: 'success',
      message:
        input.delivery === 'in_app_only'
          ? 'Saved: notifications stay in the app, with no e-mail copies.'
          : 'Saved: notifications come by e-mail and in the app.',
      values: formValues(formData),
    };
  },
);
