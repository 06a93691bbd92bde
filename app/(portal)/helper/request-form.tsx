'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { GRANT_SCOPES, SCOPE_DESCRIPTIONS, SCOPE_LABELS } from '@/lib/domain/team';
import { idleState } from '@/lib/form-state';
import { requestHelperAccessAction } from './actions';

const OPTIONS = GRANT_SCOPES.filter((s) => s !== 'view').map((s) => ({
  value: s,
  label: SCOPE_LABELS[s],
  hint: SCOPE_DESCRIPTIONS[s],
}));

export function RequestAccessForm() {
  const [state, action] = useActionState(requestHelperAccessAction, idleState);
  const e = (k: string) => state.fieldErrors?.[k];
  const keep = state.status === 'error';
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate aria-labelledby="request-h">
      <FormMessage state={state} />
      <TextField
        name="ownerEmail"
        label="Owner’s e-mail"
        type="email"
        required
        description="The e-mail address the business's owner signs in with."
        defaultValue={keep ? (state.values?.ownerEmail ?? '') : ''}
        key={`${state.status}-${state.message ?? ''}`}
        error={e('ownerEmail')}
      />
      <CheckboxGroup
        name="scopes"
        legend="What you would like to do"
        description="Viewing is always included. Only the owner submits the application."
        options={OPTIONS}
        error={e('scopes')}
      />
      <TextAreaField
        name="message"
        label="Message to the owner"
        maxLength={1000}
        defaultValue={keep ? (state.values?.message ?? '') : ''}
        error={e('message')}
      />
      <SubmitButton pendingText="Sending…">Ask for access</SubmitButton>
    </form>
  );
}
