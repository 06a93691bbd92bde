import { loadOr404 } from '@/lib/load-or-404';
import type { Metadata } from 'next';
import { ShipmentDetail } from '@/components/shipments/shipment-detail';
import { getShipment } from '@/db/queries/shipments';
import { requireReviewer } from '@/lib/auth/guards';
import { staffCorrectAction, staffMilestoneAction } from '../actions';

export const metadata: Metadata = { title: 'Shipment (staff)' };

export default async function StaffShipmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireReviewer();
  const { id } = await params;
  const data = await loadOr404(id, (i) => getShipment(actor, i));
  return (
    <ShipmentDetail data={data} staff actions={{ milestone: staffMilestoneAction, correct: staffCorrectAction }} />
  );
}
