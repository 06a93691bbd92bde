'use client';

import { useActionState } from 'react';
import { ActingForField } from '@/components/business/acting-for';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { WEBHOOK_EVENT_LABELS, type WebhookEventType } from '@/lib/domain/webhooks';
import { idleState, type FormState } from '@/lib/form-state';

/** A new webhook endpoint, for a partner (/partner) or a business (/webhooks, carrying the business). */
export function WebhookEndpointForm({
  action,
  events,
  business = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  events: readonly WebhookEventType[];
  business?: boolean;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby="new-endpoint-heading"
      noValidate
    >
      {business ? <ActingForField /> : null}
      <h3 id="new-endpoint-heading" className="text-lg font-semibold">
        New webhook endpoint
      </h3>
      <FormMessage state={state} />
      <TextField
        name="url"
        type="url"
        label="Address"
        description="https only; it must be reachable from the internet."
        required
        defaultValue={state.values?.url}
        error={e.url}
      />
      <CheckboxGroup
        name="events"
        legend="Events"
        error={e.events}
        options={events.map((ev) => ({ value: ev, label: WEBHOOK_EVENT_LABELS[ev], hint: ev }))}
        defaultValues={events}
      />
      <SubmitButton pendingText="Adding…">Add endpoint</SubmitButton>
    </form>
  );
}
