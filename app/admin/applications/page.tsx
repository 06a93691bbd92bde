import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { Alert } from '@/components/ui/alert';
import { FilterInput, FilterSelect } from '@/components/admin/filters';
import { buttonClass } from '@/components/ui/button';
import { listQueue } from '@/db/queries/applications';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { firstValues, keptParams, nextPageHref } from '@/lib/search-params';
import { queueFilterSchema, STATE_OPTIONS } from '@/lib/validation/application';

export const metadata: Metadata = { title: 'Application queue' };

const STATUS_OPTIONS = [
  { value: 'open', label: 'Waiting (submitted or in review)' },
  { value: 'submitted', label: 'Submitted' },
  { value: 'in_review', label: 'In review' },
  { value: 'changes_requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'suspended', label: 'Suspended' },
];
const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c.code, label: c.label }));
const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c.code, label: c.label }));

export default async function QueuePage({ searchParams }: PageProps<'/admin/applications'>) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const raw = firstValues(sp);
  const parsed = queueFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : queueFilterSchema.parse({});
  const page = await listQueue(actor, filter);
  const keep = keptParams(raw);
  const nextHref = nextPageHref('/admin/applications', keep, page.nextCursor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Application queue</h1>
      <p className="text-stone-700">Oldest submission first. Filters combine.</p>
      {!parsed.success ? <Alert tone="error">{parsed.error.issues.map((i) => i.message).join(' ')}</Alert> : null}
      <form
        role="search"
        aria-label="Filter the queue"
        action="/admin/applications"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4"
      >
        <FilterInput
          id="q"
          name="q"
          label="Search name, EIN, e-mail or city"
          value={filter.q}
          className="sm:col-span-2"
        />
        <FilterSelect
          id="status"
          name="status"
          label="Status"
          value={filter.status}
          options={STATUS_OPTIONS}
          any={null}
        />
        <FilterSelect id="state" name="state" label="State" value={filter.state} options={STATE_OPTIONS} />
        <FilterSelect
          id="category"
          name="category"
          label="Category"
          value={filter.category}
          options={CATEGORY_OPTIONS}
        />
        <FilterSelect id="channel" name="channel" label="Channel" value={filter.channel} options={CHANNEL_OPTIONS} />
        <FilterInput
          id="olderThanDays"
          name="olderThanDays"
          label="Waiting longer than (days)"
          value={filter.olderThanDays}
          inputMode="numeric"
        />
        <div className="flex flex-col justify-end gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="midwest" value="1" defaultChecked={filter.midwest} /> Midwest only
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} /> Assigned to me
          </label>
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Apply filters
          </button>
        </div>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Applications, oldest submission first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Business
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Where
              </th>
              <th scope="col" className="p-2">
                Sells
              </th>
              <th scope="col" className="p-2">
                Waiting
              </th>
              <th scope="col" className="p-2">
                Reviewer
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">
                  <Link href={`/admin/applications/${r.id}`} className="font-medium">
                    {r.legalName || '(no name yet)'}
                  </Link>
                  <div className="text-stone-600">
                    {r.ownerEmail} · EIN {r.ein ?? '—'}
                  </div>
                </td>
                <td className="p-2">
                  <StatusBadge status={r.status} />
                </td>
                <td className="p-2">
                  {r.city ?? '—'}, {r.state ?? '—'}
                  {r.midwest ? (
                    <span className="ml-1 rounded bg-green-100 px-1 text-xs text-green-950">Midwest</span>
                  ) : null}
                </td>
                <td className="p-2">{r.categories.join(', ').replaceAll('_', ' ')}</td>
                <td className="p-2">
                  {r.waitingDays === null ? '—' : `${r.waitingDays} day${r.waitingDays === 1 ? '' : 's'}`}
                </td>
                <td className="p-2">{r.assignedTo === actor.userId ? 'You' : r.assignedTo ? 'Assigned' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.rows.length === 0 ? <p>No applications match these filters.</p> : null}
      <nav aria-label="Pagination" className="flex gap-4">
        {filter.cursor ? <Link href={`/admin/applications?${keep}`}>First page</Link> : null}
        {nextHref ? <Link href={nextHref}>Next page</Link> : null}
      </nav>
    </div>
  );
}
