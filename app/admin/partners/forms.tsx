'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { PARTNER_KIND_LABELS, PARTNER_KINDS } from '@/lib/domain/partners';
import { idleState } from '@/lib/form-state';
import { addPartnerUserAction, createPartnerAction } from './actions';

export function CreatePartnerForm() {
  const [state, formAction] = useActionState(createPartnerAction, idleState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby="new-partner-heading"
      noValidate
    >
      <h2 id="new-partner-heading" className="text-lg font-semibold">
        New partner
      </h2>
      <FormMessage state={state} />
      <TextField name="name" label="Organisation name" required defaultValue={v.name} error={e.name} maxLength={120} />
      <SelectField
        name="kind"
        label="Kind"
        required
        placeholder="Choose…"
        defaultValue={v.kind ?? ''}
        error={e.kind}
        options={PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }))}
      />
      <SubmitButton pendingText="Creating…">Create partner</SubmitButton>
    </form>
  );
}

export function AddPartnerUserForm({ organisationId, name }: { organisationId: string; name: string }) {
  const [state, formAction] = useActionState(addPartnerUserAction, idleState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-2" aria-label={`Add a person to ${name}`} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        id={`email-${organisationId}`}
        name="email"
        type="email"
        label="Add a person by e-mail"
        description="Their account must exist already (they sign up first)."
        required
        defaultValue={state.status === 'error' ? state.values?.email : ''}
        error={e.email ?? e.organisationId}
      />
      <SubmitButton variant="secondary" pendingText="Adding…">
        Add person
      </SubmitButton>
    </form>
  );
}
