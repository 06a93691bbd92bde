import { loadOr404 } from '@/lib/load-or-404';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ReadinessPanel } from '@/components/listings/readiness';
import { Alert } from '@/components/ui/alert';
import { getListingForStaff } from '@/db/queries/listings';
import { requireReviewer } from '@/lib/auth/guards';
import { LISTING_STATUS_LABELS } from '@/lib/domain/listing-status';
import { formatCents } from '@/lib/domain/pricing';
import { ListingDecisionForm } from './decision-form';

export const metadata: Metadata = { title: 'Listing review' };

const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const DONE: Record<string, string> = {
  approve: 'Approved: the storefront now shows this version.',
  requestChanges: 'Sent back to the seller with your message.',
  reject: 'Rejected. The seller has been told why.',
};

export default async function ListingReviewPage({ params, searchParams }: PageProps<'/admin/listings/[id]'>) {
  const actor = await requireReviewer();
  const { id } = await params;
  const sp = await searchParams;
  const d = await loadOr404(id, (i) => getListingForStaff(actor, i));
  const { listing: l, pendingDiff, readiness, events, photos } = d;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/listings">← Listing review</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{l.content.titleEn}</h1>
        <p className="text-stone-700">
          {d.businessName} · business {d.businessStatus ?? 'without application'} · {LISTING_STATUS_LABELS[l.status]} ·{' '}
          {l.live ? 'live' : 'not live'} · USD {formatCents(l.priceUsdCents)} · stock {l.stock}
        </p>
      </div>
      {sp.conflict ? (
        <Alert tone="error" title="This listing changed while you were looking">
          Your decision was not recorded. It is now {LISTING_STATUS_LABELS[l.status].toLowerCase()}.
        </Alert>
      ) : null}
      {typeof sp.done === 'string' && DONE[sp.done] ? <Alert tone="success">{DONE[sp.done]}</Alert> : null}
      <section aria-labelledby="diff-h" className="space-y-2">
        <h2 id="diff-h" className="text-lg font-semibold">
          {l.published ? 'Proposed changes to the live listing' : 'New listing'}
        </h2>
        {pendingDiff.length === 0 ? (
          <p>No differences from the live version.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Field-by-field differences</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">
                  Field
                </th>
                <th scope="col" className="p-2">
                  {l.published ? 'Live now' : 'Before'}
                </th>
                <th scope="col" className="p-2">
                  Proposed
                </th>
              </tr>
            </thead>
            <tbody>
              {pendingDiff.map((f) => (
                <tr key={f.field} className="border-b align-top" data-testid={`diff-${f.field}`}>
                  <th scope="row" className="p-2 text-left font-medium">
                    {f.label}
                  </th>
                  <td className="p-2 whitespace-pre-wrap text-stone-600">{f.before}</td>
                  <td className="p-2 whitespace-pre-wrap">{f.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {photos.length ? (
        <ul className="flex flex-wrap gap-3" aria-label="Photos">
          {photos.map((p) => (
            <li key={p.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- access-checked image */}
              <img
                src={`/api/photos/${p.id}?size=thumb`}
                alt={`Photo ${p.id.slice(0, 8)} of the listing`}
                width={120}
                height={120}
                className="rounded border"
              />
            </li>
          ))}
        </ul>
      ) : null}
      <ReadinessPanel readiness={readiness} />
      {l.status === 'submitted' ? (
        <section aria-labelledby="dec-h" className="grid gap-4 md:grid-cols-3">
          <h2 id="dec-h" className="sr-only">
            Decision
          </h2>
          <ListingDecisionForm listingId={l.id} status={l.status} action="approve" />
          <ListingDecisionForm listingId={l.id} status={l.status} action="requestChanges" />
          <ListingDecisionForm listingId={l.id} status={l.status} action="reject" />
        </section>
      ) : null}
      <section aria-labelledby="lh-h" className="space-y-2">
        <h2 id="lh-h" className="text-lg font-semibold">
          History
        </h2>
        <ol className="space-y-2 text-sm">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.createdAt.toISOString()}>{fmt.format(e.createdAt)} UTC</time> · {e.actorName}:{' '}
              {e.action.replaceAll('_', ' ')}
              {e.message ? ` — ${e.message}` : ''}
              {e.internalNote ? (
                <span className="ml-1 rounded bg-amber-50 px-1 text-amber-950">internal: {e.internalNote}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
