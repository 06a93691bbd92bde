import { CATEGORIES, type ProductSummary } from '@/lib/domain/export-rules';

const control =
  'block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-green-800 focus:outline-none focus:ring-2 focus:ring-green-800 aria-[invalid=true]:border-red-700';

/** Catalogue products grouped by category; the select's value is the 6-digit HS code. */
export function ProductPicker({
  products,
  defaultValue,
  error,
  autoFocus,
}: {
  products: readonly ProductSummary[];
  defaultValue?: string;
  error?: string;
  autoFocus?: boolean;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor="f-hs" className="block text-sm font-medium text-stone-900">
        Product
      </label>
      <p id="f-hs-desc" className="text-sm text-stone-600">
        Pick from the list, or type an HS code in the next field.
      </p>
      <select
        id="f-hs"
        name="hs"
        defaultValue={defaultValue ?? ''}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'f-hs-desc f-hs-error' : 'f-hs-desc'}
        autoFocus={autoFocus}
      >
        <option value="">Choose a product…</option>
        {CATEGORIES.map((category) => (
          <optgroup key={category.code} label={category.label}>
            {products
              .filter((p) => p.category === category.code)
              .map((p) => (
                <option key={p.hs6} value={p.hs6}>
                  {p.name.en} (HS {p.hs6}){p.assessed ? '' : ' — not assessed yet'}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p id="f-hs-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
