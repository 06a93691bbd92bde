import type { Metadata } from 'next';
import Link from 'next/link';
import { SwitchToButton } from '@/components/business/business-switcher';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { ATTENTION, EXPIRING_DAYS, listHelperBusinesses, listHelperRequests } from '@/db/queries/helpers';
import { requireHelper } from '@/lib/auth/guards';
import { APPLICATION_STATUSES, STATUS_LABELS } from '@/lib/domain/application-status';
import { US_STATES } from '@/lib/domain/export-rules';
import { blockersOf } from '@/lib/domain/helper-home';
import { SCOPE_LABELS } from '@/lib/domain/team';
import { helperHomeFilterSchema, type HelperHomeFilter } from '@/lib/validation/team';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import { switchBusinessAction } from '../switch/actions';
import { RequestAccessForm } from './request-form';

export const metadata: Metadata = { title: 'Your businesses' };

const ATTENTION_LABELS: Record<(typeof ATTENTION)[number], string> = {
  not_submitted: 'Application not submitted',
  changes_requested: 'Reviewer asked for changes',
  expiring: `Registrations expired or expiring within ${EXPIRING_DAYS} days`,
  stuck: 'Shipments stuck',
};

const select = 'rounded-md border border-stone-400 bg-white px-3 py-2';

/**
 * A helper organisation's home: the businesses it acts for (active grants), what blocks each, with
 * filters and keyset pages. Opening one switches to it; everything done there is in its owner's log.
 */
async function HelperHomePage({ searchParams }: PageProps<'/helper'>) {
  const actor = await requireHelper();
  const sp = await searchParams;
  const parsed = helperHomeFilterSchema.safeParse(sp);
  const filter: HelperHomeFilter = parsed.success ? parsed.data : { state: undefined };
  const [page, requests] = await Promise.all([listHelperBusinesses(actor, filter), listHelperRequests(actor)]);
  const query = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ status: filter.status, state: filter.state, attention: filter.attention, ...extra }).filter(
        (e): e is [string, string] => !!e[1],
      ),
    ).toString();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Businesses {actor.helper.organisationName} helps</h1>
        <p className="max-w-3xl text-stone-700">
          Each business&apos;s owner decided what you may do, and can end it at any time. Everything you do is shown to
          the owner with your name and your organisation&apos;s. Only the owner submits the application.
        </p>
      </div>
      {sp.ended ? (
        <Alert tone="warning" title="Your access to that business has ended">
          <p>Its owner ended your organisation&apos;s access. Nothing more was saved.</p>
        </Alert>
      ) : null}
      {!parsed.success ? <Alert tone="error">{parsed.error.issues[0]?.message}</Alert> : null}

      <form role="search" aria-label="Filter businesses" className="flex flex-wrap items-end gap-3" action="/helper">
        <div>
          <label htmlFor="f-status" className="block text-sm font-medium">
            Application
          </label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ''} className={select}>
            <option value="">Any status</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-attention" className="block text-sm font-medium">
            Needs attention
          </label>
          <select id="f-attention" name="attention" defaultValue={filter.attention ?? ''} className={select}>
            <option value="">Anything</option>
            {ATTENTION.map((a) => (
              <option key={a} value={a}>
                {ATTENTION_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-state" className="block text-sm font-medium">
            State
          </label>
          <select id="f-state" name="state" defaultValue={filter.state ?? ''} className={select}>
            <option value="">Any state</option>
            {Object.entries(US_STATES).map(([code, s]) => (
              <option key={code} value={code}>
                {s.en}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          Filter
        </button>
      </form>

      {page.rows.length === 0 ? (
        <p>{filter.after ? 'No more businesses.' : 'No business matches.'}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm" data-testid="helper-businesses">
            <caption className="sr-only">Businesses you act for and what blocks each</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">
                  Business
                </th>
                <th scope="col" className="p-2">
                  Application
                </th>
                <th scope="col" className="p-2">
                  What blocks it
                </th>
                <th scope="col" className="p-2">
                  Your access
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => {
                const blockers = blockersOf(r);
                return (
                  <tr key={r.businessId} className="border-b align-top" data-testid={`helped-${r.name}`}>
                    <th scope="row" className="p-2 text-left font-medium">
                      {r.name}
                      <span className="block font-normal text-stone-600">
                        {[r.city, r.state].filter(Boolean).join(', ')}
                      </span>
                    </th>
                    <td className="p-2">{r.status ? STATUS_LABELS[r.status] : 'Not started'}</td>
                    <td className="p-2">
                      {blockers.length === 0 ? (
                        <span className="text-stone-600">Nothing</span>
                      ) : (
                        <ul className="list-disc pl-4">
                          {blockers.map((b) => (
                            <li key={b}>{b}</li>
                          ))}
                        </ul>
                      )}
                      {r.nextExpiry ? <span className="block text-stone-600">Earliest: {r.nextExpiry}</span> : null}
                    </td>
                    <td className="p-2">{r.scopes.map((s) => SCOPE_LABELS[s]).join(', ')}</td>
                    <td className="p-2">
                      <SwitchToButton
                        choice={{ businessId: r.businessId, label: r.name }}
                        next={r.status === 'draft' || r.status === null ? '/onboarding' : '/dashboard'}
                        action={switchBusinessAction}
                        button={`Open ${r.name}`}
                        variant="secondary"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page.nextAfter ? <Link href={`/helper?${query({ after: page.nextAfter })}`}>Next businesses</Link> : null}
      {filter.after ? <Link href={`/helper?${query({})}`}>Back to the first page</Link> : null}

      {requests.length > 0 ? (
        <section className="space-y-3" aria-labelledby="requests-h">
          <h2 id="requests-h" className="text-xl font-semibold">
            Your requests
          </h2>
          <ul className="list-disc pl-6">
            {requests.map((q) => (
              <li key={q.id}>
                {q.businessName}: {q.scopes.map((s) => SCOPE_LABELS[s]).join(', ')} —{' '}
                {q.status === 'requested' ? 'waiting for the owner' : 'declined by the owner'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="space-y-4" aria-labelledby="request-h">
        <h2 id="request-h" className="text-xl font-semibold">
          Ask a business for access
        </h2>
        <RequestAccessForm />
      </section>
    </div>
  );
}

export default withBusinessFrame(HelperHomePage);
