import type { ChannelResult as Result } from '@/lib/domain/export-rules';
import { channelDescription, channelLabel } from './format';
import { RequirementList } from './requirement-list';
import { SourceLinks } from './source-links';
import { TaxSummary } from './tax-summary';
import { UnverifiedBadge } from './unverified-badge';

export function ChannelResult({ result, priceGiven, date }: { result: Result; priceGiven: boolean; date: string }) {
  const id = `channel-${result.channel}`;
  const label = channelLabel(result.channel);
  return (
    <article
      aria-labelledby={id}
      data-channel={result.channel}
      data-status={result.status}
      className={`space-y-4 rounded-lg border-l-4 bg-stone-50 p-4 sm:p-5 ${result.status === 'eligible' ? 'border-green-700' : result.status === 'blocked' ? 'border-red-700' : 'border-amber-600'}`}
    >
      <header className="space-y-1">
        <h3 id={id} className="text-xl font-bold">
          {result.status === 'eligible'
            ? `You can sell through ${label}`
            : result.status === 'blocked'
              ? `Not possible through ${label}`
              : `Not assessed yet for ${label}`}
        </h3>
        <p className="text-sm text-stone-700">{channelDescription(result.channel)}</p>
      </header>

      {result.status === 'not_assessed' ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-stone-900">
          We have not assessed this product’s China-side rules yet (tariff, positive-list line, registration route), so
          we cannot say whether it can be sold this way. Nothing we know blocks it. Below is what applies to every
          product of its kind in this channel.
        </p>
      ) : null}

      {result.blockers.length ? (
        <section aria-labelledby={`${id}-why`} className="space-y-2">
          <h4 id={`${id}-why`} className="font-semibold">
            Why not
          </h4>
          <ul className="space-y-2">
            {result.blockers.map((b) => (
              <li key={b.code} className="rounded-md border border-red-200 bg-white p-3" data-blocker={b.code}>
                <p className="text-stone-900">
                  {b.message} {b.verified ? null : <UnverifiedBadge />}
                </p>
                <p className="mt-1 text-sm">
                  <SourceLinks sources={b.sources} />{' '}
                  <span className="text-stone-700">· in force from {b.effectiveFrom}</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.status !== 'blocked' ? (
        <section aria-labelledby={`${id}-needs`} className="space-y-2">
          <h4 id={`${id}-needs`} className="font-semibold">
            {result.status === 'eligible'
              ? `What you will need (${result.requirements.length})`
              : `What every product of this kind needs in this channel (${result.requirements.length})`}
          </h4>
          <RequirementList requirements={result.requirements} />
        </section>
      ) : result.requirements.length ? (
        <details className="rounded-md border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">
            What this channel would need ({result.requirements.length})
          </summary>
          <div className="mt-3">
            <RequirementList requirements={result.requirements} />
          </div>
        </details>
      ) : null}

      <TaxSummary result={result} priceGiven={priceGiven} date={date} headingId={`${id}-tax`} />
    </article>
  );
}
