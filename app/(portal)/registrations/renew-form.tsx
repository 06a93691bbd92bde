'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { renewRegistrationAction } from './actions';
import { ActingForField } from '@/components/business/acting-for';

/** Renew one registration: new number (pre-filled), issuer and a later expiry date. */
export function RenewForm({
  code,
  title,
  number,
  issuer,
}: {
  code: string;
  title: string;
  number: string;
  issuer: string;
}) {
  const [state, action] = useActionState(renewRegistrationAction, idleState);
  const v = (k: string, fallback: string) => state.values?.[k] ?? fallback;
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="space-y-4" noValidate aria-label={`Renew ${title}`}>
      <ActingForField />
      <FormMessage state={state} />
      <input type="hidden" name="code" value={code} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={`renew-${code}-number`}
          name="number"
          label="Number"
          required
          defaultValue={v('number', number)}
          error={e('number')}
        />
        <TextField
          id={`renew-${code}-issuer`}
          name="issuer"
          label="Issued by"
          required
          defaultValue={v('issuer', issuer)}
          error={e('issuer')}
        />
        <TextField
          id={`renew-${code}-expires`}
          name="expiresOn"
          label="New expiry date"
          type="date"
          required
          defaultValue={v('expiresOn', '')}
          error={e('expiresOn')}
        />
      </div>
      <SubmitButton pendingText="Saving…" variant="secondary">
        Save renewal
      </SubmitButton>
    </form>
  );
}
