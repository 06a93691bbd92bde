import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { businesses, shipments, users } from '../schema';
import { listShipments } from './shipments';

// listShipments reads a state or category that few shipments hold through the GIN index and sorts
// (bench/SHIPMENTS.md); with statistics (ANALYZE) that path must return the same pages as the ordered walk.

setTestEnv({ uploads: 'ship-list-uploads' });
const { conn } = withTestDatabase();

let reviewer: Actor;
const expected = new Map<string, { id: string; at: number }[]>();

beforeAll(async () => {
  const db = conn().db;
  const [b] = await db.insert(businesses).values({ slug: 'ship-list-biz', legalName: 'Ship List LLC', state: 'MI' }).returning();
  const [u] = await db.insert(users).values({ email: 'ship-list-rev@heartland.example', name: 'Rev', passwordHash: 'x', role: 'reviewer', emailVerifiedAt: new Date() }).returning();
  reviewer = { userId: u!.id, email: u!.email, name: u!.name, role: 'reviewer', emailVerified: true, businessId: null };
  const base = Date.UTC(2026, 0, 1);
  // 1,500 shipments: MI/wine, except 2 from VT with apparel (0.13 %, under the 0.2 % of the rare path); several share a timestamp (ties broken by id).
  const rows = Array.from({ length: 1500 }, (_, i) => {
    const rare = i === 7 || i === 1207;
    return {
      businessId: b!.id,
      reference: `SHP-TEST-${String(i).padStart(4, '0')}`,
      channel: 'general_trade' as const,
      buyerName: 'Buyer',
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
  const inserted = await db.insert(shipments).values(rows).returning({ id: shipments.id, at: shipments.statusEnteredAt, states: shipments.originStates, categories: shipments.categories });
  const sorted = (xs: typeof inserted) => xs.map((r) => ({ id: r.id, at: r.at.getTime() })).sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  expected.set('VT', sorted(inserted.filter((r) => r.states.includes('VT'))));
  expected.set('MI', sorted(inserted.filter((r) => r.states.includes('MI'))));
  expected.set('apparel', sorted(inserted.filter((r) => r.categories.includes('apparel'))));
  await db.execute(sql`analyze shipments`);
});

async function allPages(filter: { state?: string; category?: string }, pageSize: number) {
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
    const r = await conn().db.execute(sql`select count(*)::int as n from pg_stats where tablename = 'shipments' and attname = 'origin_states' and most_common_elems is not null`);
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
});
