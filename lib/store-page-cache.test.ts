import { beforeEach, describe, expect, it } from 'vitest';
import {
  cachedPage,
  clearStorePageCache,
  expireStorePages,
  noteRenderTags,
  ownRenderKey,
  storePageCacheStats,
  withNonce,
  type Rendered,
} from './store-page-cache';

const NONCE_A = btoa('5b0c2f4e-8d7a-4c1b-9e3f-2a6d1c0b9e88');
const NONCE_B = btoa('0f9e8d7c-6b5a-4d3c-8b2a-1f0e9d8c7b6a');

/** A fake render: the page as Next would send it, noting `tags` as the store's data reads would. */
function renderer(
  opts: {
    tags?: string[];
    status?: number;
    csp?: string | null;
    contentType?: string;
    body?: string;
    onRender?: () => void;
    delayMs?: number;
  } = {},
) {
  let calls = 0;
  const render = async (token: string): Promise<Rendered> => {
    calls += 1;
    const key = ownRenderKey(token);
    noteRenderTags(key, opts.tags ?? ['store', 'listing:1']);
    opts.onRender?.();
    if (opts.delayMs !== 0) await new Promise((r) => setTimeout(r, opts.delayMs ?? 5));
    return {
      status: opts.status ?? 200,
      contentType: opts.contentType ?? 'text/html; charset=utf-8',
      csp: opts.csp === undefined ? `script-src 'self' 'nonce-${NONCE_A}' 'strict-dynamic'` : opts.csp,
      html:
        opts.body ??
        `<html><script nonce="${NONCE_A}">self.__next_f.push([1,"x"])</script><script nonce="${NONCE_A}" src="/a.js"></script><p>${calls}</p></html>`,
    };
  };
  return { render, calls: () => calls };
}

beforeEach(() => clearStorePageCache());

describe('store page cache', () => {
  it('renders a page once, then serves the kept copy with the new nonce in every place', async () => {
    const r = renderer();
    const first = await cachedPage('/store/products/a', r.render);
    expect(first?.hit).toBe(false);
    const second = await cachedPage('/store/products/a', r.render);
    expect(second?.hit).toBe(true);
    expect(r.calls()).toBe(1);
    const html = withNonce(second!.page, NONCE_B);
    expect(html).not.toContain(NONCE_A);
    expect(html.match(new RegExp(`nonce="${NONCE_B}"`, 'g'))).toHaveLength(2);
  });

  it('shares one render between concurrent requests for the same page', async () => {
    const r = renderer();
    const results = await Promise.all(Array.from({ length: 5 }, () => cachedPage('/store', r.render)));
    expect(r.calls()).toBe(1);
    expect(results.every((x) => x?.page.html === results[0]?.page.html)).toBe(true);
  });

  it('serves a 404 from its one render but never keeps it (a listing may go live at that address)', async () => {
    const r = renderer({ status: 404 });
    const first = await cachedPage('/store/products/not-yet', r.render);
    expect(first?.page.status).toBe(404);
    expect(first?.hit).toBe(false);
    expect((await cachedPage('/store/products/not-yet', r.render))?.hit).toBe(false);
    expect(r.calls()).toBe(2);
    expect(storePageCacheStats().entries).toBe(0);
  });

  it.each([
    ['a redirect', { status: 307 }],
    ['a page without a nonce in its CSP', { csp: "script-src 'self'" }],
    ['a response without CSP', { csp: null }],
    ['a non-HTML response', { contentType: 'application/json' }],
  ])('does not cache or serve %s: the caller renders it as usual', async (_name, opts) => {
    const r = renderer(opts);
    expect(await cachedPage('/store/products/gone', r.render)).toBeNull();
    expect(await cachedPage('/store/products/gone', r.render)).toBeNull();
    expect(r.calls()).toBe(2);
    expect(storePageCacheStats().entries).toBe(0);
  });

  it('serves but does not keep a page that read no tagged data (it could never be invalidated)', async () => {
    const r = renderer({ tags: [] });
    expect((await cachedPage('/store', r.render))?.hit).toBe(false);
    expect((await cachedPage('/store', r.render))?.hit).toBe(false);
    expect(r.calls()).toBe(2);
  });

  it('drops the pages that read an expired tag and keeps the others', async () => {
    const one = renderer({ tags: ['store', 'listing:1'] });
    const two = renderer({ tags: ['store', 'listing:2'] });
    await cachedPage('/store/products/one', one.render);
    await cachedPage('/store/products/two', two.render);
    expireStorePages('listing:1');
    expect((await cachedPage('/store/products/one', one.render))?.hit).toBe(false);
    expect((await cachedPage('/store/products/two', two.render))?.hit).toBe(true);
    expireStorePages('store');
    expect(storePageCacheStats().entries).toBe(0);
  });

  it('does not keep a page whose tag expired while it was rendering (it may show the old data)', async () => {
    const r = renderer({ tags: ['store', 'listing:7'], onRender: () => expireStorePages('listing:7') });
    expect((await cachedPage('/store/products/seven', r.render))?.hit).toBe(false);
    expect(storePageCacheStats().entries).toBe(0);
    // An expiry of another tag during the render does not stop it being kept.
    const other = renderer({ tags: ['store', 'listing:8'], onRender: () => expireStorePages('listing:9') });
    await cachedPage('/store/products/eight', other.render);
    expect((await cachedPage('/store/products/eight', other.render))?.hit).toBe(true);
  });

  it('expires a kept page after its time to live', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const r = renderer();
    await cachedPage('/store', r.render, clock);
    now += 59_000;
    expect((await cachedPage('/store', r.render, clock))?.hit).toBe(true);
    now += 2_000;
    expect((await cachedPage('/store', r.render, clock))?.hit).toBe(false);
    expect(r.calls()).toBe(2);
  });

  it('lets through only its own render requests, and only while they render', async () => {
    expect(ownRenderKey(null)).toBeNull();
    expect(ownRenderKey('forged.key')).toBeNull();
    let seen: string | null = null;
    let token = '';
    await cachedPage('/store', async (t) => {
      token = t;
      seen = ownRenderKey(t);
      expect(ownRenderKey(`wrong-secret.${t.split('.')[1]}`)).toBeNull();
      noteRenderTags(seen, ['store']);
      return { status: 200, contentType: 'text/html', csp: `'nonce-${NONCE_A}'`, html: 'x' };
    });
    expect(seen).toMatch(/^[0-9a-f-]{36}$/);
    expect(ownRenderKey(token)).toBeNull();
  });

  it('evicts the least recently used page beyond 5,000 pages', async () => {
    for (let i = 0; i < 5_001; i++) await cachedPage(`/store?page=${i}`, renderer({ body: 'x', delayMs: 0 }).render);
    expect(storePageCacheStats().entries).toBe(5_000);
    const probe = renderer({ body: 'x', delayMs: 0 });
    expect((await cachedPage('/store?page=0', probe.render))?.hit).toBe(false);
    expect((await cachedPage('/store?page=5000', probe.render))?.hit).toBe(true);
  });
});
