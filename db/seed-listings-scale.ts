import { sql, type SQL } from 'drizzle-orm';
import { env } from '@/lib/env';
import { openConnection, type Db } from './driver';
import { runMigrations } from './migrate';
import { rebuildProgramme } from './programme-rollups';

// Synthetic listings for the storefront and feed scale proof (issue 5, "Performance"):
//   DATABASE_URL=postgres://…/hg_scale npx tsx db/seed-listings-scale.ts --listings 5000000 [--reset]
// Listings are spread over the synthetic businesses of the scale seed (db/seed-scale.ts, slugs
// "scale-…"): approved ones are live, suspended ones keep a published copy but are not live. 3% are
// drafts (never published) and 2% carry a proposed change (content ≠ published). No photos.
// Set-based (generate_series), in chunks of 500k rows; the listings indexes are dropped during the
// load and rebuilt after (same definitions, read from pg_indexes), which is several times faster.
// Synthetic listings have slugs "scale-l-<n>"; --reset removes exactly those.

const CHUNK = 500_000;

const TEMPLATES: {
  cat: string;
  hs: string;
  en: string;
  zh: string;
  state?: string;
  unit: string;
  pack: string;
  ch: string[];
}[] = [
  {
    cat: 'fresh_fruit',
    hs: '081040',
    en: 'Highbush Blueberries',
    zh: '高丛蓝莓',
    unit: 'case',
    pack: '12 x 125 g',
    ch: ['general_trade', 'cbec_bonded'],
  },
  {
    cat: 'fresh_fruit',
    hs: '080929',
    en: 'Sweet Cherries',
    zh: '甜樱桃',
    unit: 'case',
    pack: '2 kg',
    ch: ['general_trade', 'cbec_bonded'],
  },
  {
    cat: 'fresh_fruit',
    hs: '080810',
    en: 'Honeycrisp Apples',
    zh: '蜜脆苹果',
    unit: 'carton',
    pack: '18 kg',
    ch: ['general_trade'],
  },
  {
    cat: 'wine',
    hs: '220421',
    en: 'Riesling',
    zh: '雷司令白葡萄酒',
    unit: 'bottle',
    pack: '750 ml',
    ch: ['general_trade', 'cbec_bonded'],
  },
  {
    cat: 'wine',
    hs: '220421',
    en: 'Cabernet Franc',
    zh: '品丽珠红葡萄酒',
    unit: 'bottle',
    pack: '750 ml',
    ch: ['cbec_bonded', 'cbec_direct'],
  },
  {
    cat: 'processed_food',
    hs: '040900',
    en: 'Raw Clover Honey',
    zh: '生三叶草蜂蜜',
    unit: 'pack',
    pack: '500 g',
    ch: ['cbec_bonded'],
  },
  {
    cat: 'processed_food',
    hs: '170220',
    en: 'Pure Maple Syrup',
    zh: '纯枫糖浆',
    unit: 'bottle',
    pack: '250 ml',
    ch: ['cbec_direct', 'general_trade'],
  },
  {
    cat: 'processed_food',
    hs: '121120',
    en: 'American Ginseng Roots',
    zh: '花旗参',
    unit: 'pack',
    pack: '100 g',
    ch: ['cbec_bonded', 'cbec_direct'],
  },
  {
    cat: 'processed_food',
    hs: '200819',
    en: 'Roasted Mixed Nuts',
    zh: '烘焙混合坚果',
    unit: 'pack',
    pack: '400 g',
    ch: ['cbec_direct'],
  },
  {
    cat: 'apparel',
    hs: '620342',
    en: 'Denim Work Jeans',
    zh: '牛仔工装裤',
    unit: 'piece',
    pack: '1 pair',
    ch: ['cbec_bonded', 'cbec_direct'],
  },
  {
    cat: 'apparel',
    hs: '610910',
    en: 'Cotton T-shirt',
    zh: '纯棉T恤',
    unit: 'piece',
    pack: '1 shirt',
    ch: ['cbec_direct'],
  },
  {
    cat: 'apparel',
    hs: '611020',
    en: 'Cotton Knit Sweater',
    zh: '棉质针织毛衣',
    unit: 'piece',
    pack: '1 sweater',
    ch: ['general_trade', 'cbec_direct'],
  },
];

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArr = (values: readonly string[]) => sql.raw(`array[${values.map(lit).join(', ')}]::text[]`);

async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const r = await db.execute(q);
  return (Array.isArray(r) ? r : (r as unknown as { rows: T[] }).rows) as T[];
}

async function timed(label: string, fn: () => Promise<unknown>) {
  const t0 = performance.now();
  await fn();
  console.log(`  ${label.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
}

export async function resetListingsScale(db: Db) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(
      sql`delete from listing_events where listing_id in (select id from listings where slug like 'scale-l-%')`,
    );
    await tx.execute(sql`delete from listings where slug like 'scale-l-%'`);
  });
}

export async function seedListingsScale(db: Db, n: number) {
  await db.execute(sql`set synchronous_commit = off`);
  await db.execute(sql`set maintenance_work_mem = '1GB'`);
  const fastLoad = await db.execute(sql`set session_replication_role = replica`).then(
    () => true,
    () => false,
  );
  console.log(`  foreign-key triggers during load: ${fastLoad ? 'skipped (superuser)' : 'checked'}`);

  await timed('sellers (temp table)', () =>
    db.execute(sql`
      create temp table scale_sellers as
      select row_number() over (order by b.id) as k, b.id, coalesce(b.state, 'MI') as state, a.status = 'approved' as active
      from businesses b join applications a on a.business_id = b.id
      where b.slug like 'scale-%' and a.status in ('approved', 'suspended')`),
  );
  const [{ count } = { count: 0 }] = await rows<{ count: number }>(
    db,
    sql`select count(*)::int as count from scale_sellers`,
  );
  if (!count)
    throw new Error(
      'No synthetic approved/suspended businesses: run `npm run db:seed:scale -- --businesses 1000000` on this database first.',
    );
  console.log(`  sellers: ${count.toLocaleString('en-US')} (approved or suspended scale businesses)`);

  const indexes = await rows<{ indexname: string; indexdef: string }>(
    db,
    sql`select indexname, indexdef from pg_indexes where tablename = 'listings' and indexname not in ('listings_pkey', 'listings_slug_key')`,
  );
  await timed(`drop ${indexes.length} secondary indexes`, async () => {
    for (const i of indexes) await db.execute(sql.raw(`drop index if exists "${i.indexname}"`));
  });

  const t = TEMPLATES;
  const start =
    (
      await rows<{ n: number }>(
        db,
        sql`select coalesce(max(substring(slug from 9)::int), 0) as n from listings where slug like 'scale-l-%'`,
      )
    )[0]?.n ?? 0;
  try {
    for (let from = 1; from <= n; from += CHUNK) {
      const to = Math.min(n, from + CHUNK - 1);
      await timed(`listings ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')}`, () =>
        db.execute(sql`
          insert into listings (business_id, slug, status, content, published, price_usd_cents, stock, seller_active, live,
                                pub_category, pub_origin_state, pub_title_zh, pub_search, published_at, submitted_at, created_at, updated_at)
          select s.id, 'scale-l-' || (g + ${start}),
                 case when x.draft then 'draft' when x.pending then 'submitted' else 'approved' end,
                 case when x.pending then jsonb_set(x.doc, '{titleZh}', to_jsonb(x.title_zh || ' 新款')) else x.doc end,
                 case when x.draft then null else x.doc end,
                 x.price, x.stock, s.active, s.active and not x.draft,
                 case when x.draft then null else x.cat end,
                 case when x.draft then null else s.state end,
                 case when x.draft then null else x.title_zh end,
                 case when x.draft then null else lower(x.title_en || ' ' || x.title_zh) end,
                 case when x.draft then null else x.pub_at end,
                 x.pub_at - interval '1 day', x.pub_at - interval '2 days', x.pub_at + x.later
          from generate_series(${from}::int, ${to}::int) g
          cross join lateral (select 1 + (hashint4(g) & 2147483647) % ${count} as k) pick
          join scale_sellers s on s.k = pick.k
          cross join lateral (
            select tp,
                   (${textArr(t.map((x) => x.cat))})[tp] as cat,
                   (${textArr(t.map((x) => x.en))})[tp] || ' ' || (g % 997) as title_en,
                   (${textArr(t.map((x) => x.zh))})[tp] || (g % 997) || '号' as title_zh,
                   random() < 0.03 as draft, random() < 0.02 as pending,
                   (500 + floor(random() * 20000))::int as price, floor(random() * 1000)::int as stock,
                   now() - random() * interval '1000 days' as pub_at, random() * interval '30 days' as later
            from (select 1 + g % ${t.length} as tp) q
          ) y
          cross join lateral (
            select y.*, jsonb_build_object(
              'category', y.cat, 'hs6', (${textArr(t.map((x) => x.hs))})[y.tp],
              'titleEn', y.title_en, 'titleZh', y.title_zh,
              'descriptionEn', 'Synthetic listing for the scale benchmark.', 'descriptionZh', '用于规模测试的合成商品。',
              'zhBasedOn', jsonb_build_object('titleEn', y.title_en, 'descriptionEn', 'Synthetic listing for the scale benchmark.'),
              'unit', (${textArr(t.map((x) => x.unit))})[y.tp], 'packSize', (${textArr(t.map((x) => x.pack))})[y.tp],
              'minOrder', 1, 'weightKg', 1, 'originState', s.state,
              'channels', (${sql.raw(`array[${t.map((x) => `'${JSON.stringify(x.ch)}'`).join(', ')}]::jsonb[]`)})[y.tp],
              'attributes', '{}'::jsonb, 'photoIds', '[]'::jsonb) as doc
          ) x`),
      );
    }
  } finally {
    await timed('rebuild indexes', async () => {
      for (const i of indexes)
        await db.execute(sql.raw(i.indexdef.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS ')));
    });
    await timed('analyze listings', () => db.execute(sql`analyze listings`));
  }
}

const isMain = process.argv[1]?.endsWith('seed-listings-scale.ts');
if (isMain) {
  const i = process.argv.indexOf('--listings');
  const n = Number((process.argv[i + 1] ?? '').replace(/_/g, ''));
  if (i < 0 || !Number.isSafeInteger(n) || n < 1) {
    console.error('Usage: DATABASE_URL=postgres://… npx tsx db/seed-listings-scale.ts --listings 5000000 [--reset]');
    process.exit(2);
  }
  if (!env().DATABASE_URL) {
    console.error('The listings scale seed needs PostgreSQL (DATABASE_URL); PGlite is not meant for millions of rows.');
    process.exit(2);
  }
  const conn = await openConnection({ url: env().DATABASE_URL, max: 1 });
  const t0 = Date.now();
  try {
    await runMigrations(conn);
    if (process.argv.includes('--reset')) await timed('reset synthetic listings', () => resetListingsScale(conn.db));
    await seedListingsScale(conn.db, n);
    // The load skipped the triggers that keep the programme rollups: recompute them from the rows.
    console.log('Programme rollups:');
    await rebuildProgramme(conn.db, console.log);
    const [c] = await rows<{ total: number; live: number }>(
      conn.db,
      sql`select count(*)::int as total, count(*) filter (where live)::int as live from listings`,
    );
    console.log(
      `Listings: ${c?.total.toLocaleString('en-US')} (${c?.live.toLocaleString('en-US')} live) in ${((Date.now() - t0) / 1000).toFixed(0)} s.`,
    );
  } finally {
    await conn.close();
  }
}
