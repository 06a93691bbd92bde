'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { forgotPasswordAction } from '../actions';

export function ForgotForm() {
  const [state, action] = useActionState(forgotPasswordAction, idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label="E-mail"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
    </form>
  );
}
