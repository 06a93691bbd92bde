import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { listQueue } from '@/db/queries/applications';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { queueFilterSchema, STATE_OPTIONS } from '@/lib/validation/application';

export const metadata: Metadata = { title: 'Application queue' };

const select = 'rounded-md border border-stone-400 bg-white px-2 py-1.5';

export default async function QueuePage({ searchParams }: PageProps<'/admin/applications'>) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const raw = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = queueFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : queueFilterSchema.parse({});
  const page = await listQueue(actor, filter);
  const keep = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '' && e[0] !== 'cursor'));
  const nextHref = page.nextCursor ? `/admin/applications?${new URLSearchParams([...keep, ['cursor', page.nextCursor]])}` : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Application queue</h1>
      <p className="text-stone-700">Oldest submission first. Filters combine.</p>
      {!parsed.success ? <Alert tone="error">{parsed.error.issues.map((i) => i.message).join(' ')}</Alert> : null}
      <form role="search" aria-label="Filter the queue" action="/admin/applications" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">
            Search name, EIN, e-mail or city
          </label>
          <input id="q" name="q" defaultValue={filter.q ?? ''} className={`${select} w-full`} />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status} className={`${select} w-full`}>
            <option value="open">Waiting (submitted or in review)</option>
            <option value="submitted">Submitted</option>
            <option value="in_review">In review</option>
            <option value="changes_requested">Changes requested</option>
            <option value="approved">Approved</option>
            <option value="rejected">Rejected</option>
            <option value="suspended">Suspended</option>
          </select>
        </div>
        <div>
          <label htmlFor="state" className="block text-sm font-medium">
            State
          </label>
          <select id="state" name="state" defaultValue={filter.state ?? ''} className={`${select} w-full`}>
            <option value="">Any</option>
            {STATE_OPTIONS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-medium">
            Category
          </label>
          <select id="category" name="category" defaultValue={filter.category ?? ''} className={`${select} w-full`}>
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="channel" className="block text-sm font-medium">
            Channel
          </label>
          <select id="channel" name="channel" defaultValue={filter.channel ?? ''} className={`${select} w-full`}>
            <option value="">Any</option>
            {CHANNELS.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="olderThanDays" className="block text-sm font-medium">
            Waiting longer than (days)
          </label>
          <input id="olderThanDays" name="olderThanDays" inputMode="numeric" defaultValue={filter.olderThanDays?.toString() ?? ''} className={`${select} w-full`} />
        </div>
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
              <th scope="col" className="p-2">Business</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Where</th>
              <th scope="col" className="p-2">Sells</th>
              <th scope="col" className="p-2">Waiting</th>
              <th scope="col" className="p-2">Reviewer</th>
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
                  {r.midwest ? <span className="ml-1 rounded bg-green-100 px-1 text-xs text-green-950">Midwest</span> : null}
                </td>
                <td className="p-2">{r.categories.join(', ').replaceAll('_', ' ')}</td>
                <td className="p-2">{r.waitingDays === null ? '—' : `${r.waitingDays} day${r.waitingDays === 1 ? '' : 's'}`}</td>
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
