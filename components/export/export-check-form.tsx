import { SelectField, TextField } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';
import { CHANNELS, US_STATES } from '@/lib/domain/export-rules';
import type { ProductSummary } from '@/lib/domain/export-rules';
import { ProductPicker } from './product-picker';

export type FormField = 'hs' | 'hs_code' | 'state' | 'channel' | 'price_cny' | 'quantity' | 'value_usd';
export type FormValues = Partial<Record<FormField, string>>;
export type FormErrors = Partial<Record<FormField, string>>;

const FIELD_ORDER: readonly FormField[] = ['hs', 'hs_code', 'state', 'channel', 'price_cny', 'quantity', 'value_usd'];

const STATE_OPTIONS = Object.entries(US_STATES)
  .map(([code, name]) => ({ value: code, label: `${name.en} (${code})` }))
  .sort((a, b) => a.label.localeCompare(b.label));

const CHANNEL_OPTIONS = [
  { value: '', label: 'All channels' },
  ...CHANNELS.map((c) => ({ value: c.code, label: c.label })),
];

/**
 * A plain GET form: it works without JavaScript and every answer has a shareable URL. `noValidate`
 * so the server's messages (the same ones the API gives) are what people see, with or without JS.
 */
export function ExportCheckForm({
  values,
  errors,
  products,
}: {
  values: FormValues;
  errors: FormErrors;
  products: readonly ProductSummary[];
}) {
  const firstError = FIELD_ORDER.find((f) => errors[f]);
  const focus = (f: FormField) => (firstError === f ? true : undefined);
  return (
    <form
      method="get"
      action="/export-check"
      noValidate
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 sm:p-6"
    >
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">What do you sell, and from where?</legend>
        <ProductPicker products={products} defaultValue={values.hs} error={errors.hs} autoFocus={focus('hs')} />
        <TextField
          name="hs_code"
          label="Or type an HS code"
          description="6 to 10 digits, e.g. 0809.29 or the Schedule B code 2204.21.0000. Start typing a product name for suggestions."
          defaultValue={values.hs_code}
          error={errors.hs_code}
          inputMode="numeric"
          autoComplete="off"
          autoFocus={focus('hs_code')}
        />
        <SelectField
          name="state"
          label="Your state"
          options={STATE_OPTIONS}
          placeholder="Choose your state…"
          defaultValue={values.state ?? ''}
          error={errors.state}
          required
          autoFocus={focus('state')}
        />
        <SelectField
          name="channel"
          label="Sales channel"
          description="Leave on “All channels” to compare them."
          options={CHANNEL_OPTIONS}
          defaultValue={values.channel ?? ''}
          error={errors.channel}
          autoFocus={focus('channel')}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Price and shipment (for the tax)</legend>
        <TextField
          name="price_cny"
          label="Price to the consumer in CNY"
          description="Per item, including freight, e.g. 600 or 599.50."
          defaultValue={values.price_cny}
          error={errors.price_cny}
          inputMode="decimal"
          autoComplete="off"
          autoFocus={focus('price_cny')}
        />
        <TextField
          name="quantity"
          label="Items per order"
          description="Default 1."
          defaultValue={values.quantity}
          error={errors.quantity}
          inputMode="numeric"
          autoComplete="off"
          autoFocus={focus('quantity')}
        />
        <TextField
          name="value_usd"
          label="Shipment value in USD"
          description="Per Schedule B line; over USD 2,500 needs an export filing."
          defaultValue={values.value_usd}
          error={errors.value_usd}
          inputMode="decimal"
          autoComplete="off"
          autoFocus={focus('value_usd')}
        />
      </fieldset>
      <button type="submit" className={buttonClass()}>
        Check what I can export
      </button>
    </form>
  );
}
