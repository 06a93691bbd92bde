import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { businesses, shipments, users } from '../schema';
import { facetTokens } from '@/lib/domain/shipment-facets';
import { listShipments } from './shipments-list';

// listShipments reads a state, category or pair that few shipments hold through the facets GIN index and
// sorts (bench/SHIPMENTS.md); with statistics (ANALYZE) that path must return the same pages as the
// ordered walk. Searches are ordered by reference (newest first) or buyer (A–Z, then newest reference).

setTestEnv({ uploads: 'ship-list-uploads' });
const { conn } = withTestDatabase();

let reviewer: Actor;
const expected = new Map<string, { id: string; at: number }[]>();
type Inserted = {
  id: string;
  at: Date;
  states: string[];
  categories: string[];
  channel: string;
  searchText: string;
  buyerName: string;
};
let all: Inserted[] = [];
const BUYERS = ['Wuhan Riverside Imports', 'wuhan lakeside trading', 'Beijing 100% Foods', 'Wuhan_Port Co'];

beforeAll(async () => {
  const db = conn().db;
  const [b] = await db
    .insert(businesses)
    .values({ slug: 'ship-list-biz', legalName: 'Ship List LLC', state: 'MI' })
    .returning();
  const [u] = await db
    .insert(users)
    .values({
      email: 'ship-list-rev@heartland.example',
      name: 'Rev',
      passwordHash: 'x',
      role: 'reviewer',
      emailVerifiedAt: new Date(),
    })
    .returning();
  reviewer = await actorOf(u!.id);
  const base = Date.UTC(2026, 0, 1);
  // 1,500 shipments: MI/wine, except 2 from VT with apparel (0.13 %, under the 0.2 % of the rare path);
  // several share a timestamp (ties broken by id). A third go by CBEC bonded, never with apparel.
  const rows = Array.from({ length: 1500 }, (_, i) => {
    const rare = i === 7 || i === 1207;
    return {
      businessId: b!.id,
      reference: `SHP-TEST-${String(i).padStart(4, '0')}`,
      channel: !rare && i % 3 === 0 ? ('cbec_bonded' as const) : ('general_trade' as const),
      buyerName: BUYERS[i % BUYERS.length]!,
      buyerCity: 'Shanghai',
      destination: 'Shanghai',
      incoterm: 'FOB',
      carrier: 'Maersk',
      mode: 'sea' as const,
      valueUsdCents: 1000,
      eeiRequired: false,
      status: 'shipped' as const,
      statusEnteredAt: new Date(base + Math.floor(i / 3) * 3_600_000),
      originStates: rare ? ['VT'] : ['MI'],
      categories: rare ? ['apparel'] : ['wine'],
      searchText: `shp-test-${String(i).padStart(4, '0')}`,
    };
  });
  const inserted = await db.insert(shipments).values(rows).returning({
    id: shipments.id,
    at: shipments.statusEnteredAt,
    states: shipments.originStates,
    categories: shipments.categories,
    channel: shipments.channel,
    searchText: shipments.searchText,
    buyerName: shipments.buyerName,
  });
  all = inserted;
  const sorted = (xs: typeof inserted) =>
    xs
      .map((r) => ({ id: r.id, at: r.at.getTime() }))
      .sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  expected.set('VT', sorted(inserted.filter((r) => r.states.includes('VT'))));
  expected.set('MI', sorted(inserted.filter((r) => r.states.includes('MI'))));
  expected.set('apparel', sorted(inserted.filter((r) => r.categories.includes('apparel'))));
  await db.execute(sql`analyze shipments`);
});

async function allPages(
  filter: { state?: string; category?: string; channel?: 'general_trade' | 'cbec_bonded' | 'cbec_direct'; q?: string },
  pageSize: number,
) {
  const out: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listShipments(reviewer, { ...filter, cursor }, pageSize);
    out.push(...page.rows.map((r) => r.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

describe('admin list with a rare origin state or category', () => {
  it('has element statistics after ANALYZE, so the rare-value path is chosen', async () => {
    const r = await conn().db.execute(
      sql`select count(*)::int as n from pg_stats where tablename = 'shipments' and attname = 'facets' and most_common_elems is not null`,
    );
    const rows = (Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows) as { n: number }[];
    expect(rows[0]?.n).toBe(1);
  });

  it('returns the same rows in the same order, page by page, as the common-value path', async () => {
    expect(await allPages({ state: 'VT' }, 2)).toEqual(expected.get('VT')!.map((r) => r.id));
    expect(await allPages({ category: 'apparel' }, 3)).toEqual(expected.get('apparel')!.map((r) => r.id));
    expect(await allPages({ state: 'VT', category: 'apparel' }, 1)).toEqual(expected.get('VT')!.map((r) => r.id));
    expect(await allPages({ state: 'MI' }, 50)).toEqual(expected.get('MI')!.map((r) => r.id));
  });

  it('answers an absent state or category with an empty page', async () => {
    expect((await listShipments(reviewer, { state: 'AK' })).rows).toEqual([]);
    expect((await listShipments(reviewer, { category: 'tea' })).rows).toEqual([]);
    expect((await listShipments(reviewer, { state: 'MI', category: 'apparel' })).rows).toEqual([]);
  });

  it('answers a pair of filters that never occur together (a third of rows each) with an empty page', async () => {
    expect((await listShipments(reviewer, { channel: 'cbec_bonded', category: 'apparel' })).rows).toEqual([]);
    expect((await listShipments(reviewer, { channel: 'cbec_bonded', state: 'VT' })).rows).toEqual([]);
    expect(await allPages({ channel: 'general_trade', category: 'apparel' }, 1)).toEqual(
      expected.get('apparel')!.map((r) => r.id),
    );
    const bondedWine = all.filter((r) => r.channel === 'cbec_bonded' && r.categories.includes('wine'));
    expect(bondedWine.length).toBe(500);
    expect(new Set(await allPages({ channel: 'cbec_bonded', category: 'wine', state: 'MI' }, 200))).toEqual(
      new Set(bondedWine.map((r) => r.id)),
    );
  });
});

describe('facet tokens', () => {
  it('are the same in the database (shipment_facets) as in lib/domain/shipment-facets', async () => {
    const r = await conn().db.execute(
      sql`select shipment_facets('cbec_bonded', array['MI','WI'], array['wine','fresh_fruit']) as f`,
    );
    const [row] = (Array.isArray(r) ? r : (r as unknown as { rows: { f: string[] }[] }).rows) as { f: string[] }[];
    const combos = [];
    for (const state of [undefined, 'MI', 'WI'])
      for (const category of [undefined, 'wine', 'fresh_fruit'])
        for (const channel of [undefined, 'cbec_bonded']) combos.push({ channel, state, category });
    const want = new Set(combos.flatMap((c) => facetTokens(c)));
    expect(new Set(row!.f)).toEqual(want);
    // Nothing for values the shipment does not have, nor the pair of two states.
    expect(row!.f).not.toContain('s:MI/s:WI');
    expect(row!.f).not.toContain('f:cbec_direct');
  });
});

const bytewise = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('search order', () => {
  it('answers a reference prefix newest reference first, page after page', async () => {
    const want = [...all].sort((x, y) => bytewise(y.searchText, x.searchText) || bytewise(y.id, x.id)).map((r) => r.id);
    expect(await allPages({ q: 'SHP-TEST-' }, 97)).toEqual(want);
    const nine = all
      .filter((r) => r.searchText.startsWith('shp-test-09'))
      .sort((x, y) => bytewise(y.searchText, x.searchText));
    expect(await allPages({ q: 'shp-test-09' }, 7)).toEqual(nine.map((r) => r.id));
  });

  it('answers a buyer prefix by buyer A–Z, then newest reference, page after page', async () => {
    const wuhan = all
      .filter((r) => r.buyerName.toLowerCase().startsWith('wuhan'))
      .sort(
        (x, y) =>
          bytewise(x.buyerName.toLowerCase(), y.buyerName.toLowerCase()) ||
          bytewise(y.searchText, x.searchText) ||
          bytewise(y.id, x.id),
      );
    expect(wuhan.length).toBe(1125);
    expect(await allPages({ q: 'WUHAN' }, 50)).toEqual(wuhan.map((r) => r.id));
    // With a filter, on the rare path (VT) as on the walk (MI).
    expect(await allPages({ q: 'wuhan', state: 'VT' }, 1)).toEqual(
      wuhan.filter((r) => r.states.includes('VT')).map((r) => r.id),
    );
    expect(await allPages({ q: 'wuhan', state: 'MI' }, 300)).toEqual(
      wuhan.filter((r) => r.states.includes('MI')).map((r) => r.id),
    );
  });

  it('takes % and _ in a search literally', async () => {
    expect((await allPages({ q: 'Beijing 100%' }, 500)).length).toBe(375);
    expect((await allPages({ q: 'beijing 100%x' }, 500)).length).toBe(0);
    expect((await allPages({ q: 'wuhan_' }, 500)).length).toBe(375);
  });

  it('reads a cursor from another order, or a tampered one, as the first page', async () => {
    const first = await listShipments(reviewer, { q: 'wuhan' }, 10);
    const statusCursor = (await listShipments(reviewer, {}, 10)).nextCursor!;
    const refCursor = (await listShipments(reviewer, { q: 'shp-test' }, 10)).nextCursor!;
    for (const cursor of [statusCursor, refCursor, 'not-a-cursor', Buffer.from('["b",1,2,3]').toString('base64url')]) {
      expect((await listShipments(reviewer, { q: 'wuhan', cursor }, 10)).rows.map((r) => r.id)).toEqual(
        first.rows.map((r) => r.id),
      );
    }
    expect((await listShipments(reviewer, { cursor: refCursor }, 10)).rows.map((r) => r.id)).toEqual(
      (await listShipments(reviewer, {}, 10)).rows.map((r) => r.id),
    );
  });
});
