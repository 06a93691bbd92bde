import type { Metadata } from 'next';
import Link from 'next/link';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import { Alert } from '@/components/ui/alert';
import { getPurchaseOrder } from '@/db/queries/partner-api';
import { can } from '@/lib/auth/actor';
import { requireCapability } from '@/lib/auth/guards';
import { formatCents } from '@/lib/domain/pricing';
import { FLOW_LABELS } from '@/lib/domain/shipment-status';
import { loadOr404 } from '@/lib/load-or-404';
import { AcceptOrderForm, DeclineOrderForm } from './decision-forms';

export const metadata: Metadata = { title: 'Purchase order' };

const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

async function PurchaseOrderPage({ params, searchParams }: PageProps<'/purchase-orders/[id]'>) {
  const actor = await requireCapability('business:view');
  const { id } = await params;
  const sp = await searchParams;
  const { order: o, organisationName, lines } = await loadOr404(id, (i) => getPurchaseOrder(actor, i));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/purchase-orders">← Purchase orders</Link>
      </p>
      <h1 className="text-2xl font-bold">
        Purchase order {o.reference} from {organisationName}
      </h1>
      {sp.declined ? <Alert tone="success">Declined. The buyer sees your reason.</Alert> : null}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium">Status</dt>
        <dd data-testid="order-status">{o.status}</dd>
        {o.partnerReference ? (
          <>
            <dt className="font-medium">Their reference</dt>
            <dd>{o.partnerReference}</dd>
          </>
        ) : null}
        <dt className="font-medium">Channel</dt>
        <dd>{FLOW_LABELS[o.channel]}</dd>
        <dt className="font-medium">Incoterm and transport</dt>
        <dd>
          {o.incoterm}, {o.mode}
        </dd>
        <dt className="font-medium">Destination</dt>
        <dd>
          {o.destination} ({o.destinationKind === 'bonded_warehouse' ? 'bonded warehouse' : 'port'}), buyer in{' '}
          {o.buyerCity}
        </dd>
        <dt className="font-medium">Wanted by</dt>
        <dd>{date.format(new Date(o.requestedDate))}</dd>
        <dt className="font-medium">Value</dt>
        <dd>USD {formatCents(o.valueUsdCents)}</dd>
        {o.declineReason ? (
          <>
            <dt className="font-medium">Declined because</dt>
            <dd>{o.declineReason}</dd>
          </>
        ) : null}
      </dl>
      <table className="w-full max-w-2xl border-collapse bg-white text-sm">
        <caption className="p-2 text-left font-semibold">Lines</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Product
            </th>
            <th scope="col" className="p-2">
              Quantity
            </th>
            <th scope="col" className="p-2">
              Unit price (USD)
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} className="border-b">
              <td className="p-2">
                <Link href={`/products/${l.listingId}`}>{l.title}</Link>
              </td>
              <td className="p-2">{l.quantity}</td>
              <td className="p-2">{formatCents(l.unitPriceUsdCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {o.shipmentId ? (
        <p>
          <Link href={`/shipments/${o.shipmentId}`}>Open the shipment</Link>
        </p>
      ) : null}
      {o.status === 'submitted' && can(actor, 'shipments:write') ? (
        <section aria-labelledby="answer-h" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="answer-h" className="text-lg font-semibold">
            Your answer
          </h2>
          <AcceptOrderForm orderId={o.id} />
          <DeclineOrderForm orderId={o.id} />
        </section>
      ) : null}
    </div>
  );
}

export default withBusinessFrame(PurchaseOrderPage);
