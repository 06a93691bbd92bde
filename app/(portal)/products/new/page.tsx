import type { Metadata } from 'next';
import Link from 'next/link';
import { CATEGORIES, type CategoryCode } from '@/lib/domain/export-rules';
import { requireCapability } from '@/lib/auth/guards';
import { createListingAction } from '../actions';
import { listingFormOptions } from '../form-options';
import { ListingForm } from '../listing-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'New listing' };

async function NewListingPage({ searchParams }: PageProps<'/products/new'>) {
  await requireCapability('listings:write');
  const { category } = await searchParams;
  const cat = CATEGORIES.find((c) => c.code === category)?.code as CategoryCode | undefined;
  if (!cat) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">New listing: what kind of product?</h1>
        <ul className="grid gap-4 sm:grid-cols-2">
          {CATEGORIES.map((c) => (
            <li key={c.code} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link href={`/products/new?category=${c.code}`} className="font-semibold">
                {c.label}
              </Link>
              <p className="text-sm text-stone-700">{c.description}</p>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New listing</h1>
      <ListingForm
        mode="create"
        {...listingFormOptions(cat)}
        initial={{ unit: 'case', minOrder: '1', stock: '0' }}
        initialChannels={[]}
        zhNeedsUpdate={false}
        locked={false}
        action={createListingAction}
      />
    </div>
  );
}

export default withBusinessFrame(NewListingPage);
