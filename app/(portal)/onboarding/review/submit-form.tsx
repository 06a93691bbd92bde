'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { submitApplicationAction } from '../actions';

export function SubmitForm() {
  const [state, action] = useActionState(submitApplicationAction, idleState);
  const blockers = Object.entries(state.fieldErrors ?? {}).filter(([k]) => k.startsWith('blocker.'));
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      {blockers.length ? (
        <ul className="list-disc space-y-1 pl-6 text-sm text-red-800" aria-label="What blocks submission">
          {blockers.map(([k, v]) => (
            <li key={k}>{v}</li>
          ))}
        </ul>
      ) : null}
      <SubmitButton pendingText="Submitting…">Submit application</SubmitButton>
    </form>
  );
}
