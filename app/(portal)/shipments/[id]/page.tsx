import { loadOr404 } from '@/lib/load-or-404';
import type { Metadata } from 'next';
import { can } from '@/lib/auth/actor';
import { ShipmentDetail } from '@/components/shipments/shipment-detail';
import { getShipment } from '@/db/queries/shipments';
import { requireBusiness } from '@/lib/auth/guards';
import { correctEventAction, notApplicableAction, recordMilestoneAction } from '../actions';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Shipment' };

async function ShipmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireBusiness();
  const { id } = await params;
  const sp = await searchParams;
  const data = await loadOr404(id, (i) => getShipment(actor, i));
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 300) : undefined);
  return (
    <ShipmentDetail
      data={data}
      staff={false}
      actions={
        can(actor, 'shipments:write')
          ? { milestone: recordMilestoneAction, notApplicable: notApplicableAction, correct: correctEventAction }
          : null
      }
      flash={{ error: one(sp.error), code: one(sp.code), field: one(sp.field), uploaded: one(sp.uploaded) }}
    />
  );
}

export default withBusinessFrame(ShipmentPage);
