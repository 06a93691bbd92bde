'use client';

import { useActionState, useSyncExternalStore } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type FormState } from '@/lib/form-state';
import { ActingForField } from '@/components/business/acting-for';

/** The current local time as a datetime-local value. */
function localNow() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const noSubscribe = () => () => {};
const browserOffset = () => String(new Date().getTimezoneOffset());

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const EVIDENCE_LABELS: Record<string, string> = {
  itn: 'ITN (from AES)',
  eeiExemption: 'EEI exemption legend',
  carrier: 'Carrier',
  transportNumber: 'B/L or air waybill number',
  trackingNumber: 'Tracking number',
  reason: 'Reason',
};

export interface NextStep {
  target: string;
  label: string;
  evidence: string[];
  missing: string[];
}

/** One form per possible next step, so each asks exactly for its evidence. */
export function MilestoneForm({
  action,
  shipmentId,
  step,
  staff,
}: {
  action: Action;
  shipmentId: string;
  step: NextStep;
  staff: boolean;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const e = (k: string) => state.fieldErrors?.[k];
  const id = (k: string) => `${step.target}-${k}`;
  // The browser's clock and zone, never the server's: empty while server-rendered, filled on hydration.
  const now = useSyncExternalStore(noSubscribe, localNow, () => '');
  const tzOffset = useSyncExternalStore(noSubscribe, browserOffset, () => '');
  return (
    <form
      action={formAction}
      aria-label={`Record ${step.label}`}
      className="space-y-3 rounded-md border border-stone-200 bg-white p-4"
      noValidate
    >
      <ActingForField />
      <h3 className="font-semibold">{step.label}</h3>
      <FormMessage state={state} />
      <input type="hidden" name="shipmentId" value={shipmentId} />
      <input type="hidden" name="target" value={step.target} />
      <input type="hidden" name="tzOffset" value={tzOffset} />
      {step.missing.length ? <p className="text-sm text-amber-900">Still missing: {step.missing.join(', ')}</p> : null}
      <TextField
        id={id('occurredAt')}
        name="occurredAt"
        type="datetime-local"
        label="Date and time"
        required
        defaultValue={state.values?.occurredAt ?? now}
        error={e('occurredAt')}
        description="Your local time."
      />
      <TextField id={id('place')} name="place" label="Place" defaultValue={state.values?.place} error={e('place')} />
      {step.evidence.map((k) =>
        k === 'reason' ? (
          <TextAreaField
            key={k}
            id={id(k)}
            name={k}
            label={EVIDENCE_LABELS[k]}
            required
            defaultValue={state.values?.[k]}
            error={e(k)}
          />
        ) : (
          <TextField
            key={k}
            id={id(k)}
            name={k}
            label={EVIDENCE_LABELS[k] ?? k}
            required
            defaultValue={state.values?.[k]}
            error={e(k)}
          />
        ),
      )}
      <TextAreaField
        id={id('note')}
        name="note"
        label="Note"
        rows={2}
        defaultValue={state.values?.note}
        error={e('note')}
      />
      {staff ? (
        <SelectField
          id={id('visibility')}
          name="visibility"
          label="Who sees this"
          required
          options={[
            { value: 'seller', label: 'The seller and staff' },
            { value: 'internal', label: 'Staff only (internal)' },
          ]}
          defaultValue={state.values?.visibility ?? 'seller'}
        />
      ) : null}
      <SubmitButton pendingText="Recording…">Record {step.label}</SubmitButton>
    </form>
  );
}

export function SimpleForm({
  action,
  label,
  hidden,
  fields,
  submit,
}: {
  action: Action;
  label: string;
  hidden: Record<string, string>;
  fields: { name: string; label: string; textarea?: boolean }[];
  submit: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const prefix = Object.values(hidden).join('-');
  return (
    <form action={formAction} aria-label={label} className="space-y-2" noValidate>
      <ActingForField />
      <FormMessage state={state} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) =>
        f.textarea ? (
          <TextAreaField
            key={f.name}
            id={`${prefix}-${f.name}`}
            name={f.name}
            label={f.label}
            rows={2}
            required
            error={state.fieldErrors?.[f.name]}
          />
        ) : (
          <TextField
            key={f.name}
            id={`${prefix}-${f.name}`}
            name={f.name}
            label={f.label}
            required
            error={state.fieldErrors?.[f.name]}
          />
        ),
      )}
      <SubmitButton variant="secondary" pendingText="Saving…">
        {submit}
      </SubmitButton>
    </form>
  );
}
