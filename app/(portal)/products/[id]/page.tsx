import { loadOr404 } from '@/lib/load-or-404';
import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/business/view-only-notice';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { ReadinessPanel } from '@/components/listings/readiness';
import { Alert } from '@/components/ui/alert';
import { getMyListing } from '@/db/queries/listings';
import { listStorefrontStatuses } from '@/db/queries/partner-api';
import { requireBusiness } from '@/lib/auth/guards';
import { chineseNeedsUpdate } from '@/lib/domain/listing-content';
import { LISTING_STATUS_LABELS } from '@/lib/domain/listing-status';
import { updateListingAction } from '../actions';
import { listingFormOptions } from '../form-options';
import { ListingForm } from '../listing-form';
import { PriceStockForm } from '../price-stock-form';
import { SubmitListingForm } from '../submit-listing-form';
import { PhotoUpload } from './photo-upload';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Listing' };

const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

async function ListingPage({ params, searchParams }: PageProps<'/products/[id]'>) {
  const actor = await requireBusiness();
  const { id } = await params;
  const sp = await searchParams;
  const d = await loadOr404(id, (i) => getMyListing(actor, i));
  const storefronts = await listStorefrontStatuses(actor, d.listing.id);
  const { listing: l, pendingDiff, readiness, photos, events } = d;
  const c = l.content;
  const initial: Record<string, string> = {
    hs: c.hs6,
    titleEn: c.titleEn,
    titleZh: c.titleZh,
    descriptionEn: c.descriptionEn,
    descriptionZh: c.descriptionZh,
    priceUsd: (l.priceUsdCents / 100).toFixed(2),
    stock: String(l.stock),
    minOrder: String(c.minOrder),
    unit: c.unit,
    packSize: c.packSize,
    weightKg: String(c.weightKg),
    originState: c.originState,
    ...Object.fromEntries(Object.entries(c.attributes).map(([k, v]) => [`attributes.${k}`, String(v)])),
  };
  const locked = l.status === 'submitted';
  const canWrite = can(actor, 'listings:write');
  const canSubmit = !locked && (l.published === null ? true : pendingDiff.length > 0);
  const lastMessage = [...events]
    .reverse()
    .find(
      (e) => e.message && (e.action === 'requestChanges' || e.action === 'reject' || e.action === 'change_declined'),
    );
  return (
    <div className="space-y-8">
      <p>
        <Link href="/products">← Your products</Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{c.titleEn}</h1>
        <p className="text-stone-700" data-testid="listing-status">
          {LISTING_STATUS_LABELS[l.status]}
          {l.live ? ' · live on the storefront' : ' · not live'}
        </p>
        {l.live ? (
          <p>
            {/* A full page load: the storefront renders <html lang="zh-CN">, which a client-side navigation would keep as "en". */}
            <a href={`/store/products/${l.slug}`}>View it on the storefront</a>
          </p>
        ) : null}
        {storefronts.length ? (
          <ul aria-label="On partner storefronts" className="space-y-1" data-testid="storefront-statuses">
            {storefronts.map((f) => (
              <li key={f.organisationName}>
                {f.status === 'live' && f.storefrontUrl ? (
                  <>
                    Live on {f.organisationName} since {fmt.format(f.liveSince ?? f.reportedAt)} UTC ·{' '}
                    <a href={f.storefrontUrl} rel="noopener noreferrer" target="_blank">
                      its page on {f.organisationName}
                      <span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  </>
                ) : f.status === 'rejected' ? (
                  <>
                    Rejected by {f.organisationName} on {fmt.format(f.reportedAt)} UTC: {f.reason}
                  </>
                ) : f.status === 'withdrawn' ? (
                  <>
                    Withdrawn from {f.organisationName} on {fmt.format(f.reportedAt)} UTC
                  </>
                ) : (
                  <>
                    Received by {f.organisationName} on {fmt.format(f.reportedAt)} UTC
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {sp.saved ? (
        <Alert tone="success">
          Saved.
          {l.published && pendingDiff.length
            ? ' Your changes are not live until a reviewer approves them; the storefront keeps showing the approved version.'
            : ''}
        </Alert>
      ) : null}
      {sp.submitted ? <Alert tone="success">Submitted for review. We will e-mail you the decision.</Alert> : null}
      {lastMessage && l.status !== 'approved' ? (
        <Alert tone="warning" title="Reviewer’s message">
          {lastMessage.message}
        </Alert>
      ) : null}
      {l.published && pendingDiff.length ? (
        <section aria-labelledby="pending-h" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="pending-h" className="font-semibold">
            Changes not yet live ({pendingDiff.length})
          </h2>
          <ul className="mt-2 text-sm">
            {pendingDiff.map((f) => (
              <li key={f.field}>
                {f.label}: “{f.before}” → “{f.after}”
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ReadinessPanel readiness={readiness} />
      {canSubmit && can(actor, 'listings:submit') ? (
        <SubmitListingForm id={l.id} label={l.published ? 'Submit changes for review' : 'Submit for review'} />
      ) : canSubmit && canWrite ? (
        <Alert tone="info" title="Ready for review?">
          Only the owner sends a listing to review. They see it here, with a Submit for review button.
        </Alert>
      ) : null}
      {!canWrite ? <ViewOnlyNotice actor={actor} what="this listing" /> : null}
      {locked && canWrite ? (
        <section aria-labelledby="ps-h" className="space-y-3">
          <h2 id="ps-h" className="text-lg font-semibold">
            Price and stock
          </h2>
          <p className="text-sm text-stone-700">
            This listing is waiting for review, so its details are locked. Price and stock still change at once.
          </p>
          <PriceStockForm id={l.id} priceUsd={initial.priceUsd!} stock={initial.stock!} />
        </section>
      ) : (
        <section aria-labelledby="edit-h" className="space-y-4">
          <h2 id="edit-h" className="text-lg font-semibold">
            {canWrite && !locked ? 'Edit' : 'Details'}
          </h2>
          <ListingForm
            mode="edit"
            id={l.id}
            {...listingFormOptions(c.category)}
            initial={initial}
            initialChannels={c.channels}
            zhNeedsUpdate={chineseNeedsUpdate(c)}
            locked={!canWrite || locked}
            action={updateListingAction}
          />
        </section>
      )}
      <section aria-labelledby="photos-h" className="space-y-3">
        <h2 id="photos-h" className="text-lg font-semibold">
          Photos
        </h2>
        <ul className="flex flex-wrap gap-3">
          {photos.map((p) => (
            <li key={p.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- access-checked private image */}
              <img
                src={`/api/photos/${p.id}?size=thumb`}
                alt={`Photo of ${c.titleEn}`}
                width={120}
                height={120}
                className="rounded border"
              />
            </li>
          ))}
        </ul>
        {!locked && canWrite ? (
          <PhotoUpload listingId={l.id} initialError={typeof sp.photoError === 'string' ? sp.photoError : undefined} />
        ) : null}
      </section>
      <section aria-labelledby="hist-h" className="space-y-2">
        <h2 id="hist-h" className="text-lg font-semibold">
          History
        </h2>
        <ol className="space-y-2 text-sm">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.createdAt.toISOString()}>{fmt.format(e.createdAt)} UTC</time> · {e.actorName}:{' '}
              {e.action.replaceAll('_', ' ')}
              {e.message ? ` — ${e.message}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export default withBusinessFrame(ListingPage);
