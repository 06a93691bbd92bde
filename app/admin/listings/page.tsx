import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { listListingQueue } from '@/db/queries/listings';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES } from '@/lib/domain/export-rules';
import { LISTING_STATUS_LABELS } from '@/lib/domain/listing-status';
import { STATE_OPTIONS } from '@/lib/validation/application';
import { listingReviewQueueSchema } from '@/lib/validation/listing';
import { bulkApproveAction } from './actions';

export const metadata: Metadata = { title: 'Listing review' };

const select = 'rounded-md border border-stone-400 bg-white px-2 py-1.5';

export default async function ListingQueuePage({ searchParams }: PageProps<'/admin/listings'>) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const raw = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = listingReviewQueueSchema.safeParse(raw);
  const f = parsed.success ? parsed.data : listingReviewQueueSchema.parse({});
  const page = await listListingQueue(actor, f);
  const keep = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '' && !['cursor', 'approved', 'skipped'].includes(e[0])));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Listing review</h1>
      {!parsed.success ? <Alert tone="error">{parsed.error.issues.map((i) => i.message).join(' ')}</Alert> : null}
      {typeof sp.approved === 'string' ? (
        <Alert tone="success">
          Approved {sp.approved}. Skipped {String(sp.skipped ?? 0)} (business not approved, or changed meanwhile).
        </Alert>
      ) : null}
      <form role="search" aria-label="Filter listings" action="/admin/listings" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <div>
          <label htmlFor="lq" className="block text-sm font-medium">
            Search title or business
          </label>
          <input id="lq" name="q" defaultValue={f.q ?? ''} className={select} />
        </div>
        <div>
          <label htmlFor="lstatus" className="block text-sm font-medium">
            Status
          </label>
          <select id="lstatus" name="status" defaultValue={f.status} className={select}>
            {(['submitted', 'approved', 'changes_requested', 'rejected', 'draft'] as const).map((s) => (
              <option key={s} value={s}>
                {LISTING_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="lcat" className="block text-sm font-medium">
            Category
          </label>
          <select id="lcat" name="category" defaultValue={f.category ?? ''} className={select}>
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="lstate" className="block text-sm font-medium">
            Origin state
          </label>
          <select id="lstate" name="state" defaultValue={f.state ?? ''} className={select}>
            <option value="">Any</option>
            {STATE_OPTIONS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
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
              <th scope="col" className="p-2">Listing</th>
              <th scope="col" className="p-2">Business</th>
              <th scope="col" className="p-2">Kind</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">
                  {r.status === 'submitted' ? <input type="checkbox" name="ids" value={r.id} aria-label={`Select ${r.titleEn}`} /> : null}
                </td>
                <td className="p-2">
                  <Link href={`/admin/listings/${r.id}`}>{r.titleEn}</Link>
                  <div className="text-stone-600">
                    {r.category.replaceAll('_', ' ')} · {r.originState}
                  </div>
                </td>
                <td className="p-2">
                  {r.businessName}
                  {!r.sellerActive ? <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-950">not approved</span> : null}
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
        {page.nextCursor ? <Link href={`/admin/listings?${new URLSearchParams([...keep, ['cursor', page.nextCursor]])}`}>Next page</Link> : null}
      </nav>
    </div>
  );
}
