import type { Metadata } from 'next';
import { listShippableListings } from '@/db/queries/shipments';
import { requireBusiness } from '@/lib/auth/guards';
import { NewShipmentForm } from './new-shipment-form';

export const metadata: Metadata = { title: 'New shipment' };

export default async function NewShipmentPage() {
  const actor = await requireBusiness();
  const products = actor.businessId ? await listShippableListings(actor) : [];
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
