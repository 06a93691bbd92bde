import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { FilterInput, FilterSelect } from '@/components/admin/filters';
import { buttonClass } from '@/components/ui/button';
import { listListingQueue } from '@/db/queries/listings';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES } from '@/lib/domain/export-rules';
import { LISTING_STATUS_LABELS } from '@/lib/domain/listing-status';
import { firstValues, keptParams, nextPageHref } from '@/lib/search-params';
import { STATE_OPTIONS } from '@/lib/validation/application';
import { listingReviewQueueSchema } from '@/lib/validation/listing';
import { bulkApproveAction } from './actions';

export const metadata: Metadata = { title: 'Listing review' };

const STATUS_OPTIONS = (['submitted', 'approved', 'changes_requested', 'rejected', 'draft'] as const).map((s) => ({
  value: s,
  label: LISTING_STATUS_LABELS[s],
}));
const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c.code, label: c.label }));

export default async function ListingQueuePage({ searchParams }: PageProps<'/admin/listings'>) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const raw = firstValues(sp);
  const parsed = listingReviewQueueSchema.safeParse(raw);
  const f = parsed.success ? parsed.data : listingReviewQueueSchema.parse({});
  const page = await listListingQueue(actor, f);
  const keep = keptParams(raw, ['approved', 'skipped']);
  const nextHref = nextPageHref('/admin/listings', keep, page.nextCursor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Listing review</h1>
      {!parsed.success ? <Alert tone="error">{parsed.error.issues.map((i) => i.message).join(' ')}</Alert> : null}
      {typeof sp.approved === 'string' ? (
        <Alert tone="success">
          Approved {sp.approved}. Skipped {String(sp.skipped ?? 0)} (business not approved, or changed meanwhile).
        </Alert>
      ) : null}
      <form
        role="search"
        aria-label="Filter listings"
        action="/admin/listings"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <FilterInput id="lq" name="q" label="Search title or business" value={f.q} />
        <FilterSelect id="lstatus" name="status" label="Status" value={f.status} options={STATUS_OPTIONS} any={null} />
        <FilterSelect id="lcat" name="category" label="Category" value={f.category} options={CATEGORY_OPTIONS} />
        <FilterSelect id="lstate" name="state" label="Origin state" value={f.state} options={STATE_OPTIONS} />
        <button type="submit" className={buttonClass('secondary')}>
          Apply filters
        </button>
      </form>
      <form action={bulkApproveAction} className="space-y-3">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Listings, oldest submission first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                <span className="sr-only">Select</span>
              </th>
              <th scope="col" className="p-2">
                Listing
              </th>
              <th scope="col" className="p-2">
                Business
              </th>
              <th scope="col" className="p-2">
                Kind
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">
                  {r.status === 'submitted' ? (
                    <input type="checkbox" name="ids" value={r.id} aria-label={`Select ${r.titleEn}`} />
                  ) : null}
                </td>
                <td className="p-2">
                  <Link href={`/admin/listings/${r.id}`}>{r.titleEn}</Link>
                  <div className="text-stone-600">
                    {r.category.replaceAll('_', ' ')} · {r.originState}
                  </div>
                </td>
                <td className="p-2">
                  {r.businessName}
                  {!r.sellerActive ? (
                    <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-950">not approved</span>
                  ) : null}
                </td>
                <td className="p-2">{r.isChange ? 'Change to a live listing' : 'New listing'}</td>
                <td className="p-2">{LISTING_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.rows.length === 0 ? <p>No listings match.</p> : null}
        {f.status === 'submitted' && page.rows.length ? (
          <button type="submit" className={buttonClass()}>
            Approve selected
          </button>
        ) : null}
      </form>
      <nav aria-label="Pagination" className="flex gap-4">
        {f.cursor ? <Link href={`/admin/listings?${keep}`}>First page</Link> : null}
        {nextHref ? <Link href={nextHref}>Next page</Link> : null}
      </nav>
    </div>
  );
}
