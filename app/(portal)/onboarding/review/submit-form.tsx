'use client';

import { useActionState } from 'react';
import { ActingForField } from '@/components/business/acting-for';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { submitApplicationAction } from '../actions';

/** The owner's attestation and submission (editors and helpers prepare; only the owner submits). */
export function SubmitForm({ businessName, ownerName }: { businessName: string; ownerName: string }) {
  const [state, action] = useActionState(submitApplicationAction, idleState);
  const blockers = Object.entries(state.fieldErrors ?? {}).filter(([k]) => k.startsWith('blocker.'));
  const attestError = state.fieldErrors?.attest;
  return (
    <form action={action} className="space-y-4">
      <ActingForField />
      <FormMessage state={state} />
      {blockers.length ? (
        <ul className="list-disc space-y-1 pl-6 text-sm text-red-800" aria-label="What blocks submission">
          {blockers.map(([k, v]) => (
            <li key={k}>{v}</li>
          ))}
        </ul>
      ) : null}
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="attest"
            className="mt-1"
            defaultChecked={state.values?.attest === 'on'}
            aria-invalid={attestError ? true : undefined}
            aria-describedby={attestError ? 'attest-error' : undefined}
          />
          <span>
            I, {ownerName}, am the owner of {businessName} and confirm that the answers and documents in this
            application are true and complete.
          </span>
        </label>
        {attestError ? (
          <p id="attest-error" className="text-sm font-medium text-red-700">
            {attestError}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingText="Submitting…">Submit application</SubmitButton>
    </form>
  );
}
