import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { listShipments, listStuck, type ShipmentRow } from '@/db/queries/shipments';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES } from '@/lib/domain/export-rules';
import { FLOW_LABELS, SHIPMENT_FLOWS, SHIPMENT_STATUSES, STATUS_LABELS } from '@/lib/domain/shipment-status';
import { shipmentFilterSchema } from '@/lib/validation/shipment';

export const metadata: Metadata = { title: 'Shipments' };

const select = 'rounded-md border border-stone-400 bg-white px-2 py-1.5 w-full';

function Rows({ rows, caption }: { rows: ShipmentRow[]; caption: string }) {
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b text-left">
          <th scope="col" className="p-2">Reference</th>
          <th scope="col" className="p-2">Seller and buyer</th>
          <th scope="col" className="p-2">Status</th>
          <th scope="col" className="p-2">Days</th>
          <th scope="col" className="p-2">Carrier</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b">
            <td className="p-2">
              <Link href={`/admin/shipments/${r.id}`}>{r.reference}</Link>
            </td>
            <td className="p-2">
              {r.businessName} → {r.buyerName}, {r.buyerCity}
            </td>
            <td className="p-2">
              {STATUS_LABELS[r.status]}
              {r.stuck ? <span className="ml-1 rounded bg-amber-100 px-1 text-amber-950">Stuck</span> : null}
            </td>
            <td className="p-2">{r.daysInStatus}</td>
            <td className="p-2">
              {r.carrier} ({r.mode})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function AdminShipmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const raw = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== ''));
  const filter = shipmentFilterSchema.parse(raw);
  const [page, stuck] = await Promise.all([listShipments(actor, filter), listStuck(actor)]);
  const keep = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'cursor'));
  const nextHref = page.nextCursor ? `/admin/shipments?${new URLSearchParams([...keep, ['cursor', page.nextCursor]])}` : null;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Shipments</h1>
      <section aria-labelledby="stuck-h" className="space-y-3">
        <h2 id="stuck-h" className="text-xl font-semibold">
          Stuck shipments
        </h2>
        {stuck.length === 0 ? <p>Nothing is stuck.</p> : null}
        {stuck.map((g) => (
          <div key={g.status} data-testid={`stuck-${g.status}`}>
            <h3 className="font-semibold">
              {STATUS_LABELS[g.status]} ({g.rows.length})
            </h3>
            <Rows rows={g.rows} caption={`Stuck at ${STATUS_LABELS[g.status]}`} />
          </div>
        ))}
      </section>
      <section aria-labelledby="all-h" className="space-y-3">
        <h2 id="all-h" className="text-xl font-semibold">
          All shipments
        </h2>
        <form role="search" aria-label="Filter shipments" action="/admin/shipments" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3">
          <div>
            <label htmlFor="q" className="block text-sm font-medium">
              Reference or buyer
            </label>
            <input id="q" name="q" defaultValue={filter.q ?? ''} className={select} />
          </div>
          <div>
            <label htmlFor="status" className="block text-sm font-medium">
              Status
            </label>
            <select id="status" name="status" defaultValue={filter.status ?? ''} className={select}>
              <option value="">Any</option>
              {SHIPMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="channel" className="block text-sm font-medium">
              Channel
            </label>
            <select id="channel" name="channel" defaultValue={filter.channel ?? ''} className={select}>
              <option value="">Any</option>
              {SHIPMENT_FLOWS.map((f) => (
                <option key={f} value={f}>
                  {FLOW_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="state" className="block text-sm font-medium">
              Origin state (e.g. MI)
            </label>
            <input id="state" name="state" defaultValue={filter.state ?? ''} className={select} />
          </div>
          <div>
            <label htmlFor="category" className="block text-sm font-medium">
              Category
            </label>
            <select id="category" name="category" defaultValue={filter.category ?? ''} className={select}>
              <option value="">Any</option>
              {CATEGORIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="carrier" className="block text-sm font-medium">
              Carrier
            </label>
            <input id="carrier" name="carrier" defaultValue={filter.carrier ?? ''} className={select} />
          </div>
          <div className="flex items-end gap-3">
            <button type="submit" className={buttonClass()}>
              Apply filters
            </button>
            <a href={`/api/shipments/export?${keep}`} className={buttonClass('secondary')}>
              Export CSV
            </a>
          </div>
        </form>
        <Rows rows={page.rows} caption="Shipments, longest in their status first" />
        {nextHref ? (
          <Link href={nextHref} className={buttonClass('secondary')}>
            Next page
          </Link>
        ) : null}
      </section>
    </div>
  );
}
