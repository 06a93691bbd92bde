'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="current"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.current}
      />
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
        label="Confirm new password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  );
}
