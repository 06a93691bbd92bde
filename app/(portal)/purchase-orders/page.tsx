import type { Metadata } from 'next';
import Link from 'next/link';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import { listPurchaseOrders } from '@/db/queries/partner-api';
import { requireCapability } from '@/lib/auth/guards';
import { formatCents } from '@/lib/domain/pricing';

export const metadata: Metadata = { title: 'Purchase orders' };

const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const STATUS = { submitted: 'Waiting for your answer', accepted: 'Accepted', declined: 'Declined' } as const;

async function PurchaseOrdersPage() {
  const actor = await requireCapability('business:view');
  const orders = await listPurchaseOrders(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Purchase orders</h1>
      <p className="max-w-3xl text-stone-700">
        Importers and storefronts send orders for your live listings through the partner API. Accepting one creates a
        shipment draft and reserves the stock.
      </p>
      {orders.length === 0 ? (
        <p>No purchase orders yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="p-2 text-left font-semibold">Newest first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Order
              </th>
              <th scope="col" className="p-2">
                From
              </th>
              <th scope="col" className="p-2">
                Value (USD)
              </th>
              <th scope="col" className="p-2">
                Wanted by
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map(({ order: o, organisationName }) => (
              <tr key={o.id} className="border-b">
                <td className="p-2">
                  <Link href={`/purchase-orders/${o.id}`}>{o.reference}</Link>
                </td>
                <td className="p-2">{organisationName}</td>
                <td className="p-2">{formatCents(o.valueUsdCents)}</td>
                <td className="p-2">{date.format(new Date(o.requestedDate))}</td>
                <td className="p-2">{STATUS[o.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export default withBusinessFrame(PurchaseOrdersPage);
