'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { API_SCOPE_LABELS, API_SCOPES } from '@/lib/domain/partners';
import { createApiKeyAction, rotateApiKeyAction, type KeyState } from './actions';

const idle: KeyState = { status: 'idle' };

function NewKey({ created }: { created: NonNullable<KeyState['created']> }) {
  return (
    <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3" role="status">
      <p className="font-semibold">Copy this key now: it is shown only once.</p>
      <label htmlFor={`key-${created.prefix}`} className="block text-sm">
        API key {created.prefix}
      </label>
      <input
        id={`key-${created.prefix}`}
        readOnly
        value={created.key}
        data-testid="new-api-key"
        className="w-full rounded border border-stone-300 bg-white p-2 font-mono text-sm"
      />
    </div>
  );
}

export function CreateKeyForm() {
  const [state, formAction] = useActionState(createApiKeyAction, idle);
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby="new-key-heading"
      noValidate
    >
      <h2 id="new-key-heading" className="text-lg font-semibold">
        New API key
      </h2>
      <FormMessage state={state} />
      {state.created ? <NewKey created={state.created} /> : null}
      <TextField name="name" label="Name" required error={e.name} maxLength={80} description="What uses it." />
      <CheckboxGroup
        name="scopes"
        legend="What it may do"
        error={e.scopes}
        options={API_SCOPES.map((s) => ({ value: s, label: API_SCOPE_LABELS[s], hint: s }))}
        defaultValues={['catalogue:read']}
      />
      <SubmitButton pendingText="Creating…">Create key</SubmitButton>
    </form>
  );
}

export function RotateKeyForm({ keyId, prefix }: { keyId: string; prefix: string }) {
  const [state, formAction] = useActionState(rotateApiKeyAction, idle);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="keyId" value={keyId} />
      <FormMessage state={state} />
      {state.created ? <NewKey created={state.created} /> : null}
      {state.created ? null : (
        <SubmitButton variant="secondary" pendingText="Rotating…" aria-label={`Rotate key ${prefix}`}>
          Rotate
        </SubmitButton>
      )}
    </form>
  );
}
