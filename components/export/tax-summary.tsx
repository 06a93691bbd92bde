import type { ChannelResult } from '@/lib/domain/export-rules';
import { UnverifiedBadge } from './unverified-badge';
import { cbecLimitsAt, cny, ratePercent } from './format';

/** The consumer's (CBEC) or importer's (general trade) tax on the typed price, with the limits spelled out. */
export function TaxSummary({
  result,
  priceGiven,
  date,
  headingId,
}: {
  result: ChannelResult;
  priceGiven: boolean;
  date: string;
  headingId: string;
}) {
  const limits = cbecLimitsAt(date);
  const cbec = result.channel !== 'general_trade';
  const tax = result.tax;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h4 id={headingId} className="font-semibold">
        {cbec ? 'Consumer’s tax' : 'Import duties and taxes'}
      </h4>
      {!priceGiven ? (
        <p className="text-stone-700">Type a price in CNY above to see the tax on it.</p>
      ) : !tax ? (
        <p className="text-stone-700">No tax is shown because this channel is not possible.</p>
      ) : (
        <div className="space-y-2">
          <p className="text-lg" data-testid={`tax-${result.channel}`}>
            {tax.amountCny !== null && tax.rate !== null ? (
              <>
                <strong>{cny(tax.amountCny)}</strong> on {cny(tax.dutiableCny)} ({ratePercent(tax.rate)}
                {tax.basis === 'cbec_composite' ? ' cross-border composite rate' : ' of the value'})
              </>
            ) : (
              <>
                Not calculated: a rate it needs is not confirmed in our rule set, so we do not show an invented number.
              </>
            )}{' '}
            {tax.verified ? null : <UnverifiedBadge />}
          </p>
          {tax.basis === 'cbec_composite' ? null : tax.withinLimits ? (
            <p className="text-stone-700">
              Under general trade your importer pays these duties and taxes at the border.
            </p>
          ) : (
            <p className="text-stone-700">
              This single item is over the cross-border per-order limit, so the full tariff, VAT and consumption tax
              apply.
            </p>
          )}
          <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
            {tax.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {cbec && limits ? (
        <p className="text-sm text-stone-700">
          Cross-border limits: up to RMB {limits.perOrderCny.toLocaleString('en-US')} per order and RMB{' '}
          {limits.annualCny.toLocaleString('en-US')} per shopper per year (in force since {limits.effectiveFrom}).
          Within them the tariff is 0% and VAT and consumption tax are charged at 70%. A single item over the per-order
          limit pays the full rates; several items over it cannot go cross-border.
        </p>
      ) : null}
    </section>
  );
}
