'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { INCOTERMS } from '@/lib/domain/incoterms';
import { FLOW_LABELS, SHIPMENT_FLOWS, TRANSPORT_MODES } from '@/lib/domain/shipment-status';
import { idleState } from '@/lib/form-state';
import { createShipmentAction } from '../actions';
import { ActingForField } from '@/components/business/acting-for';

export function NewShipmentForm({
  products,
}: {
  products: { id: string; title: string; priceUsdCents: number; stock: number }[];
}) {
  const [state, action] = useActionState(createShipmentAction, idleState);
  const v = (k: string) => state.values?.[k] ?? '';
  const e = (k: string) => state.fieldErrors?.[k];
  return (
    <form action={action} className="space-y-5" noValidate>
      <ActingForField />
      <FormMessage state={state} />
      <SelectField
        name="channel"
        label="Channel"
        required
        options={SHIPMENT_FLOWS.map((f) => ({ value: f, label: FLOW_LABELS[f] }))}
        placeholder="Choose…"
        defaultValue={v('channel')}
        error={e('channel')}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="buyerName"
          label="Buyer or importer of record"
          required
          defaultValue={v('buyerName')}
          error={e('buyerName')}
        />
        <TextField name="buyerCity" label="Buyer city" required defaultValue={v('buyerCity')} error={e('buyerCity')} />
        <TextField
          name="destination"
          label="Destination port or city in China"
          required
          defaultValue={v('destination')}
          error={e('destination')}
        />
        <SelectField
          name="mode"
          label="Mode"
          required
          options={TRANSPORT_MODES.map((m) => ({ value: m, label: m[0]!.toUpperCase() + m.slice(1) }))}
          placeholder="Choose…"
          defaultValue={v('mode')}
          error={e('mode')}
        />
        <SelectField
          name="incoterm"
          label="Incoterm (2020)"
          required
          options={INCOTERMS.map((t) => ({ value: t.code, label: `${t.code} — ${t.name}` }))}
          placeholder="Choose…"
          defaultValue={v('incoterm')}
          error={e('incoterm')}
        />
        <TextField name="carrier" label="Carrier" required defaultValue={v('carrier')} error={e('carrier')} />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Products (your live listings)</legend>
        {e('lines') ? <p className="text-sm font-medium text-red-700">{e('lines')}</p> : null}
        {products.map((p) => (
          <div key={p.id} className="grid gap-3 rounded-md border border-stone-200 bg-white p-3 sm:grid-cols-3">
            <input type="hidden" name="listingId" value={p.id} />
            <p className="sm:col-span-3 font-medium">
              {p.title} · USD {(p.priceUsdCents / 100).toFixed(2)} · {p.stock} in stock
            </p>
            <TextField
              id={`qty-${p.id}`}
              name="quantity"
              label={`Quantity of ${p.title}`}
              inputMode="numeric"
              defaultValue={v(`quantity.${p.id}`)}
              error={e(`line.${p.id}.quantity`) ?? e(`line.${p.id}.listingId`)}
            />
            <TextField
              id={`val-${p.id}`}
              name="valueUsd"
              label={`Value in USD of ${p.title}`}
              description="Leave empty for price × quantity."
              inputMode="decimal"
              defaultValue={v(`valueUsd.${p.id}`)}
              error={e(`line.${p.id}.valueUsd`)}
            />
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingText="Creating…">Create shipment</SubmitButton>
    </form>
  );
}
