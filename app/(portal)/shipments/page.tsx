import type { Metadata } from 'next';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { listMyShipments } from '@/db/queries/shipments-list';
import { requireBusiness } from '@/lib/auth/guards';
import { STATUS_LABELS } from '@/lib/domain/shipment-status';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Shipments' };

async function ShipmentsPage() {
  const actor = await requireBusiness();
  if (!actor.businessId) return <p>Start your application first.</p>;
  const rows = await listMyShipments(actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Shipments</h1>
        {can(actor, 'shipments:write') ? (
          <Link href="/shipments/new" className={buttonClass()}>
            New shipment
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? <p>No shipments yet.</p> : null}
      {rows.length ? (
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Your shipments, newest first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Reference
              </th>
              <th scope="col" className="p-2">
                Buyer
              </th>
              <th scope="col" className="p-2">
                Current step
              </th>
              <th scope="col" className="p-2">
                Days in step
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b">
                <td className="p-2">
                  <Link href={`/shipments/${r.id}`}>{r.reference}</Link>
                </td>
                <td className="p-2">
                  {r.buyerName}, {r.buyerCity}
                </td>
                <td className="p-2">
                  {STATUS_LABELS[r.status]}
                  {r.stuck ? <span className="ml-1 rounded bg-amber-100 px-1 text-amber-950">Stuck</span> : null}
                </td>
                <td className="p-2">{r.daysInStatus}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

export default withBusinessFrame(ShipmentsPage);
