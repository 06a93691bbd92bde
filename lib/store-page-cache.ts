// Rendered storefront pages, kept in this process's memory and served again with a fresh nonce.
//
// Why: every page of this app renders per request because the CSP carries a per-request nonce, so a
// static/ISR storefront page is impossible without 'unsafe-inline' (bench/STORE.md). The proxy keeps the
// HTML of a rendered /store page, and on the next request swaps the nonce the page was rendered with for
// the new request's nonce (a nonce is a random UUID, 122 random bits: it cannot occur by chance in a page, and a
// shopper's text cannot contain it because it is chosen after the text was written). Each response still
// has its own nonce; only the rendering is shared.
//
// Invalidation: a page remembers the data-cache tags its render read (lib/store-cache.ts notes them);
// revalidateStore() drops every page holding an expired tag at once, and a page rendered while one of its
// tags expired is not kept. Other instances hear of a change through PostgreSQL NOTIFY
// (lib/store-invalidation.ts); TTL_MS, the same 60 s as the data cache's, bounds what one that missed the
// announcement can serve.
//
// Module state lives on globalThis: proxy.ts and the app's server code are separate bundles in one process.

export const STORE_RENDER_HEADER = 'x-hg-store-render';

const TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_EXPIRED_TAGS = 50_000;

export type CachedPage = { status: number; html: string; nonce: string; tags: string[]; expires: number };

type State = {
  secret: string;
  entries: Map<string, CachedPage>;
  bytes: number;
  inflight: Map<string, Promise<CachedPage | null>>;
  /** Render key → the data-cache tags that render read. */
  renders: Map<string, Set<string>>;
  /** Counts expiries; `expiredAt` records the count at each tag's last expiry. */
  generation: number;
  expiredAt: Map<string, number>;
  /** Generation at which `expiredAt` was last emptied (renders older than that are not kept). */
  forgottenAt: number;
};

const KEY = Symbol.for('heartland-gateway.store-page-cache');
const g = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (g[KEY] ??= {
  secret: crypto.randomUUID(),
  entries: new Map(),
  bytes: 0,
  inflight: new Map(),
  renders: new Map(),
  generation: 0,
  expiredAt: new Map(),
  forgottenAt: 0,
});

const size = (p: CachedPage) => p.html.length * 2;

function remove(key: string) {
  const p = state.entries.get(key);
  if (!p) return;
  state.entries.delete(key);
  state.bytes -= size(p);
}

function put(key: string, page: CachedPage) {
  remove(key);
  if (size(page) > MAX_BYTES / 8) return;
  state.entries.set(key, page);
  state.bytes += size(page);
  // Map order is insertion order: the first key is the least recently used.
  for (const oldest of state.entries.keys()) {
    if (state.entries.size <= MAX_ENTRIES && state.bytes <= MAX_BYTES) break;
    remove(oldest);
  }
}

/** The cached page for `key`, if fresh; a hit moves it to the back of the LRU order. */
export function getCachedPage(key: string, now = Date.now()): CachedPage | null {
  const p = state.entries.get(key);
  if (!p) return null;
  if (p.expires <= now) {
    remove(key);
    return null;
  }
  state.entries.delete(key);
  state.entries.set(key, p);
  return p;
}

/** The stored HTML with the nonce it was rendered with replaced by this response's nonce. */
export function withNonce(page: CachedPage, nonce: string): string {
  return page.html.replaceAll(page.nonce, nonce);
}

export type Rendered = { status: number; html: string; csp: string | null; contentType: string | null };

/**
 * The page for `key` from the cache, or rendered once by `render` (concurrent misses share one render)
 * and kept when it is a 200 HTML page with a nonce and none of its tags expired while it rendered. A 404
 * page is served from its render but never kept (a listing may go live under that address). Null when the
 * response cannot be served this way (error, redirect): the caller lets Next render it as usual.
 */
export async function cachedPage(
  key: string,
  render: (renderToken: string) => Promise<Rendered>,
  now = Date.now,
): Promise<{ page: CachedPage; hit: boolean } | null> {
  const hit = getCachedPage(key, now());
  if (hit) return { page: hit, hit: true };
  let pending = state.inflight.get(key);
  if (!pending) {
    pending = renderAndKeep(key, render, now).finally(() => state.inflight.delete(key));
    state.inflight.set(key, pending);
  }
  const page = await pending;
  return page ? { page, hit: false } : null;
}

async function renderAndKeep(
  key: string,
  render: (renderToken: string) => Promise<Rendered>,
  now: () => number,
): Promise<CachedPage | null> {
  const renderKey = crypto.randomUUID();
  const startedAt = state.generation;
  state.renders.set(renderKey, new Set());
  try {
    const r = await render(`${state.secret}.${renderKey}`);
    if ((r.status !== 200 && r.status !== 404) || !r.contentType?.startsWith('text/html')) return null;
    const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(r.csp ?? '')?.[1];
    if (!nonce) return null;
    const tags = [...(state.renders.get(renderKey) ?? [])];
    const page: CachedPage = { status: r.status, html: r.html, nonce, tags, expires: now() + TTL_MS };
    // A page that read no tagged data could never be invalidated: it is served, not kept.
    if (r.status === 200 && tags.length && !expiredSince(tags, startedAt)) put(key, page);
    return page;
  } catch {
    return null;
  } finally {
    state.renders.delete(renderKey);
  }
}

function expiredSince(tags: string[], generation: number): boolean {
  if (state.forgottenAt > generation) return true;
  return tags.some((t) => (state.expiredAt.get(t) ?? -1) > generation);
}

/** The render key of a request the cache itself made, or null (a missing or forged header). */
export function ownRenderKey(headerValue: string | null): string | null {
  if (!headerValue) return null;
  const [secret, renderKey] = headerValue.split('.');
  return secret === state.secret && renderKey && state.renders.has(renderKey) ? renderKey : null;
}

/** Called while rendering: the data-cache tags this render read (ignored outside a cache render). */
export function noteRenderTags(renderKey: string | null, tags: readonly string[]) {
  const set = renderKey ? state.renders.get(renderKey) : undefined;
  if (set) for (const t of tags) set.add(t);
}

/** Drops every cached page that read `tag`; a render in flight that read it will not be kept. */
export function expireStorePages(tag: string) {
  state.generation += 1;
  if (state.expiredAt.size >= MAX_EXPIRED_TAGS) {
    state.expiredAt.clear();
    state.forgottenAt = state.generation;
  }
  state.expiredAt.set(tag, state.generation);
  for (const [key, page] of state.entries) if (page.tags.includes(tag)) remove(key);
}

/** For tests and the benchmark's report. */
export function storePageCacheStats() {
  return { entries: state.entries.size, bytes: state.bytes };
}

export function clearStorePageCache() {
  state.entries.clear();
  state.bytes = 0;
}
