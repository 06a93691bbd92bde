'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { setExchangeRateAction } from './actions';

export function RateForm({ today }: { today: string }) {
  const [state, formAction] = useActionState(setExchangeRateAction, idleState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby="new-rate-heading"
      noValidate
    >
      <h2 id="new-rate-heading" className="text-lg font-semibold">
        Set a new rate
      </h2>
      <FormMessage state={state} />
      <TextField
        name="rate"
        label="Yuan per US dollar"
        description="Up to 6 decimals, e.g. 7.1234."
        inputMode="decimal"
        required
        defaultValue={v.rate}
        error={e.rate}
      />
      <TextField
        name="effectiveOn"
        label="Effective date"
        type="date"
        max={today}
        required
        defaultValue={v.effectiveOn ?? today}
        error={e.effectiveOn}
        description="Not in the future (Beijing date)."
      />
      <TextField
        name="source"
        label="Source"
        required
        defaultValue={v.source}
        error={e.source}
        description="Where the rate comes from, e.g. “PBOC central parity 2026-11-20”."
        maxLength={300}
      />
      <SubmitButton pendingText="Saving…">Save rate</SubmitButton>
    </form>
  );
}
