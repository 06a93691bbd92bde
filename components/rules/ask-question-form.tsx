'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type FormState } from '@/lib/form-state';

export interface AskDefaults {
  hs?: string;
  product?: string;
  state?: string;
  channel?: string;
  details?: string;
}

/** "Ask us about this product": the product in the seller's words, its HS code, origin and channel. */
export function AskQuestionForm({
  action,
  defaults,
  states,
  channels,
  productMax,
  detailsMax,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: AskDefaults;
  states: { value: string; label: string }[];
  channels: { value: string; label: string }[];
  productMax: number;
  detailsMax: number;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const v = { ...defaults, ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormMessage state={state} />
      <TextField
        name="product"
        label="Product"
        description="What you make or grow, in your own words, e.g. “wild-simulated ginseng root, dried”."
        required
        maxLength={productMax}
        defaultValue={v.product}
        error={e.product}
      />
      <TextField
        name="hs"
        label="HS code"
        description="6 to 13 digits; dots and spaces are fine. Your customs broker or the Schedule B search can tell you."
        required
        inputMode="numeric"
        autoComplete="off"
        defaultValue={v.hs}
        error={e.hs}
      />
      <SelectField
        name="state"
        label="State it comes from"
        required
        options={states}
        placeholder="Choose a state"
        defaultValue={v.state ?? ''}
        error={e.state}
      />
      <SelectField
        name="channel"
        label="Sales channel"
        description="Leave it on “Any channel” if you are not sure yet."
        options={channels}
        placeholder="Any channel"
        defaultValue={v.channel ?? ''}
        error={e.channel}
      />
      <TextAreaField
        name="details"
        label="Anything else we should know"
        description="Ingredients, processing, packaging, who you hope to sell to."
        maxLength={detailsMax}
        rows={4}
        defaultValue={v.details}
        error={e.details}
      />
      <SubmitButton pendingText="Sending…">Send the question</SubmitButton>
    </form>
  );
}
