import 'server-only';
import { revalidateTag } from 'next/cache';

/** Drops cached storefront pages after a listing or seller changes, so it disappears within seconds (expire now, not stale-while-revalidate). */
export function revalidateStore(listingId?: string, businessSlug?: string) {
  revalidateTag('store', { expire: 0 });
  if (listingId) revalidateTag(`listing:${listingId}`, { expire: 0 });
  if (businessSlug) revalidateTag(`seller:${businessSlug}`, { expire: 0 });
}
