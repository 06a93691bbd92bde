'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ListingStatus } from '@/lib/domain/listing-status';
import { idleState } from '@/lib/form-state';
import { decideListingAction } from '../actions';

const LABELS = { approve: 'Approve', requestChanges: 'Request changes', reject: 'Reject' } as const;

export function ListingDecisionForm({
  listingId,
  status,
  action,
}: {
  listingId: string;
  status: ListingStatus;
  action: keyof typeof LABELS;
}) {
  const [state, formAction] = useActionState(decideListingAction, idleState);
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      aria-label={LABELS[action]}
      noValidate
    >
      <FormMessage state={state} />
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <input type="hidden" name="action" value={action} />
      {action !== 'approve' ? (
        <TextAreaField
          id={`${action}-message`}
          name="message"
          label="Message to the seller"
          required
          rows={3}
          defaultValue={state.values?.message}
          error={state.fieldErrors?.message}
        />
      ) : null}
      <TextAreaField
        id={`${action}-note`}
        name="internalNote"
        label="Internal note (staff only)"
        rows={2}
        defaultValue={state.values?.internalNote}
      />
      <SubmitButton
        variant={action === 'reject' ? 'danger' : action === 'approve' ? 'primary' : 'secondary'}
        pendingText="Saving…"
      >
        {LABELS[action]}
      </SubmitButton>
    </form>
  );
}
