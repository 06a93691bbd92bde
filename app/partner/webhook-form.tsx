'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { CheckboxGroup, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { EVENTS_FOR, WEBHOOK_EVENT_LABELS } from '@/lib/domain/webhooks';
import { idleState } from '@/lib/form-state';
import { createWebhookEndpointAction } from './actions';

export function WebhookEndpointForm() {
  const [state, formAction] = useActionState(createWebhookEndpointAction, idleState);
  const e = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby="new-endpoint-heading"
      noValidate
    >
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
        options={EVENTS_FOR.partner.map((ev) => ({ value: ev, label: WEBHOOK_EVENT_LABELS[ev], hint: ev }))}
        defaultValues={EVENTS_FOR.partner}
      />
      <SubmitButton pendingText="Adding…">Add endpoint</SubmitButton>
    </form>
  );
}
