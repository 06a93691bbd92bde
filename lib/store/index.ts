import { cache } from 'react';
import type { StoreFilter } from '@/db/queries/store';
import { env } from '@/lib/env';
import { LISTS, listingTag, RULES, STORE } from './keys';
import { expireLocally, onExpire } from './state';

// The storefront cache: rendered pages and the data they read, kept in bounded memory and expired by the
// data layer when a change is committed. Why and how: docs/storefront-cache.md. This file is the module's
// only entry point. Parts that reach the database load lazily, so the proxy, which imports this file for
// the page cache, does not evaluate the data layer.

export { offerFor, type Offer } from './offer';
export { isOwnStoreRender, isStorePath, storePageResponse } from './serve';
export { STORE_RENDER_HEADER } from './page-cache';

/** Runs `drop` when the export rules change, here or (announced) in another instance. */
export const onRulesChanged = (drop: () => void) => onExpire(RULES, drop);

const reads = () => import('./reads');

/** One page of live listings (the storefront, a seller's page). */
export const getStoreListings = async (f: StoreFilter) => (await reads()).getStoreListings(f);
/** A live product by its slug; per request, generateMetadata and the page share one lookup. */
export const getStoreProduct = cache(async (slug: string) => (await reads()).getStoreProduct(slug));
/** An approved seller's public profile. */
export const getStoreSeller = cache(async (slug: string) => (await reads()).getStoreSellerProfile(slug));
export const getStoreExchangeRate = async () => (await reads()).getStoreExchangeRate();

/**
 * What changed on the storefront, announced by the data layer after the change is committed:
 * `listings` went live, changed while live (price, stock) or left; `all` for a seller's approval,
 * suspension or reinstatement and a new exchange rate; `rules` for a new export-rules version (every
 * offer and tax may change).
 */
export type StoreChange = { listings: readonly string[] } | 'all' | 'rules';

export function storeTagsFor(change: StoreChange): string[] {
  if (change === 'all') return [STORE];
  if (change === 'rules') return [RULES, STORE];
  return change.listings.length ? [...change.listings.map(listingTag), LISTS] : [];
}

/**
 * Expires what `change` touched here at once and tells the other instances sharing PostgreSQL (NOTIFY);
 * an embedded PGlite database belongs to this process alone.
 */
export function announceStoreChange(change: StoreChange): void {
  const tags = storeTagsFor(change);
  if (!tags.length) return;
  for (const tag of tags) expireLocally(tag);
  if (env().DATABASE_URL) void import('./notify').then((n) => n.publishInvalidation(tags));
}

/** Hears the other instances' announcements (once per process). */
export async function listenForStoreChanges() {
  return (await import('./notify')).listenForInvalidations();
}
