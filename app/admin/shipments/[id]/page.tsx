import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ShipmentDetail } from '@/components/shipments/shipment-detail';
import { getShipment } from '@/db/queries/shipments';
import { requireReviewer } from '@/lib/auth/guards';
import { NotFoundError } from '@/lib/errors';
import { z } from 'zod';
import { staffCorrectAction, staffMilestoneAction } from '../actions';

export const metadata: Metadata = { title: 'Shipment (staff)' };

export default async function StaffShipmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireReviewer();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getShipment(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return <ShipmentDetail data={data} staff actions={{ milestone: staffMilestoneAction, correct: staffCorrectAction }} />;
}
