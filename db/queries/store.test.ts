import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { GET as feedGET } from '@/app/api/v1/feed/route';
import { decideApplication } from '../mutations/applications';
import { decideListing, updateListing } from '../mutations/listings';
import { applications, businesses, listings, users } from '../schema';
import { seedDemo } from '../seed';
import { DEMO_LISTINGS } from '../seed-listings';
import { decodeKeyset, encodeKeyset } from '../pagination';
import { listFeed, type FeedRow } from './feed';
import {
  getStoreProduct,
  getStoreSeller,
  isShortGramTerm,
  listStoreListings,
  MAX_CONCURRENT_SEARCHES,
  STORE_PAGE_SIZE,
  withSearchSlot,
} from './store';

// What must never leak to the public storefront or the integration feed: a seller's unapproved edit
// (the working copy), a listing that is not live, a suspended seller's goods, or their content in a tombstone.

setTestEnv({ uploads: 'store', APP_URL: 'https://store.example' });
const { conn } = withTestDatabase();

const LIVE_DEMO = DEMO_LISTINGS.filter((l) => l.business !== 'red-river-pantry');
const PENDING = DEMO_LISTINGS.find((l) => l.pending)!;
let reviewer: Actor;
let karen: Actor;

async function allStorePages(f: Parameters<typeof listStoreListings>[0] = {}) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await listStoreListings({ ...f, cursor });
    ids.push(...page.items.map((x) => x.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return ids;
}

async function allFeed(q: { since?: string; limit: number }) {
  const rows: FeedRow[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listFeed({ ...q, cursor });
    rows.push(...page.rows);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return rows;
}

async function actorFor(email: string): Promise<Actor> {
  const db = conn().db;
  const [u] = await db.select().from(users).where(eq(users.email, email));
  return actorOf(u!.id);
}

beforeAll(async () => {
  await seedDemo(conn().db);
  reviewer = await actorFor('reviewer@heartland.example');
  karen = await actorFor('karen@traversebayberries.example');
});

describe('storefront reads only live, approved copies', () => {
  it('lists exactly the live demo listings, newest first, and is idempotent to seed', async () => {
    await seedDemo(conn().db);
    const page = await listStoreListings({});
    expect(page.items.map((i) => i.slug).sort()).toEqual(LIVE_DEMO.map((l) => l.slug).sort());
    expect(page.items[0]!.slug).toBe(DEMO_LISTINGS[0]!.slug);
    expect(await getStoreProduct('red-river-roasted-sunflower-seeds')).toBeNull();
    expect(await getStoreProduct('no-such-listing')).toBeNull();
  });

  it('never shows a proposed change before approval: list, product page, search and feed keep the approved copy', async () => {
    const approvedTitle = PENDING.content.titleZh;
    const proposedTitle = PENDING.pending!.titleZh!;
    const [row] = await conn().db.select().from(listings).where(eq(listings.slug, PENDING.slug));
    expect(row!.content.titleZh).toBe(proposedTitle);
    expect(row!.status).toBe('submitted');

    expect((await listStoreListings({})).items.find((i) => i.slug === PENDING.slug)?.titleZh).toBe(approvedTitle);
    const product = await getStoreProduct(PENDING.slug);
    expect(product?.titleZh).toBe(approvedTitle);
    expect(product?.descriptionZh).toBe(PENDING.content.descriptionZh);
    expect((await listStoreListings({ q: '新包装' })).items).toEqual([]);
    const fed = (await allFeed({ limit: 200 })).find((r) => r.id === row!.id);
    expect(fed?.live && fed.published.titleZh).toBe(approvedTitle);
    expect(JSON.stringify(await allFeed({ limit: 200 }))).not.toContain('新包装');

    // Once approved, the new copy is what shoppers see.
    await decideListing(reviewer, row!.id, { action: 'approve', expectedStatus: 'submitted' });
    expect((await getStoreProduct(PENDING.slug))?.titleZh).toBe(proposedTitle);
  });

  it('a seller edit of a live listing (working copy) does not change the storefront', async () => {
    const l = DEMO_LISTINGS[0]!;
    const [row] = await conn().db.select().from(listings).where(eq(listings.slug, l.slug));
    const c = row!.content;
    await updateListing(karen, row!.id, {
      category: c.category,
      hs: c.hs6,
      titleEn: c.titleEn,
      titleZh: '未经审核的新标题',
      descriptionEn: c.descriptionEn,
      descriptionZh: c.descriptionZh,
      unit: c.unit,
      packSize: c.packSize,
      minOrder: c.minOrder,
      weightKg: c.weightKg,
      originState: c.originState,
      channels: c.channels,
      attributes: c.attributes,
      priceUsd: 2500,
      stock: row!.stock,
    } as Parameters<typeof updateListing>[2]);
    const p = await getStoreProduct(l.slug);
    expect(p?.titleZh).toBe(l.content.titleZh);
    // Price is applied without review.
    expect(p?.priceUsdCents).toBe(2500);
    expect((await listStoreListings({ q: '未经审核' })).items).toEqual([]);
  });

  it('filters by category, origin state and search terms (English or Chinese)', async () => {
    const slugs = async (f: Parameters<typeof listStoreListings>[0]) =>
      (await listStoreListings(f)).items.map((i) => i.slug).sort();
    expect(await slugs({ category: 'apparel' })).toEqual(
      LIVE_DEMO.filter((l) => l.content.category === 'apparel')
        .map((l) => l.slug)
        .sort(),
    );
    expect(await slugs({ state: 'WA' })).toEqual(
      LIVE_DEMO.filter((l) => l.content.originState === 'WA')
        .map((l) => l.slug)
        .sort(),
    );
    expect(await slugs({ state: 'WA', category: 'apparel' })).toEqual([]);
    expect(await slugs({ q: 'Bing' })).toEqual(['washington-bing-cherries-2kg']);
    expect(await slugs({ q: '蓝莓' })).toHaveLength(3);
    expect(await slugs({ q: 'blueberries 2 kg' })).toEqual(['michigan-elliott-late-blueberries']);
    // LIKE metacharacters are plain text here.
    expect(await slugs({ q: '%%%' })).toEqual([]);
    expect(await slugs({ q: '___' })).toEqual([]);
  });

  it('does not run a search of one- or two-letter Latin terms alone (no index can serve it), and says so', async () => {
    const all = (await listStoreListings({})).items.map((i) => i.id);
    for (const q of ['a', 'ab', 'ab c', '%', '_']) {
      const page = await listStoreListings({ q });
      expect(page.items.map((i) => i.id)).toEqual(all);
      expect(page.ignoredTerms).toEqual(q.split(' '));
    }
    // Beside a term an index serves, a short one still narrows the search.
    expect((await listStoreListings({ q: 'blueberries 2 kg' })).ignoredTerms).toBeUndefined();
  });

  it('runs at most a few searches at once; the rest wait their turn, and past a while are told to try again', async () => {
    const releases: (() => void)[] = [];
    const hold = () => new Promise<string>((resolve) => releases.push(() => resolve('done')));
    const first = [withSearchSlot(hold), withSearchSlot(hold)];
    let thirdRan = false;
    const third = withSearchSlot(async () => {
      thirdRan = true;
      return 'third';
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(releases).toHaveLength(MAX_CONCURRENT_SEARCHES);
    expect(thirdRan).toBe(false);
    releases[0]!();
    expect(await third).toBe('third');
    releases[1]!();
    expect(await Promise.all(first)).toEqual(['done', 'done']);
    // Every slot held past the wait: told to try again (null), never run.
    const held = [withSearchSlot(hold), withSearchSlot(hold)];
    const started = Date.now();
    expect(await withSearchSlot(async () => 'late')).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
    releases.slice(2).forEach((r) => r());
    await Promise.all(held);
  }, 15_000);

  it('search terms are literal substrings (%, _ and \\ too), and the trigram index can serve them', async () => {
    const db = conn().db;
    const [tmpl] = await db.select().from(listings).where(eq(listings.slug, 'sandhills-ranch-cotton-tee'));
    const text = 'pure 100%_\\maple syrup 枫糖浆';
    await db
      .insert(listings)
      .values({ ...tmpl!, id: undefined, slug: 'meta-chars', pubSearch: text, updatedAt: new Date() });
    const found = async (q: string) => (await listStoreListings({ q })).items.some((i) => i.slug === 'meta-chars');
    expect(await found('100%_\\maple')).toBe(true);
    expect(await found('0%_')).toBe(true);
    expect(await found('MAPLE 枫糖')).toBe(true);
    expect(await found('1_0')).toBe(false);
    expect(await found('100%%')).toBe(false);
    expect(await found('\\\\\\')).toBe(false);
    expect(await found('maple 蜂蜜')).toBe(false);
    await db.delete(listings).where(eq(listings.slug, 'meta-chars'));
    // Both engines load pg_trgm (similarity() is one of its functions), and the index is the partial trigram GIN.
    const r = await db.execute(
      sql`select similarity('maple', 'maple syrup') > 0 as trgm, (select indexdef from pg_indexes where indexname = 'listings_store_search_idx') as def`,
    );
    const [row] = (Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows) as {
      trgm: boolean;
      def: string;
    }[];
    expect(row!.trgm).toBe(true);
    expect(row!.def).toMatch(/USING gin \(pub_search gin_trgm_ops\) WHERE live$/);
  });

  it('a term of one or two Chinese characters finds exactly the listings whose text holds it (pub_grams)', async () => {
    const db = conn().db;
    const live = await db
      .select({ slug: listings.slug, text: listings.pubSearch, grams: listings.pubGrams })
      .from(listings)
      .where(eq(listings.live, true));
    expect(live.length).toBeLessThanOrEqual(24); // one page
    // The database's grams are every 1–2 character substring holding a non-ASCII character, nothing else.
    for (const l of live) {
      const chars = [...(l.text ?? '')];
      const want = new Set(
        chars
          .flatMap((c, i) => [c, c + (chars[i + 1] ?? '')])
          .filter((g) => [...g].some((x) => x.codePointAt(0)! > 0x7f)),
      );
      expect(new Set(l.grams)).toEqual(want);
    }
    const check = async () => {
      for (const term of ['蓝', '蓝莓', '樱桃', '酒', '美国', '枫糖', '不存', '衫']) {
        const want = live
          .filter((l) => l.text?.includes(term))
          .map((l) => l.slug)
          .sort();
        expect((await listStoreListings({ q: term })).items.map((i) => i.slug).sort(), term).toEqual(want);
      }
    };
    await check();
    // With statistics, rare and absent grams take the other path (GIN index, then sorted): same answers.
    await db.execute(sql`analyze listings`);
    const r = await db.execute(
      sql`select count(*)::int as n from pg_stats where tablename = 'listings' and attname = 'pub_grams' and most_common_elems is not null`,
    );
    expect(((Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows) as { n: number }[])[0]!.n).toBe(1);
    await check();
    expect(live.filter((l) => l.text?.includes('蓝莓')).length).toBeGreaterThan(0);
    expect(isShortGramTerm('樱桃')).toBe(true);
    expect(isShortGramTerm('酒')).toBe(true);
    expect(isShortGramTerm('樱桃园')).toBe(false);
    expect(isShortGramTerm('ab')).toBe(false);
    // Combined with a longer term and a filter, as the page sends them.
    const both = live
      .filter((l) => l.text?.includes('蓝莓') && l.text.includes('michigan'))
      .map((l) => l.slug)
      .sort();
    expect((await listStoreListings({ q: '蓝莓 Michigan' })).items.map((i) => i.slug).sort()).toEqual(both);
  });

  it('seller profile: approved only', async () => {
    expect((await getStoreSeller('traverse-bay-blueberries'))?.name).toBe('Traverse Bay Blueberry Farm LLC');
    expect(await getStoreSeller('red-river-pantry')).toBeNull(); // suspended
    expect(await getStoreSeller('door-county-cellars')).toBeNull(); // in review
  });
});

describe('keyset pagination', () => {
  it('walks every live listing exactly once, also across equal published_at (ties broken by id)', async () => {
    const db = conn().db;
    const [biz] = await db
      .select({ id: businesses.id })
      .from(businesses)
      .where(eq(businesses.slug, 'sandhills-apparel'));
    const [tmpl] = await db.select().from(listings).where(eq(listings.slug, 'sandhills-ranch-cotton-tee'));
    const at = new Date('2026-11-01T00:00:00.123456Z');
    await db.insert(listings).values(
      Array.from({ length: 2 * STORE_PAGE_SIZE + 5 }, (_, i) => ({
        businessId: biz!.id,
        slug: `bulk-tee-${i}`,
        status: 'approved' as const,
        content: tmpl!.content,
        published: tmpl!.published,
        priceUsdCents: 1000 + i,
        stock: 1,
        sellerActive: true,
        live: true,
        pubCategory: 'apparel',
        pubOriginState: 'NE',
        pubTitleZh: tmpl!.pubTitleZh,
        pubSearch: tmpl!.pubSearch,
        // Microsecond-distinct and equal timestamps: a JS Date cursor would lose or repeat rows here.
        publishedAt: i % 3 === 0 ? at : sql`${at.toISOString()}::timestamptz + ${`${i} microseconds`}::interval`,
      })) as (typeof listings.$inferInsert)[],
    );
    const live = await db.select({ id: listings.id }).from(listings).where(eq(listings.live, true));
    const walked = await allStorePages();
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.sort()).toEqual(live.map((l) => l.id).sort());
    const apparel = await allStorePages({ category: 'apparel', state: 'NE' });
    expect(apparel.length).toBe(2 * STORE_PAGE_SIZE + 5 + 3);
  });

  it('ignores a tampered cursor (first page) and never interpolates it', () => {
    expect(decodeKeyset('garbage')).toBeNull();
    expect(
      decodeKeyset(
        encodeKeyset("2026-11-01 00:00:00+00'; drop table listings; --", '3f1e2d4c-5b6a-4789-8abc-def012345678'),
      ),
    ).toBeNull();
    expect(decodeKeyset(encodeKeyset('2026-11-01 00:00:00.123456+00', 'not-a-uuid'))).toBeNull();
    expect(decodeKeyset(encodeKeyset('2026-11-01 00:00:00.123456+00', '3f1e2d4c-5b6a-4789-8abc-def012345678'))).toEqual(
      ['2026-11-01 00:00:00.123456+00', '3f1e2d4c-5b6a-4789-8abc-def012345678'],
    );
  });
});

describe('a suspended seller vanishes; the feed tells integrators with tombstones', () => {
  it('suspension removes every listing at once and the incremental feed returns tombstones without content', async () => {
    const db = conn().db;
    const [yakima] = await db
      .select({ appId: applications.id, businessId: businesses.id })
      .from(businesses)
      .innerJoin(applications, eq(applications.businessId, businesses.id))
      .where(eq(businesses.slug, 'yakima-ridge-cherries'));
    const yakimaIds = (
      await db.select({ id: listings.id }).from(listings).where(eq(listings.businessId, yakima!.businessId))
    ).map((r) => r.id);
    expect(yakimaIds).toHaveLength(2);
    const checkpoint = (
      await db
        .execute<{ now: string }>(sql`select now()::text as now`)
        .then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { now: string }[] }).rows))
    )[0]!.now;
    const since = new Date(checkpoint.replace(' ', 'T').replace(/\+00$/, 'Z')).toISOString();

    // Suspending is an admin's decision.
    await decideApplication(await actorFor('admin@heartland.example'), yakima!.appId, {
      action: 'suspend',
      expectedStatus: 'approved',
      message: 'Phytosanitary certificate expired.',
    });

    expect((await listStoreListings({})).items.filter((i) => yakimaIds.includes(i.id))).toEqual([]);
    expect((await listStoreListings({ state: 'WA' })).items).toEqual([]);
    expect(await getStoreProduct('washington-bing-cherries-2kg')).toBeNull();
    expect(await getStoreSeller('yakima-ridge-cherries')).toBeNull();

    const changed = await allFeed({ since, limit: 1 });
    const tombstones = changed.filter((r) => yakimaIds.includes(r.id));
    expect(tombstones).toHaveLength(2);
    for (const t of tombstones) expect(Object.keys(t).sort()).toEqual(['id', 'live', 'updatedAt']);
    expect(tombstones.every((t) => t.live === false)).toBe(true);
    // Nothing unchanged since the checkpoint comes back.
    expect(changed.every((r) => r.updatedAt >= since.slice(0, 19))).toBe(true);
  });

  it('the full feed walks every ever-approved listing once in (updatedAt, id) order; never a draft', async () => {
    const rows = await allFeed({ limit: 7 });
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const published = await conn()
      .db.select({ id: listings.id })
      .from(listings)
      .where(sql`${listings.published} is not null`);
    expect(ids.sort()).toEqual(published.map((p) => p.id).sort());
    const stamps = (await allFeed({ limit: 200 })).map((r) => r.updatedAt);
    expect([...stamps].sort()).toEqual(stamps);
    const draft = await conn()
      .db.select({ id: listings.id })
      .from(listings)
      .where(sql`${listings.published} is null`);
    for (const d of draft) expect(ids).not.toContain(d.id);
  });
});

describe('GET /api/v1/feed', () => {
  const get = (q = '', headers: Record<string, string> = {}) =>
    feedGET(
      new Request(`https://store.example/api/v1/feed${q}`, {
        headers: {
          'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
          ...headers,
        },
      }),
    );

  it('serves zh+en text, CNY and USD prices, HS code, eligible channels, absolute image URLs; ETag → 304', async () => {
    const res = await get('?limit=200');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: Record<string, unknown>[];
      nextCursor: string | null;
      exchangeRate: { usdCny: string; effectiveOn: string };
    };
    expect(body.exchangeRate).toEqual({ usdCny: '7.100000', effectiveOn: '2026-11-20' });
    const tee = body.items.find((i) => i.slug === 'sandhills-ranch-cotton-tee') as Record<string, unknown> & {
      images: { url: string }[];
    };
    expect(tee).toMatchObject({
      live: true,
      hsCode: '610910',
      title: { zh: '牧场纯棉针织 T 恤', en: 'Ranch Cotton T-shirt' },
      price: { usd: '22.00', cny: '156.20' },
      channels: ['cbec_bonded', 'cbec_direct'],
    });
    expect(tee.images[0]!.url).toMatch(/^https:\/\/store\.example\/api\/photos\/[0-9a-f-]{36}$/);
    // Fresh fruit: the seller chose general trade and bonded; direct mail is never offered.
    const berries = body.items.find((i) => i.slug === DEMO_LISTINGS[0]!.slug) as { channels: string[] };
    expect(berries.channels).toEqual(['general_trade', 'cbec_bonded']);

    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await get('?limit=200', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('the ETag changes when a listing changes', async () => {
    const before = (await get('?limit=200')).headers.get('etag');
    await conn()
      .db.update(listings)
      .set({ stock: 7, updatedAt: new Date() })
      .where(eq(listings.slug, 'sandhills-ranch-cotton-tee'));
    const after = await get('?limit=200', { 'if-none-match': before! });
    expect(after.status).toBe(200);
  });

  it('400 names every bad parameter', async () => {
    const res = await get('?limit=500&since=yesterday&cursor=%27');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(Object.keys(body.errors).sort()).toEqual(['cursor', 'limit', 'since']);
  });

  it('HTML or script in a title stays an inert JSON string', async () => {
    const db = conn().db;
    const [tmpl] = await db.select().from(listings).where(eq(listings.slug, 'sandhills-ranch-cotton-tee'));
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const published = { ...tmpl!.published!, titleZh: evil, titleEn: evil };
    await db.insert(listings).values({
      ...tmpl!,
      id: undefined,
      slug: 'evil-title',
      published,
      content: published,
      pubTitleZh: evil,
      pubSearch: evil.toLowerCase(),
      updatedAt: new Date(),
    });
    const res = await get('?limit=200');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { items: { slug?: string; title?: { zh: string } }[] };
    expect(body.items.find((i) => i.slug === 'evil-title')?.title?.zh).toBe(evil);
    expect((await listStoreListings({ q: '<script>' })).items.map((i) => i.titleZh)).toEqual([evil]);
    await db.delete(listings).where(inArray(listings.slug, ['evil-title']));
  });
});
