import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { listExchangeRates } from '@/db/queries/exchange-rates';
import { requireAdmin } from '@/lib/auth/guards';
import { formatRateMicro } from '@/components/store/format';
import { RateForm } from './rate-form';
import { todayInChina } from './schema';

export const metadata: Metadata = { title: 'Exchange rates' };

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function ExchangeRatesPage({ searchParams }: PageProps<'/admin/exchange-rates'>) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const rates = await listExchangeRates(actor);
  const current = rates[0];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Exchange rates</h1>
      <p className="max-w-3xl text-stone-700">
        The storefront and the product feed price every listing in yuan from its USD price and the newest rate here
        (latest effective date; the latest entry wins on the same date). Shoppers see the rate and its date on each
        product page.
      </p>
      {sp.saved ? <Alert tone="success">Rate saved. Storefront prices now use it.</Alert> : null}
      {current ? (
        <p data-testid="current-rate">
          In use: <strong>{formatRateMicro(current.usdCnyMicro)}</strong> CNY per USD, effective {current.effectiveOn}.
        </p>
      ) : (
        <Alert tone="warning">No rate yet: the storefront shows prices in USD only until one is set.</Alert>
      )}
      <RateForm today={todayInChina()} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="p-2 text-left font-semibold">History, newest first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Effective
              </th>
              <th scope="col" className="p-2">
                CNY per USD
              </th>
              <th scope="col" className="p-2">
                Source
              </th>
              <th scope="col" className="p-2">
                Set by
              </th>
              <th scope="col" className="p-2">
                Recorded (UTC)
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">{r.effectiveOn}</td>
                <td className="p-2 font-mono">{formatRateMicro(r.usdCnyMicro)}</td>
                <td className="p-2">{r.source}</td>
                <td className="p-2">{r.setBy ?? 'seed'}</td>
                <td className="p-2">{dateTime.format(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
