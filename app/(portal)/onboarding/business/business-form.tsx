'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { ENTITY_TYPES, REVENUE_BANDS, STATE_OPTIONS } from '@/lib/validation/application';
import { saveBusinessAction } from '../actions';
import { ActingForField } from '@/components/business/acting-for';

export function BusinessForm({
  initial,
  locked,
  carry,
}: {
  initial: Record<string, string>;
  locked: boolean;
  carry: string;
}) {
  const [state, action] = useActionState(saveBusinessAction, idleState);
  const v = (k: string) => state.values?.[k] ?? initial[k] ?? '';
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="space-y-6" noValidate>
      <ActingForField />
      <FormMessage state={state} />
      <input type="hidden" name="carry" value={carry} />
      <fieldset disabled={locked} className="space-y-5">
        <legend className="sr-only">Your business</legend>
        <TextField
          name="legalName"
          label="Legal name"
          required
          defaultValue={v('legalName')}
          error={e('legalName')}
          description="As registered with your state, e.g. “Traverse Bay Blueberry Farm LLC”."
        />
        <TextField name="dba" label="Doing business as (DBA)" defaultValue={v('dba')} error={e('dba')} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="ein"
            label="EIN"
            required
            inputMode="numeric"
            placeholder="12-3456789"
            defaultValue={v('ein')}
            error={e('ein')}
            description="Your 9-digit federal Employer Identification Number."
          />
          <SelectField
            name="entityType"
            label="Entity type"
            required
            options={ENTITY_TYPES}
            placeholder="Choose…"
            defaultValue={v('entityType')}
            error={e('entityType')}
          />
          <SelectField
            name="formationState"
            label="State of formation"
            required
            options={STATE_OPTIONS}
            placeholder="Choose…"
            defaultValue={v('formationState')}
            error={e('formationState')}
          />
          <TextField
            name="yearFounded"
            label="Year founded"
            required
            inputMode="numeric"
            defaultValue={v('yearFounded')}
            error={e('yearFounded')}
          />
          <TextField
            name="employees"
            label="Employees"
            required
            inputMode="numeric"
            defaultValue={v('employees')}
            error={e('employees')}
          />
          <SelectField
            name="revenueBand"
            label="Annual revenue"
            required
            options={REVENUE_BANDS}
            placeholder="Choose…"
            defaultValue={v('revenueBand')}
            error={e('revenueBand')}
          />
        </div>
        <TextField
          name="street"
          label="Street address"
          required
          autoComplete="street-address"
          defaultValue={v('street')}
          error={e('street')}
        />
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField
            name="city"
            label="City"
            required
            autoComplete="address-level2"
            defaultValue={v('city')}
            error={e('city')}
          />
          <SelectField
            name="state"
            label="State"
            required
            options={STATE_OPTIONS}
            placeholder="Choose…"
            defaultValue={v('state')}
            error={e('state')}
          />
          <TextField
            name="zip"
            label="ZIP code"
            required
            autoComplete="postal-code"
            defaultValue={v('zip')}
            error={e('zip')}
            description="12345 or 12345-6789"
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="phone"
            label="Phone"
            required
            type="tel"
            autoComplete="tel"
            defaultValue={v('phone')}
            error={e('phone')}
          />
          <TextField
            name="website"
            label="Website"
            autoComplete="url"
            defaultValue={v('website')}
            error={e('website')}
          />
        </div>
      </fieldset>
      {!locked ? <SubmitButton pendingText="Saving…">Save and continue</SubmitButton> : null}
    </form>
  );
}
