import { BoundedCache } from './bounded-cache';
import type { KeyKind } from './keys';

// The proxy and the app's server code are separate bundles in one process (as are pages and route
// handlers), so everything the cache remembers lives on globalThis, created once by whichever loads first.

/** How long anything is kept: the safety net for a change nobody announced (an edit made by hand in SQL). */
export const TTL_MS = 60_000;
const MAX_EXPIRED_TAGS = 50_000;

export type CachedPage = { status: number; html: string; nonce: string };

type State = {
  secret: string;
  instanceId: string;
  pages: Record<KeyKind, BoundedCache<CachedPage>>;
  data: Record<KeyKind, BoundedCache<unknown>>;
  /** Storefront slug → listing id (fixed for a listing's life). */
  slugIds: BoundedCache<string>;
  inflight: Map<string, Promise<CachedPage | null>>;
  /** Render key → the tags that render read. */
  renders: Map<string, Set<string>>;
  /** Counts expiries; `expiredAt` records the count at each tag's last expiry. */
  generation: number;
  expiredAt: Map<string, number>;
  /** Generation at which `expiredAt` was last emptied (anything read before then is not kept). */
  forgottenAt: number;
  /** Other in-memory caches that expire with a tag (the export rules with RULES). */
  listeners: Map<string, Set<() => void>>;
  /** Where this process's HTTP server listens, for the page cache's own renders. */
  origin?: string | null;
  stopListening?: Promise<(() => Promise<void>) | null>;
};

const KEY = Symbol.for('heartland-gateway.store');
const g = globalThis as unknown as Record<symbol, State | undefined>;
export const state: State = (g[KEY] ??= {
  secret: crypto.randomUUID(),
  instanceId: crypto.randomUUID(),
  pages: { browse: new BoundedCache(5_000, 64 * 1024 * 1024), query: new BoundedCache(500, 8 * 1024 * 1024) },
  data: { browse: new BoundedCache(5_000, 32 * 1024 * 1024), query: new BoundedCache(500, 4 * 1024 * 1024) },
  slugIds: new BoundedCache(200_000, 32 * 1024 * 1024),
  inflight: new Map(),
  renders: new Map(),
  generation: 0,
  expiredAt: new Map(),
  forgottenAt: 0,
  listeners: new Map(),
});

const caches = () => [state.pages.browse, state.pages.query, state.data.browse, state.data.query];

/** True when one of `tags` expired after `generation` was read (so a value read then may be stale). */
export function expiredSince(tags: readonly string[], generation: number): boolean {
  if (state.forgottenAt > generation) return true;
  return tags.some((t) => (state.expiredAt.get(t) ?? -1) > generation);
}

/** The generation of `tag`'s last expiry in this process, or -1. */
export function lastExpiry(tag: string): number {
  return state.expiredAt.get(tag) ?? -1;
}

/** Expires `tag` in this process: kept pages and data that read it, a read in flight, other listening caches. */
export function expireLocally(tag: string) {
  state.generation += 1;
  if (state.expiredAt.size >= MAX_EXPIRED_TAGS) {
    state.expiredAt.clear();
    state.forgottenAt = state.generation;
  }
  state.expiredAt.set(tag, state.generation);
  for (const c of caches()) c.dropTag(tag);
  for (const drop of state.listeners.get(tag) ?? []) drop();
}

/** Runs `drop` whenever `tag` expires here, by a change in this instance or another's announcement. */
export function onExpire(tag: string, drop: () => void) {
  const set = state.listeners.get(tag) ?? new Set();
  set.add(drop);
  state.listeners.set(tag, set);
}

/** For tests and the benchmark's report. */
export function storeCacheStats() {
  const sum = (a: { entries: number; bytes: number }, b: { entries: number; bytes: number }) => ({
    entries: a.entries + b.entries,
    bytes: a.bytes + b.bytes,
  });
  return {
    pages: sum(state.pages.browse.stats(), state.pages.query.stats()),
    data: sum(state.data.browse.stats(), state.data.query.stats()),
  };
}

export function clearStoreCaches() {
  for (const c of caches()) c.clear();
  state.slugIds.clear();
}
