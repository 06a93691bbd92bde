import { beforeEach, describe, expect, it } from 'vitest';
import { cachedPage, noteRenderTags, ownRenderKey, withNonce, type Rendered } from './page-cache';
import { clearStoreCaches, expireLocally, storeCacheStats } from './state';

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

beforeEach(() => clearStoreCaches());

describe('store page cache', () => {
  it('renders a page once, then serves the kept copy with the new nonce in every place', async () => {
    const r = renderer();
    const first = await cachedPage('/store/products/a', 'browse', r.render);
    expect(first?.hit).toBe(false);
    const second = await cachedPage('/store/products/a', 'browse', r.render);
    expect(second?.hit).toBe(true);
    expect(r.calls()).toBe(1);
    const html = withNonce(second!.page, NONCE_B);
    expect(html).not.toContain(NONCE_A);
    expect(html.match(new RegExp(`nonce="${NONCE_B}"`, 'g'))).toHaveLength(2);
  });

  it('shares one render between concurrent requests for the same page', async () => {
    const r = renderer();
    const results = await Promise.all(Array.from({ length: 5 }, () => cachedPage('/store', 'browse', r.render)));
    expect(r.calls()).toBe(1);
    expect(results.every((x) => x?.page.html === results[0]?.page.html)).toBe(true);
  });

  it('serves a 404 from its one render but never keeps it (a listing may go live at that address)', async () => {
    const r = renderer({ status: 404 });
    const first = await cachedPage('/store/products/not-yet', 'browse', r.render);
    expect(first?.page.status).toBe(404);
    expect(first?.hit).toBe(false);
    expect((await cachedPage('/store/products/not-yet', 'browse', r.render))?.hit).toBe(false);
    expect(r.calls()).toBe(2);
    expect(storeCacheStats().pages.entries).toBe(0);
  });

  it.each([
    ['a redirect', { status: 307 }],
    ['a page without a nonce in its CSP', { csp: "script-src 'self'" }],
    ['a response without CSP', { csp: null }],
    ['a non-HTML response', { contentType: 'application/json' }],
  ])('does not cache or serve %s: the caller renders it as usual', async (_name, opts) => {
    const r = renderer(opts);
    expect(await cachedPage('/store/products/gone', 'browse', r.render)).toBeNull();
    expect(await cachedPage('/store/products/gone', 'browse', r.render)).toBeNull();
    expect(r.calls()).toBe(2);
    expect(storeCacheStats().pages.entries).toBe(0);
  });

  it('serves but does not keep a page that read no tagged data (it could never be invalidated)', async () => {
    const r = renderer({ tags: [] });
    expect((await cachedPage('/store', 'browse', r.render))?.hit).toBe(false);
    expect((await cachedPage('/store', 'browse', r.render))?.hit).toBe(false);
    expect(r.calls()).toBe(2);
  });

  it('drops the pages that read an expired tag and keeps the others', async () => {
    const one = renderer({ tags: ['store', 'listing:1'] });
    const two = renderer({ tags: ['store', 'listing:2'] });
    await cachedPage('/store/products/one', 'browse', one.render);
    await cachedPage('/store/products/two', 'browse', two.render);
    expireLocally('listing:1');
    expect((await cachedPage('/store/products/one', 'browse', one.render))?.hit).toBe(false);
    expect((await cachedPage('/store/products/two', 'browse', two.render))?.hit).toBe(true);
    expireLocally('store');
    expect(storeCacheStats().pages.entries).toBe(0);
  });

  it('does not keep a page whose tag expired while it was rendering (it may show the old data)', async () => {
    const r = renderer({ tags: ['store', 'listing:7'], onRender: () => expireLocally('listing:7') });
    expect((await cachedPage('/store/products/seven', 'browse', r.render))?.hit).toBe(false);
    expect(storeCacheStats().pages.entries).toBe(0);
    // An expiry of another tag during the render does not stop it being kept.
    const other = renderer({ tags: ['store', 'listing:8'], onRender: () => expireLocally('listing:9') });
    await cachedPage('/store/products/eight', 'browse', other.render);
    expect((await cachedPage('/store/products/eight', 'browse', other.render))?.hit).toBe(true);
  });

  it('expires a kept page after its time to live', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const r = renderer();
    await cachedPage('/store', 'browse', r.render, clock);
    now += 59_000;
    expect((await cachedPage('/store', 'browse', r.render, clock))?.hit).toBe(true);
    now += 2_000;
    expect((await cachedPage('/store', 'browse', r.render, clock))?.hit).toBe(false);
    expect(r.calls()).toBe(2);
  });

  it('lets through only its own render requests, and only while they render', async () => {
    expect(ownRenderKey(null)).toBeNull();
    expect(ownRenderKey('forged.key')).toBeNull();
    let seen: string | null = null;
    let token = '';
    await cachedPage('/store', 'browse', async (t) => {
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
    const r = renderer({ body: 'x', delayMs: 0 });
    for (let i = 0; i < 5_001; i++) await cachedPage(`/store/products/p${i}`, 'browse', r.render);
    expect(storeCacheStats().pages.entries).toBe(5_000);
    expect((await cachedPage('/store/products/p0', 'browse', r.render))?.hit).toBe(false);
    expect((await cachedPage('/store/products/p5000', 'browse', r.render))?.hit).toBe(true);
  });

  it('keeps pages a visitor can vary freely (search, cursors) apart, so a flood of them cannot evict the catalogue', async () => {
    const r = renderer({ body: 'x', delayMs: 0 });
    await cachedPage('/store/products/kept', 'browse', r.render);
    for (let i = 0; i < 2_000; i++) await cachedPage(`/store?q=flood${i}`, 'query', r.render);
    expect(storeCacheStats().pages.entries).toBe(501);
    expect((await cachedPage('/store/products/kept', 'browse', r.render))?.hit).toBe(true);
    expect((await cachedPage('/store?q=flood1999', 'query', r.render))?.hit).toBe(true);
    expect((await cachedPage('/store?q=flood0', 'query', r.render))?.hit).toBe(false);
  });
});
