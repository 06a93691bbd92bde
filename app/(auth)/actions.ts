'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestPasswordReset, resetPassword, signUp } from '@/db/mutations/auth';
import { signIn, signOut } from '@/lib/auth';
import { formValues, invalid, type FormState } from '@/lib/form-state';
import { clientIp } from '@/lib/request-ip';
import {
  requestResetInputSchema,
  resetPasswordInputSchema,
  signInInputSchema,
  signUpInputSchema,
} from '@/lib/validation/auth';

/** Only same-site paths; anything else (//evil.example, https://…) falls back to the dashboard. */
function safeNext(next: FormDataEntryValue | null): string {
  const s = typeof next === 'string' ? next : '';
  return /^\/(?![/\\])[\w\-./?=&%]*$/.test(s) ? s : '/dashboard';
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await signUp(parsed.data, clientIp(await headers()));
  if (!result.ok) {
    return {
      status: 'error',
      message: 'Too many sign-ups from your network in the last hour. Please try again later.',
      values: formValues(formData),
    };
  }
  redirect(`/sign-up/check-email?email=${encodeURIComponent(parsed.data.email)}`);
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirect: false });
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
  redirect(safeNext(formData.get('next')));
}

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = requestResetInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const r = await requestPasswordReset(parsed.data.email, clientIp(await headers()));
  if (!r.ok)
    return { status: 'error', message: 'Too many reset requests from your network. Please try again in an hour.' };
  return {
    status: 'success',
    message: `If ${parsed.data.email} has an account, we sent it a link to choose a new password. The link works once, for one hour.`,
  };
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const ok = await resetPassword(parsed.data.token, parsed.data.password);
  if (!ok) {
    return {
      status: 'error',
      message: 'This reset link has expired or was already used. Ask for a new one from “Forgot your password?”.',
    };
  }
  redirect('/sign-in?reset=1');
}
