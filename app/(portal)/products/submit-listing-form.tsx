'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { submitListingAction } from './actions';
import { ActingForField } from '@/components/business/acting-for';

export function SubmitListingForm({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(submitListingAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <ActingForField />
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingText="Submitting…">{label}</SubmitButton>
    </form>
  );
}
