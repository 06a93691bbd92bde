import type { Metadata } from 'next';
import { listShippableListings } from '@/db/queries/shipments';
import { requireCapability } from '@/lib/auth/guards';
import { NewShipmentForm } from './new-shipment-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'New shipment' };

async function NewShipmentPage() {
  const actor = await requireCapability('shipments:write');
  const products = await listShippableListings(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New shipment</h1>
      {products.length === 0 ? (
        <p>You have no live products yet: a shipment is made of your live listings.</p>
      ) : (
        <NewShipmentForm products={products} />
      )}
    </div>
  );
}

export default withBusinessFrame(NewShipmentPage);
