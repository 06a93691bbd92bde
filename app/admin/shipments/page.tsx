import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterInput, FilterSelect } from '@/components/admin/filters';
import { buttonClass } from '@/components/ui/button';
import { listShipments, listStuck, type ShipmentRow } from '@/db/queries/shipments-list';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES } from '@/lib/domain/export-rules';
import { SEARCH_ORDER_LABEL, shipmentSearchKind } from '@/lib/domain/shipment-search';
import { FLOW_LABELS, SHIPMENT_FLOWS, SHIPMENT_STATUSES, STATUS_LABELS } from '@/lib/domain/shipment-status';
import { firstValues, keptParams, nextPageHref } from '@/lib/search-params';
import { STATE_OPTIONS } from '@/lib/validation/application';
import { shipmentFilterSchema } from '@/lib/validation/shipment';

export const metadata: Metadata = { title: 'Shipments' };

const STATUS_OPTIONS = SHIPMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const FLOW_OPTIONS = SHIPMENT_FLOWS.map((f) => ({ value: f, label: FLOW_LABELS[f] }));
const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c.code, label: c.label }));

function Rows({ rows, caption }: { rows: ShipmentRow[]; caption: string }) {
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b text-left">
          <th scope="col" className="p-2">
            Reference
          </th>
          <th scope="col" className="p-2">
            Seller and buyer
          </th>
          <th scope="col" className="p-2">
            Status
          </th>
          <th scope="col" className="p-2">
            Days
          </th>
          <th scope="col" className="p-2">
            Carrier
          </th>
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

export default async function AdminShipmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireReviewer();
  const sp = await searchParams;
  const raw = Object.fromEntries(Object.entries(firstValues(sp)).filter(([, v]) => v !== ''));
  const filter = shipmentFilterSchema.parse(raw);
  const [page, stuck] = await Promise.all([listShipments(actor, filter), listStuck(actor)]);
  const keep = keptParams(raw);
  const nextHref = nextPageHref('/admin/shipments', keep, page.nextCursor);
  // Searches come in their own order (lib/domain/shipment-search.ts); say which.
  const order = filter.q ? SEARCH_ORDER_LABEL[shipmentSearchKind(filter.q)] : 'Longest in their current status first';
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
        <form
          role="search"
          aria-label="Filter shipments"
          action="/admin/shipments"
          className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3"
        >
          <FilterInput
            id="q"
            name="q"
            label="Reference or buyer"
            hint="A reference (SHP-…) or the start of a buyer’s name"
            value={filter.q}
          />
          <FilterSelect id="status" name="status" label="Status" value={filter.status} options={STATUS_OPTIONS} />
          <FilterSelect id="channel" name="channel" label="Channel" value={filter.channel} options={FLOW_OPTIONS} />
          <FilterSelect id="state" name="state" label="Origin state" value={filter.state} options={STATE_OPTIONS} />
          <FilterSelect
            id="category"
            name="category"
            label="Category"
            value={filter.category}
            options={CATEGORY_OPTIONS}
          />
          <FilterInput id="carrier" name="carrier" label="Carrier" value={filter.carrier} />
          <div className="flex items-end gap-3">
            <button type="submit" className={buttonClass()}>
              Apply filters
            </button>
            <a href={`/api/shipments/export?${keep}`} className={buttonClass('secondary')}>
              Export CSV
            </a>
          </div>
        </form>
        <p className="text-sm text-stone-700" data-testid="list-order">
          {order}
        </p>
        <Rows rows={page.rows} caption={`Shipments: ${order}`} />
        {page.rows.length === 0 ? <p>No shipments match these filters.</p> : null}
        {nextHref ? (
          <Link href={nextHref} className={buttonClass('secondary')}>
            Next page
          </Link>
        ) : null}
      </section>
    </div>
  );
}
