'use client';

import { useActionState } from 'react';
import { ActingForField } from '@/components/business/acting-for';
import { FormMessage } from '@/components/forms/form-message';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { acceptPurchaseOrderAction, declinePurchaseOrderAction } from '../actions';

export function AcceptOrderForm({ orderId }: { orderId: string }) {
  const [state, formAction] = useActionState(acceptPurchaseOrderAction, idleState);
  return (
    <form action={formAction} className="space-y-2">
      <ActingForField />
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton pendingText="Accepting…">Accept and create a shipment draft</SubmitButton>
    </form>
  );
}

export function DeclineOrderForm({ orderId }: { orderId: string }) {
  const [state, formAction] = useActionState(declinePurchaseOrderAction, idleState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-2" aria-labelledby="decline-h">
      <h3 id="decline-h" className="font-semibold">
        Decline
      </h3>
      <ActingForField />
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <TextAreaField
        name="reason"
        label="Reason for the buyer"
        required
        maxLength={500}
        defaultValue={state.values?.reason}
        error={e.reason}
      />
      <SubmitButton variant="danger" pendingText="Declining…">
        Decline the order
      </SubmitButton>
    </form>
  );
}
