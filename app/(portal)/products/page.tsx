import type { Metadata } from 'next';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { getMyApplication } from '@/db/queries/applications';
import { getExpiryFlags } from '@/db/queries/expiry-flags';
import { listMyListings } from '@/db/queries/listings';
import { requireBusiness } from '@/lib/auth/guards';
import { diffContent } from '@/lib/domain/listing-content';
import { LISTING_STATUS_LABELS } from '@/lib/domain/listing-status';
import { formatCents } from '@/lib/domain/pricing';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Your products' };

async function ProductsPage({ searchParams }: PageProps<'/products'>) {
  const { imported } = await searchParams;
  const actor = await requireBusiness();
  const [app, rows, flags] = await Promise.all([getMyApplication(actor), listMyListings(actor), getExpiryFlags(actor)]);
  // Live listings that need a registration that has expired.
  const expiredFor = new Map<string, string[]>();
  for (const f of flags) for (const l of f.listings) expiredFor.set(l.id, [...(expiredFor.get(l.id) ?? []), f.number]);
  const approved = app?.application.status === 'approved';
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your products</h1>
        {approved && can(actor, 'listings:write') ? (
          <div className="flex gap-3">
            <Link href="/products/import" className={`${buttonClass('secondary')} no-underline`}>
              Import from CSV
            </Link>
            <Link href="/products/new" className={`${buttonClass()} no-underline`}>
              New listing
            </Link>
          </div>
        ) : null}
      </div>
      {typeof imported === 'string' ? (
        <Alert tone="success">
          Imported {imported} listing{imported === '1' ? '' : 's'} as drafts. Add Chinese text where missing, then
          submit each for review.
        </Alert>
      ) : null}
      {!approved ? (
        <Alert tone="info">
          You can list products once your application is approved. <Link href="/onboarding">See your application</Link>.
        </Alert>
      ) : null}
      {rows.length === 0 && approved ? <p>No listings yet. Create one, or import several from a spreadsheet.</p> : null}
      <ul className="space-y-3">
        {rows.map((l) => {
          const pending = l.published ? diffContent(l.published, l.content).length > 0 : false;
          return (
            <li
              key={l.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4"
            >
              <div>
                <Link href={`/products/${l.id}`} className="font-semibold">
                  {l.content.titleEn}
                </Link>
                <p className="text-sm text-stone-600">
                  USD {formatCents(l.priceUsdCents)} · stock {l.stock} · {LISTING_STATUS_LABELS[l.status]}
                  {l.live ? ' · live on the storefront' : ''}
                  {pending ? ' · has changes not yet live' : ''}
                </p>
                {expiredFor.has(l.id) ? (
                  <p className="text-sm font-medium text-red-800">
                    Needs registration {expiredFor.get(l.id)!.join(', ')}, which has expired.{' '}
                    <Link href="/registrations">Renew it</Link>
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default withBusinessFrame(ProductsPage);
