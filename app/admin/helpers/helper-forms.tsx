'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { addHelperStaffAction, createHelperOrganisationAction, removeHelperStaffAction } from './actions';

export function CreateOrganisationForm({
  kinds,
  states,
}: {
  kinds: { value: string; label: string }[];
  states: { value: string; label: string }[];
}) {
  const [state, action] = useActionState(createHelperOrganisationAction, idleState);
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="max-w-3xl space-y-4" noValidate aria-labelledby="create-h">
      <FormMessage state={state} />
      <TextField name="name" label="Name" required defaultValue={state.values?.name ?? ''} error={e('name')} />
      <SelectField
        name="kind"
        label="Kind"
        required
        placeholder="Choose a kind"
        options={kinds}
        defaultValue={state.values?.kind ?? ''}
        error={e('kind')}
      />
      <div className="columns-2 rounded-md border border-stone-200 bg-white p-3 sm:columns-4">
        <CheckboxGroup
          name="states"
          legend="States it serves"
          options={states}
          defaultValues={state.values?.states?.split(',') ?? []}
          error={e('states')}
        />
      </div>
      <SubmitButton pendingText="Creating…">Create organisation</SubmitButton>
    </form>
  );
}

export function AddStaffForm({ organisationId }: { organisationId: string }) {
  const [state, action] = useActionState(addHelperStaffAction, idleState);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate aria-labelledby="add-staff-h">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="email"
        label="E-mail"
        type="email"
        required
        description="An existing business account joins at once; anyone else is invited to sign up with this address."
        defaultValue={state.status === 'error' ? (state.values?.email ?? '') : ''}
        key={state.status === 'success' ? state.message : 'add'}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Adding…">Add to staff</SubmitButton>
    </form>
  );
}

export function RemoveStaffForm({
  organisationId,
  userId,
  name,
}: {
  organisationId: string;
  userId: string;
  name: string;
}) {
  const [state, action] = useActionState(removeHelperStaffAction, idleState);
  return (
    <form action={action} aria-label={`Remove ${name} from the staff`}>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary" pendingText="Removing…">
        Remove {name}
      </SubmitButton>
    </form>
  );
}
