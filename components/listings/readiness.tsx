import type { Readiness } from '@/db/queries/listings';
import { AskUsLink } from '@/components/rules/ask-us-link';
import { CHANNELS } from '@/lib/domain/export-rules';

/** Export readiness of a listing: per chosen channel, eligible or blocked (why, with source), and each requirement's status. */
export function ReadinessPanel({ readiness }: { readiness: Readiness }) {
  const { check, onFile, expiredOn } = readiness;
  return (
    <section aria-labelledby="ready-h" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="ready-h" className="text-lg font-semibold">
        Export readiness
      </h2>
      {!check.product ? (
        <p className="text-red-800">
          This HS code is not in the product catalogue, so its export rules cannot be checked.{' '}
          <AskUsLink hs={check.query.hs6 ?? check.query.hs} state={check.origin.state} />.
        </p>
      ) : !check.product.assessed ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
          We have not assessed this product’s China-side rules yet, so no channel can be confirmed. Nothing we know
          blocks it; below is what every product of its kind needs.{' '}
          <AskUsLink hs={check.product.hs6} state={check.origin.state} product={check.product.name.en} /> and a rules
          editor will look it up.
        </p>
      ) : null}
      {check.results.map((r) => {
        const label = CHANNELS.find((c) => c.code === r.channel)?.label ?? r.channel;
        return (
          <div key={r.channel} className="space-y-2" data-testid={`readiness-${r.channel}`}>
            <h3
              className={`font-semibold ${r.status === 'eligible' ? 'text-green-900' : r.status === 'blocked' ? 'text-red-800' : 'text-amber-900'}`}
            >
              {r.status === 'eligible'
                ? `Can be sold through ${label}`
                : r.status === 'blocked'
                  ? `Blocked for ${label}`
                  : `Not assessed yet for ${label}`}
            </h3>
            {r.blockers.map((b) => (
              <p key={b.code} className="text-sm">
                {b.message}{' '}
                <span className="text-stone-600">
                  (source {b.source}, from {b.effectiveFrom}
                  {b.verified ? '' : '; unverified'})
                </span>
              </p>
            ))}
            {r.status !== 'blocked' ? (
              <ul className="space-y-1 text-sm">
                {r.requirements.map((q) => (
                  <li key={q.code} className="flex flex-wrap items-center gap-2">
                    {expiredOn[q.code] ? (
                      <a
                        href="/registrations"
                        className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900"
                      >
                        Expired {expiredOn[q.code]} — renew
                      </a>
                    ) : (
                      <span
                        className={`rounded px-1.5 py-0.5 text-xs font-semibold ${onFile[q.code] ? 'bg-green-100 text-green-950' : q.providedBy === 'seller' ? 'bg-amber-100 text-amber-950' : 'bg-stone-100 text-stone-800'}`}
                      >
                        {onFile[q.code] ? 'On file' : q.providedBy === 'seller' ? 'Missing' : `By the ${q.providedBy}`}
                      </span>
                    )}
                    {q.sourceUrl ? (
                      <a href={q.sourceUrl} target="_blank" rel="noreferrer">
                        {q.title}
                      </a>
                    ) : (
                      q.title
                    )}
                    {!q.verified ? (
                      <span className="text-xs text-amber-900">(unverified — check before relying on it)</span>
                    ) : null}
                    {!q.official ? (
                      <span className="text-xs text-stone-700">(secondary sources only, no official page)</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
