'use server';

import { AuthError } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestPasswordReset, resendVerificationTo, resetPassword, signUp } from '@/db/mutations/auth';
import { getRoleByEmail } from '@/db/queries/users';
import { signIn, signOut } from '@/lib/auth';
import { action, formAction, noInputSchema } from '@/lib/auth/action';
import { CHOSEN_BUSINESS_COOKIE } from '@/lib/auth/chosen-business';
import { formValues, invalid } from '@/lib/form-state';
import { clientIp } from '@/lib/request-ip';
import { signInDestination } from '@/lib/home-path';
import { safePath } from '@/lib/safe-path';
import {
  requestResetInputSchema,
  resendVerificationInputSchema,
  resetPasswordInputSchema,
  signInInputSchema,
  signUpInputSchema,
} from '@/lib/validation/auth';

export const signUpAction = action({ access: 'public', input: signUpInputSchema }, async ({ input, formData }) => {
  const result = await signUp(input, clientIp(await headers()));
  if (!result.ok) {
    return {
      status: 'error',
      message: 'Too many sign-ups from your network in the last hour. Please try again later.',
      values: formValues(formData),
    };
  }
  // Where the visitor was heading (the self-check's application, with its choices) rides along to sign-in.
  const next = safePath(formData.get('next'), '');
  redirect(
    `/sign-up/check-email?email=${encodeURIComponent(input.email)}${next ? `&next=${encodeURIComponent(next)}` : ''}`,
  );
});

export const resendVerificationAction = action(
  { access: 'public', input: resendVerificationInputSchema },
  async ({ input, formData }) => {
    const r = await resendVerificationTo(input.email, clientIp(await headers()));
    if (!r.ok)
      return {
        status: 'error',
        message: 'We have sent several links in the last hour. Please wait an hour, or check your spam folder.',
        values: formValues(formData),
      };
    return {
      status: 'success',
      message: `We sent a new link to ${input.email} if it is waiting for confirmation. It works for 24 hours; earlier links still work too.`,
      values: formValues(formData),
    };
  },
);

export const signInAction = action({ access: 'public', input: signInInputSchema }, async ({ input, formData }) => {
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return {
        status: 'error',
        message:
          code === 'rate_limited'
            ? 'Too many sign-in attempts. For your security, please wait 15 minutes and try again, or reset your password.'
            : 'That e-mail and password do not match an account. Check them and try again.',
        values: formValues(formData),
      };
    }
    throw e;
  }
  redirect(signInDestination((await getRoleByEmail(input.email)) ?? 'business', formData.get('next')));
});

// Public: signing out needs no session (without one it only clears the cookie).
export const signOutAction = formAction({ access: 'public', input: noInputSchema, invalid: () => {} }, async () => {
  // The next person to sign in on this browser starts from their own businesses.
  (await cookies()).delete(CHOSEN_BUSINESS_COOKIE);
  await signOut({ redirectTo: '/' });
});

export const forgotPasswordAction = action({ access: 'public', input: requestResetInputSchema }, async ({ input }) => {
  const r = await requestPasswordReset(input.email, clientIp(await headers()));
  if (!r.ok)
    return { status: 'error', message: 'Too many reset requests from your network. Please try again in an hour.' };
  return {
    status: 'success',
    message: `If ${input.email} has an account, we sent it a link to choose a new password. The link works once, for one hour.`,
  };
});

export const resetPasswordAction = action(
  // The form keeps nothing: its only fields are the token and the passwords.
  { access: 'public', input: resetPasswordInputSchema, invalid: (error) => invalid(error) },
  async ({ input }) => {
    const ok = await resetPassword(input.token, input.password);
    if (!ok) {
      return {
        status: 'error',
        message: 'This reset link has expired or was already used. Ask for a new one from “Forgot your password?”.',
      };
    }
    redirect('/sign-in?reset=1');
  },
);
