import { describe, expect, it, vi } from 'vitest';
import { RULES_VERSION, type ExportCheck } from '@/lib/domain/export-rules';
import { GET } from './route';

// These requests stand for a client behind one trusted proxy, which writes the client's address into
// X-Forwarded-For (without a proxy, the connection's address is the client and the header is ignored).
vi.hoisted(() => vi.stubEnv('TRUSTED_PROXY_HOPS', '1'));

// The route reads the rules in force from the database (lib/rules-cache.ts, tested in db/); here it gets the
// shipped rules, so the test pins the route's own behaviour.
vi.mock('@/lib/rules-cache', async () => {
  const { SEED_EXPORT_RULES } = await import('@/lib/domain/export-rules');
  return { getRules: async () => SEED_EXPORT_RULES };
});

type Body = ExportCheck & { sources: Record<string, { title: string; url: string | null }> };

let ipCounter = 0;
/** A fresh client address per request unless given, so the shared per-IP limiter never interferes. */
function get(query: string, headers: Record<string, string> = {}) {
  ipCounter += 1;
  return GET(
    new Request(`http://localhost/api/v1/export-check?${query}`, {
      headers: { 'x-forwarded-for': `192.0.2.${ipCounter % 250}`, ...headers },
    }),
  );
}

describe('GET /api/v1/export-check', () => {
  it('answers the issue example: sweet cherries from Michigan by direct mail are blocked, with sources', async () => {
    const res = await get(
      'hs=080929&state=MI&channel=cbec_direct&price_cny=300&quantity=1&value_usd=2000&date=2026-11-25',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^W\/"2026-03-18\.2-[\w-]+"$/);
    const body = (await res.json()) as Body;
    expect(body.rulesVersion).toBe(RULES_VERSION);
    expect(body.query).toMatchObject({
      hs: '080929',
      hs6: '080929',
      state: 'MI',
      channels: ['cbec_direct'],
      priceCny: '300.00',
      valueUsd: '2000.00',
      date: '2026-11-25',
    });
    expect(body.product).toEqual({
      hs6: '080929',
      name: { en: 'Sweet cherries, fresh', zh: '鲜甜樱桃' },
      category: 'fresh_fruit',
      assessed: true,
    });
    expect(body.origin).toMatchObject({ state: 'MI', midwest: true });
    expect(body.results).toHaveLength(1);
    const [direct] = body.results;
    expect(direct?.eligible).toBe(false);
    expect(direct?.blockers.map((b) => b.code)).toEqual(['no_market_access', 'fresh_requires_bonded']);
    expect(direct?.tax).toBeNull();
    expect(body.sources.S40).toMatchObject({ kind: 'secondary' });
    expect(body.sources.S40?.url).toMatch(/^https:\/\/www\.freshfruitportal\.com\//);
    // What a Michigan grower may sell instead, each with its source.
    expect(body.alternatives.map((a) => a.hs6).sort()).toEqual(['080810', '081040']);
    expect(direct?.status).toBe('blocked');
    // value_usd 2,000 is under the USD 2,500 EEI threshold (15 CFR 30.37(a)).
    expect(direct?.requirements.map((r) => r.code)).not.toContain('eei_filing');
  });

  it('returns all three channels in order without a channel, and the worked tax examples', async () => {
    const wine = (await (await get('hs=2204.21.0000&state=ca&price_cny=600&date=2026-11-25')).json()) as Body;
    expect(wine.results.map((r) => r.channel)).toEqual(['general_trade', 'cbec_bonded', 'cbec_direct']);
    expect(wine.query.hs).toBe('2204210000');
    expect(wine.query.state).toBe('CA');
    const bonded = wine.results.find((r) => r.channel === 'cbec_bonded');
    expect(bonded?.tax).toMatchObject({
      basis: 'cbec_composite',
      rate: '0.1789',
      amountCny: '107.33',
      withinLimits: true,
    });

    const apparel = (await (
      await get('hs=610910&state=MN&channel=cbec_direct&price_cny=500&date=2026-11-25')
    ).json()) as Body;
    expect(apparel.results[0]?.tax?.amountCny).toBe('45.50');
  });

  it('adds the EEI filing requirement over USD 2,500', async () => {
    const body = (await (
      await get('hs=220421&state=WI&channel=general_trade&value_usd=2500.01&date=2026-11-25')
    ).json()) as Body;
    expect(body.results[0]?.requirements.map((r) => r.code)).toContain('eei_filing');
  });

  it('names every bad parameter at once', async () => {
    const res = await get('hs=999999&state=XX&channel=by_boat&price_cny=-5&quantity=0&value_usd=abc&date=2026-02-30');
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).toEqual([
      'channel',
      'date',
      'hs',
      'price_cny',
      'quantity',
      'state',
      'value_usd',
    ]);
    expect(errors.hs).toMatch(/HS code 999999 is not in the product catalogue/);
    expect(errors.state).toMatch(/State must be a two-letter US state code/);
    expect(errors.channel).toMatch(/general_trade, cbec_bonded, cbec_direct/);
    expect(errors.price_cny).toBe('Price in CNY must not be negative.');
    expect(errors.quantity).toMatch(/Quantity must be a whole number/);
    expect(errors.value_usd).toMatch(/Value in USD must be a number/);
    expect(errors.date).toMatch(/real calendar date/);
  });

  it.each([
    ['', { hs: /HS code is required/, state: /State is required/ }],
    ['hs=12&state=MI', { hs: /6, 8, 10 or 13 digits/ }],
    ['hs=080929&state=MI&price_cny=12.345', { price_cny: /at most 2 decimals/ }],
    ['hs=080929&state=MI&price_cny=1e3', { price_cny: /must be a number/ }],
    ['hs=080929&state=MI&price_cny=99999999', { price_cny: /at most 10,000,000/ }],
    ['hs=080929&state=MI&quantity=1.5', { quantity: /whole number/ }],
    ['hs=080929&state=MI&date=2015-01-01', { date: /on or after 2016-04-08/ }],
    ['hs=080929&state=MI&date=25/11/2026', { date: /YYYY-MM-DD/ }],
  ])('400 for %s', async (query, expected) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).toEqual(Object.keys(expected).sort());
    for (const [param, pattern] of Object.entries(expected)) expect(errors[param]).toMatch(pattern);
  });

  it('treats empty optional parameters (as a plain form submits them) as absent', async () => {
    const res = await get('hs=080810&state=WA&channel=&price_cny=&quantity=&value_usd=&date=2026-11-25');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.results).toHaveLength(3);
    expect(body.results.every((r) => r.tax === null)).toBe(true);
  });

  it('answers 304 to If-None-Match with the same ETag, 200 when the query differs', async () => {
    const query = 'hs=080929&state=WA&channel=cbec_bonded&price_cny=300&date=2026-11-25';
    const first = await get(query);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get(query, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    // Same answer spelled differently shares the ETag; a different price does not.
    const sameQuery = await get('hs=080929&state=wa&channel=cbec_bonded&price_cny=300.00&date=2026-11-25', {
      'if-none-match': `"x", ${etag}`,
    });
    expect(sameQuery.status).toBe(304);
    const other = await get('hs=080929&state=WA&channel=cbec_bonded&price_cny=301&date=2026-11-25', {
      'if-none-match': etag ?? '',
    });
    expect(other.status).toBe(200);
  });

  it('limits each client address to 120 requests a minute, with Retry-After', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.77' };
    for (let i = 0; i < 120; i += 1) {
      const ok = await get('hs=080929&state=MI', headers);
      expect(ok.status).toBe(200);
    }
    const limited = await get('hs=080929&state=MI', headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as { errors: Record<string, string> }).errors.rate).toMatch(
      /at most 120 per minute/,
    );
    // Another address is unaffected.
    expect((await get('hs=080929&state=MI', { 'x-forwarded-for': '198.51.100.78' })).status).toBe(200);
  });
});
