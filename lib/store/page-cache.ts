import type { KeyKind } from './keys';
import { expiredSince, state, TTL_MS, type CachedPage } from './state';

export const STORE_RENDER_HEADER = 'x-hg-store-render';

export type Rendered = { status: number; html: string; csp: string | null; contentType: string | null };

/** The stored HTML with the nonce it was rendered with replaced by this response's nonce. */
export function withNonce(page: CachedPage, nonce: string): string {
  return page.html.replaceAll(page.nonce, nonce);
}

/**
 * The page for `key` from the cache, or rendered once by `render` (concurrent misses share one render)
 * and kept when it is a 200 HTML page with a nonce that read tagged data, none of which expired while it
 * rendered. A 404 is served from its render but never kept (a listing may go live under that address).
 * Null when the response cannot be served this way (error, redirect): Next renders it as usual.
 */
export async function cachedPage(
  key: string,
  kind: KeyKind,
  render: (renderToken: string) => Promise<Rendered>,
  now = Date.now,
): Promise<{ page: CachedPage; hit: boolean } | null> {
  const hit = state.pages[kind].get(key, now());
  if (hit) return { page: hit, hit: true };
  let pending = state.inflight.get(key);
  if (!pending) {
    pending = renderAndKeep(key, kind, render, now).finally(() => state.inflight.delete(key));
    state.inflight.set(key, pending);
  }
  const page = await pending;
  return page ? { page, hit: false } : null;
}

async function renderAndKeep(
  key: string,
  kind: KeyKind,
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
    const page: CachedPage = { status: r.status, html: r.html, nonce };
    // A page that read no tagged data could never be invalidated: it is served, not kept.
    if (r.status === 200 && tags.length && !expiredSince(tags, startedAt))
      state.pages[kind].set(key, page, tags, now() + TTL_MS, r.html.length * 2);
    return page;
  } catch {
    return null;
  } finally {
    state.renders.delete(renderKey);
  }
}

/** The render key of a request the cache itself made, or null (a missing or forged header). */
export function ownRenderKey(headerValue: string | null): string | null {
  if (!headerValue) return null;
  const [secret, renderKey] = headerValue.split('.');
  return secret === state.secret && renderKey && state.renders.has(renderKey) ? renderKey : null;
}

/** Called while rendering: the tags this render read (ignored outside one of the cache's own renders). */
export function noteRenderTags(renderKey: string | null, tags: readonly string[]) {
  const set = renderKey ? state.renders.get(renderKey) : undefined;
  if (set) for (const t of tags) set.add(t);
}
