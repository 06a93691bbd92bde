'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { signUpAction } from '../actions';

export function SignUpForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signUpAction, idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <TextField
        name="email"
        type="email"
        label="E-mail"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        description="At least 8 characters. A long phrase is easier to remember and harder to guess."
        error={state.fieldErrors?.password}
      />
      <p id="sign-up-terms" className="text-sm text-stone-700">
        By creating an account you agree to the <Link href="/terms">terms of use</Link>. The{' '}
        <Link href="/privacy">privacy notice</Link> says what we keep and who sees it.
      </p>
      <SubmitButton pendingText="Creating your account…" aria-describedby="sign-up-terms">
        Create account
      </SubmitButton>
    </form>
  );
}
