import 'server-only';
import { unstable_cache } from 'next/cache';
import { headers } from 'next/headers';
import { cache } from 'react';
import { expireLocally, publishInvalidation, tagVersion } from '@/lib/store-invalidation';
import { noteRenderTags, ownRenderKey, STORE_RENDER_HEADER } from '@/lib/store-page-cache';
import { getLatestExchangeRate } from '@/db/queries/exchange-rates';
import {
  getStoreListingId,
  getStoreProductById,
  getStoreSeller,
  listStoreListings,
  type StoreFilter,
} from '@/db/queries/store';

// Storefront reads go through Next's data cache (unstable_cache: `cacheComponents` is off in this app,
// so 'use cache' is not available). Pages stay dynamic (nonce CSP) but skip the database on a hit; the
// rendered pages themselves are kept by the proxy (lib/store-page-cache.ts), which expires them with the
// same tags: each read below notes its tags for the page being rendered.
//
// Invalidation is explicit: every change that alters what a shopper sees calls revalidateStore(), which
// expires tags at once by bumping their versions, part of every entry's key (lib/store-invalidation.ts;
// a render that read before the change stores under the old key, so it cannot bring stale data back).
// The TTL is only a safety net for a path that forgets to call it (or a change made by hand in SQL).
// Tag versions live in this process's memory; other instances hear of a change through PostgreSQL
// NOTIFY and expire the same tags.
//
// Tags: every entry has 'store'; lists (/store, seller pages) also 'store:lists'; a product page
// `listing:<id>`, a seller profile `seller:<slug>`. A product is cached by id (behind an immutable
// slug → id lookup) so one listing's change expires its own page and the lists, not 5M product pages.

const TTL_SECONDS = 60;

// Next persists this cache on disk across restarts, but the tag state above does not survive one: an
// entry written before a restart (or against another database, e.g. a re-seeded one) could be served
// for a whole TTL. A per-process boot id in every key confines the cache to this process's lifetime.
const BOOT_KEY = Symbol.for('heartland-gateway.store-cache-boot');
const boot: string = ((globalThis as Record<symbol, string | undefined>)[BOOT_KEY] ??= crypto.randomUUID());
const STORE = 'store';
const LISTS = 'store:lists';
const listingTag = (id: string) => `listing:${id}`;
const sellerTag = (slug: string) => `seller:${slug}`;

/**
 * A data-cache read whose tags are also noted for the page being rendered, when the proxy's page cache
 * (lib/store-page-cache.ts) asked for this render: the kept HTML expires with the same tags as its data.
 */
async function cached<T>(read: () => Promise<T>, keyParts: string[], tags: string[]): Promise<T> {
  try {
    noteRenderTags(ownRenderKey((await headers()).get(STORE_RENDER_HEADER)), tags);
  } catch {
    // Outside a request (scripts, tests): no page is being rendered.
  }
  // The tags' versions are part of the key: a change here or in another instance bumps them (Next's
  // revalidateTag could not be called for another instance's change: it needs a request in progress).
  return unstable_cache(read, [boot, ...keyParts, tags.map(tagVersion).join('.')], { tags, revalidate: TTL_SECONDS })();
}

export const getCachedStoreListings = (f: StoreFilter) =>
  cached(
    () => listStoreListings(f),
    ['store-list', f.category ?? '', f.state ?? '', f.q ?? '', f.cursor ?? '', f.businessId ?? ''],
    [STORE, LISTS],
  );

const productById = (id: string) =>
  cached(() => getStoreProductById(id), ['store-product', id], [STORE, listingTag(id)]);

// slug → id never changes for a listing, so it is held in process memory (a Map lookup instead of a data
// cache read per request); a stale entry (slug reused after a delete) is caught by the slug check below.
const SLUG_KEY = Symbol.for('heartland-gateway.store-slug-ids');
const slugIds: Map<string, string> = ((globalThis as Record<symbol, Map<string, string> | undefined>)[SLUG_KEY] ??=
  new Map());

/** Per request (React cache): generateMetadata and the page share one lookup. */
export const getCachedStoreProduct = cache(async (slug: string) => {
  let id = slugIds.get(slug) ?? null;
  if (!id) {
    id = await getStoreListingId(slug);
    if (id) {
      if (slugIds.size >= 200_000) slugIds.clear();
      slugIds.set(slug, id);
    }
  }
  const p = id ? await productById(id) : null;
  if (p?.slug === slug) return p;
  // Not live, or the slug now belongs to another listing: confirm the mapping without the cache.
  const fresh = await getStoreListingId(slug);
  if (fresh) slugIds.set(slug, fresh);
  return fresh && fresh !== id ? productById(fresh) : null;
});

export const getCachedStoreSeller = cache((slug: string) =>
  cached(() => getStoreSeller(slug), ['store-seller', slug], [STORE, sellerTag(slug)]),
);

export const getCachedExchangeRate = () => cached(() => getLatestExchangeRate(), ['store-rate'], [STORE]);

/**
 * Call after any change that alters what a shopper sees, from a server action or a route handler:
 * - `revalidateStore(listingId)`: a listing approved, changed while live (price, stock), delisted;
 * - `revalidateStore(undefined, businessSlug)` or `revalidateStore()`: a seller approved, suspended,
 *   reinstated or its profile edited (all its product pages change), or a new exchange rate.
 */
export function revalidateStore(listingId?: string, businessSlug?: string): void {
  const tags =
    listingId && !businessSlug
      ? [listingTag(listingId), LISTS]
      : [...(businessSlug ? [sellerTag(businessSlug)] : []), STORE];
  for (const tag of tags) expireLocally(tag);
  // Other instances hear it through PostgreSQL NOTIFY; the change is committed, so this need not wait.
  void publishInvalidation(tags);
}
