import { describe, expect, it, vi } from 'vitest';
import { RULES_VERSION, type ProductSummary } from '@/lib/domain/export-rules';
import { GET } from './route';

// The route reads the rules in force from the database (lib/rules-cache.ts, tested in db/); here it gets the
// shipped rules, so the test pins the route's own behaviour.
vi.mock('@/lib/rules-cache', async () => {
  const { SEED_EXPORT_RULES } = await import('@/lib/domain/export-rules');
  return { getRules: async () => SEED_EXPORT_RULES };
});

const get = (query = '', headers: Record<string, string> = {}) =>
  GET(
    new Request(`http://localhost/api/v1/export-check/products${query}`, {
      headers: { 'x-forwarded-for': '203.0.113.9', ...headers },
    }),
  );

describe('GET /api/v1/export-check/products', () => {
  it('lists the whole catalogue with names in English and Chinese', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await res.json()) as { products: ProductSummary[]; rulesVersion: string };
    expect(body.rulesVersion).toBe(RULES_VERSION);
    expect(body.products.length).toBeGreaterThan(30);
    expect(body.products).toContainEqual({
      hs6: '220421',
      name: { en: 'Wine, still, bottled (≤ 2 L)', zh: '瓶装葡萄酒(≤2升)' },
      category: 'wine',
      assessed: true,
    });
  });

  it('searches by name and by HS prefix', async () => {
    const byName = (await (await get('?q=sweet%20cherr')).json()) as { products: ProductSummary[] };
    expect(byName.products.map((p) => p.hs6)).toEqual(['080929']);
    const byCode = (await (await get('?q=2204')).json()) as { products: ProductSummary[] };
    expect(byCode.products.every((p) => p.hs6.startsWith('2204'))).toBe(true);
    expect(byCode.products.length).toBe(4);
  });

  it('rejects an over-long search and answers 304 for a matching ETag', async () => {
    const bad = await get(`?q=${'x'.repeat(41)}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string> }).errors.q).toMatch(/at most 40 characters/);
    const etag = (await get('?q=wine')).headers.get('etag') ?? '';
    expect((await get('?q=wine', { 'if-none-match': etag })).status).toBe(304);
  });
});
