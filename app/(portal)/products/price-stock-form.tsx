'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { updatePriceStockAction } from './actions';
import { ActingForField } from '@/components/business/acting-for';

export function PriceStockForm({ id, priceUsd, stock }: { id: string; priceUsd: string; stock: string }) {
  const [state, action] = useActionState(updatePriceStockAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Price and stock">
      <ActingForField />
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="ps-price"
          name="priceUsd"
          label="Unit price (USD)"
          required
          defaultValue={state.values?.priceUsd ?? priceUsd}
          error={state.fieldErrors?.priceUsd}
        />
        <TextField
          id="ps-stock"
          name="stock"
          label="Stock"
          required
          defaultValue={state.values?.stock ?? stock}
          error={state.fieldErrors?.stock}
        />
      </div>
      <SubmitButton variant="secondary" pendingText="Saving…">
        Update price and stock
      </SubmitButton>
    </form>
  );
}
