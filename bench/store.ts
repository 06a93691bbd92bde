import os from 'node:os';

// Database time of the storefront and the feed at scale (issue 5, "Performance").
//   DATABASE_URL=postgres://…/hg_scale npx tsx bench/store.ts [--runs 7]
// Each case calls the real data-layer function (listStoreListings, getStoreProduct, listFeed) with a
// drizzle logger that records the exact SQL and parameters it sends, then runs that statement under
// EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) several times: median execution time, and the plan's scans.
import { connectBench, ensureReactServer, median, scans, type PlanNode } from './harness';

ensureReactServer();
const { listStoreListings, getStoreProductById, SEARCH_TIMEOUT_MS } = await import('@/db/queries/store');
const { encodeKeyset } = await import('@/db/pagination');
const { listFeed } = await import('@/db/queries/feed');

const {
  client,
  captured,
  one,
  runs: RUNS,
} = await connectBench('npx tsx db/seed-listings-scale.ts --listings 5000000');

/** Runs the function once to capture its SQL, then EXPLAIN ANALYZE of that SQL RUNS times. */
async function measure(label: string, fn: () => Promise<{ n: number; next: string | null; timedOut?: boolean }>) {
  captured.length = 0;
  const t0 = performance.now();
  const res = await fn();
  const wall = performance.now() - t0;
  if (res.timedOut) {
    // Stopped by the search's statement_timeout: EXPLAIN ANALYZE would run the whole scan.
    console.log(
      `| ${label} | stopped at ${SEARCH_TIMEOUT_MS} ms (statement_timeout) | – | ${res.n} | – | ${wall.toFixed(1)} ms |`,
    );
    return res;
  }
  const q = captured.at(-1)!;
  const times: number[] = [];
  let plan: PlanNode | undefined;
  // The settings the function made for its statement (set_config(…, true) in its transaction) apply to the EXPLAIN too.
  const settings = captured.slice(0, -1).filter((c) => /set_config\(/.test(c.query));
  for (let i = 0; i < RUNS; i++) {
    const [row] = await client.begin(async (tx) => {
      for (const st of settings) await tx.unsafe(st.query, st.params as never[]);
      return tx.unsafe(`explain (analyze, buffers, format json) ${q.query}`, q.params as never[]);
    });
    const out = (row as Record<string, [{ Plan: PlanNode; 'Execution Time': number }]>)['QUERY PLAN']![0];
    times.push(out['Execution Time']);
    plan = out.Plan;
  }
  const line = `| ${label} | ${median(times).toFixed(2)} ms | ${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)} | ${res.n} | ${[...new Set(scans(plan!))].join(', ')} | ${wall.toFixed(1)} ms |`;
  console.log(line);
  return res;
}

const counts = await one<{ total: number; live: number; published: number }>(
  `select count(*)::int as total, count(*) filter (where live)::int as live, count(*) filter (where published is not null)::int as published from listings`,
);
/** Keyset position that leaves `tail` rows after it (the last page). */
async function storeCursorFromEnd(where: string, tail = 10): Promise<string> {
  const r = await one<{ at: string; id: string }>(
    `select published_at::text as at, id from listings where live and ${where} order by published_at asc, id asc offset ${tail} limit 1`,
  );
  return encodeKeyset(r.at, r.id);
}
async function feedCursorFromEnd(tail = 50): Promise<string> {
  const r = await one<{ at: string; id: string }>(
    `select updated_at::text as at, id from listings where published is not null order by updated_at desc, id desc offset ${tail} limit 1`,
  );
  return encodeKeyset(r.at, r.id);
}
const sample = await one<{ id: string; slug: string }>(
  `select id, slug from listings where live order by published_at desc limit 1 offset 1000`,
);
const recent = await one<{ since: string }>(
  `select (max(updated_at) - interval '1 hour')::text as since from listings`,
);

console.log(
  `listings: ${counts.total.toLocaleString('en-US')} (${counts.live.toLocaleString('en-US')} live, ${counts.published.toLocaleString('en-US')} ever approved)`,
);
console.log(
  `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load avg ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${RUNS} runs each\n`,
);
console.log('| case | DB time (median) | min–max | rows | scans | wall, incl. round trip |');
console.log('|---|---|---|---|---|---|');
const store = async (f: Parameters<typeof listStoreListings>[0]) => {
  const p = await listStoreListings(f);
  return { n: p.items.length, next: p.nextCursor, timedOut: p.searchTimedOut };
};
const first = await measure('/store first page', () => store({}));
await measure('/store page 2', () => store({ cursor: first.next! }));
await measure('/store last page', async () => store({ cursor: await storeCursorFromEnd('true') }));
await measure('/store category=wine', () => store({ category: 'wine' }));
await measure('/store category=wine, last page', async () =>
  store({ category: 'wine', cursor: await storeCursorFromEnd(`pub_category = 'wine'`) }),
);
await measure('/store state=VT', () => store({ state: 'VT' }));
await measure('/store state=MI + category=apparel', () => store({ state: 'MI', category: 'apparel' }));
await measure('/store search "riesling" (1 in 12)', () => store({ q: 'riesling' }));
await measure('/store search "蓝莓" (1 in 12)', () => store({ q: '蓝莓' }));
await measure('/store search "riesling 500" (rare)', () => store({ q: 'riesling 500' }));
await measure('/store search "no-such-term" (none)', () => store({ q: 'no-such-term' }));
await measure('/store search "雷司令 500号" (rare, Chinese)', () => store({ q: '雷司令 500号' }));
await measure('/store search "ginseng" + state=VT', () => store({ q: 'ginseng', state: 'VT' }));
await measure('/store search "riesling", page 2', async () =>
  store({ q: 'riesling', cursor: (await listStoreListings({ q: 'riesling' })).nextCursor! }),
);
await measure('/store search "xq" (2 letters, none: no trigram)', () => store({ q: 'xq' }));
// Terms of one or two Chinese characters: no trigram either; served by pub_grams (migration 0017).
await measure('/store search "酒" (1 character, common)', () => store({ q: '酒' }));
await measure('/store search "莓" (1 character)', () => store({ q: '莓' }));
await measure('/store search "樱桃" (2 characters)', () => store({ q: '樱桃' }));
await measure('/store search "榴莲" (2 characters, none: not in the catalogue)', () => store({ q: '榴莲' }));
await measure('/store search "榴莲" + category=wine', () => store({ q: '榴莲', category: 'wine' }));
await measure('/store search "蓝莓" + state=VT', () => store({ q: '蓝莓', state: 'VT' }));
await measure('product page (by id)', async () => ({ n: (await getStoreProductById(sample.id)) ? 1 : 0, next: null }));
const feed = async (q: Parameters<typeof listFeed>[0]) => {
  const p = await listFeed(q);
  return { n: p.rows.length, next: p.nextCursor };
};
const f1 = await measure('feed first page (limit 100)', () => feed({ limit: 100 }));
await measure('feed page 2 (limit 100)', () => feed({ limit: 100, cursor: f1.next! }));
await measure('feed last page (limit 100)', async () => feed({ limit: 100, cursor: await feedCursorFromEnd() }));
await measure('feed limit 200', () => feed({ limit: 200 }));
await measure('feed since = last hour (incremental)', () =>
  feed({ limit: 100, since: recent.since.replace(' ', 'T').replace(/\+00$/, 'Z') }),
);
await client.end({ timeout: 5 });
