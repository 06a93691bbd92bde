import 'server-only';
import { headers } from 'next/headers';
import { getLatestExchangeRate } from '@/db/queries/exchange-rates';
import {
  getStoreListingId,
  getStoreProductById,
  getStoreSeller,
  listStoreListings,
  type StoreFilter,
} from '@/db/queries/store';
import { LISTS, listingTag, listKind, sellerTag, STORE, type KeyKind } from './keys';
import { noteRenderTags, ownRenderKey, STORE_RENDER_HEADER } from './page-cache';
import { expiredSince, state, TTL_MS } from './state';

/**
 * A storefront read kept in this process's bounded memory under `key` with `tags`, which are also noted
 * for the page being rendered when the page cache asked for this render (the kept HTML expires with its
 * data). A value read while one of its tags expired is served but not kept; nothing empty is kept, so
 * addresses that do not exist cannot fill the cache.
 */
async function cached<T>(kind: KeyKind, key: string, tags: string[], read: () => Promise<T>): Promise<T> {
  try {
    noteRenderTags(ownRenderKey((await headers()).get(STORE_RENDER_HEADER)), tags);
  } catch {
    // Outside a request (scripts, tests): no page is being rendered.
  }
  const cache = state.data[kind];
  const hit = cache.get(key);
  if (hit !== undefined) return hit as T;
  const startedAt = state.generation;
  const value = await read();
  if (value != null && !expiredSince(tags, startedAt))
    cache.set(key, value, tags, Date.now() + TTL_MS, JSON.stringify(value).length * 2);
  return value;
}

export const getStoreListings = (f: StoreFilter) =>
  cached(
    f.businessId ? (f.cursor ? 'query' : 'browse') : listKind(f),
    JSON.stringify(['list', f.category ?? '', f.state ?? '', f.q ?? '', f.cursor ?? '', f.businessId ?? '']),
    [STORE, LISTS],
    () => listStoreListings(f),
  );

const productById = (id: string) =>
  cached('browse', `product:${id}`, [STORE, listingTag(id)], () => getStoreProductById(id));

export async function getStoreProduct(slug: string) {
  let id = state.slugIds.get(slug) ?? null;
  if (!id) {
    id = await getStoreListingId(slug);
    if (id) state.slugIds.set(slug, id, [], Number.MAX_SAFE_INTEGER, slug.length * 2 + 100);
  }
  const p = id ? await productById(id) : null;
  if (p?.slug === slug) return p;
  // Not live, or the slug now belongs to another listing: confirm the mapping without the cache.
  const fresh = await getStoreListingId(slug);
  if (fresh) state.slugIds.set(slug, fresh, [], Number.MAX_SAFE_INTEGER, slug.length * 2 + 100);
  return fresh && fresh !== id ? productById(fresh) : null;
}

export const getStoreSellerProfile = (slug: string) =>
  cached('browse', `seller:${slug}`, [STORE, sellerTag(slug)], () => getStoreSeller(slug));

export const getStoreExchangeRate = () => cached('browse', 'rate', [STORE], () => getLatestExchangeRate());
