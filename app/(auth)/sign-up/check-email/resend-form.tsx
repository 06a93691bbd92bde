'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { resendVerificationAction } from '../../actions';

/** "No e-mail?" The address comes from sign-up; without it (a bookmarked page) the visitor types it. */
export function ResendForm({ email }: { email?: string }) {
  const [state, action] = useActionState(resendVerificationAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="resend-h">
      <h2 id="resend-h" className="text-lg font-semibold">
        No e-mail after a few minutes?
      </h2>
      <p className="text-sm text-stone-700">Check your spam folder first, then ask for a new link.</p>
      <FormMessage state={state} />
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <TextField
          name="email"
          type="email"
          label="E-mail"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
      )}
      <SubmitButton variant="secondary" pendingText="Sending…">
        Send the link again
      </SubmitButton>
    </form>
  );
}
