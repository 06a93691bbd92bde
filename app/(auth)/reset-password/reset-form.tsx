'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { resetPasswordAction } from '../actions';

export function ResetForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {state.fieldErrors?.token ? <p className="text-sm text-red-700">{state.fieldErrors.token}</p> : null}
      <TextField
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        description="At least 8 characters."
        error={state.fieldErrors?.password}
      />
      <TextField
        name="confirm"
        type="password"
        label="Confirm password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton pendingText="Saving…">Save new password</SubmitButton>
    </form>
  );
}
