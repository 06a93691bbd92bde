import os from 'node:os';

// Database time of the shipment pages at scale (issue 6, "Performance").
//   DATABASE_URL=postgres://…/hg_scale npm run bench:shipments [-- --runs 7]
// Each case calls the real query function of db/queries/shipments.ts (listShipments with a filter built
// by shipmentFilterSchema as the admin page builds it, listStuck, getShipment, listMyShipments) with a
// drizzle logger that records every statement and its parameters, then runs each statement under
// EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) several times and reports the median execution time, the
// planning time and the plan's scans. Functions that send several statements (the stuck list: one per
// status; a shipment page: shipment, lines, documents, timeline, business, registrations) get one row
// per statement and a row with their sum.
import { connectBench, ensureReactServer, median, scans, shape, type PlanNode } from './harness';

ensureReactServer();
const { getShipment } = await import('@/db/queries/shipments');
const { listShipments, listStuck, listMyShipments } = await import('@/db/queries/shipments-list');
const { encodeCursor } = await import('@/db/pagination');
const { shipmentFilterSchema } = await import('@/lib/validation/shipment');
const { SHIPMENT_STATUSES } = await import('@/lib/domain/shipment-status');
const { SCALE_REVIEWER } = await import('@/db/seed-scale');
const { buildActor } = await import('@/db/queries/acting');
type Actor = import('@/lib/auth/actor').Actor;

const {
  client,
  captured,
  one,
  runs: RUNS,
} = await connectBench('npm run db:seed:shipments-scale -- --shipments 2000000');

const reviewer = await one<{ id: string; email: string; name: string }>(
  `select id, email, name from users where email = $1`,
  [SCALE_REVIEWER.email],
);
if (!reviewer) {
  console.error(`${SCALE_REVIEWER.email} not found: run npm run db:seed:scale first.`);
  process.exit(2);
}
const staff: Actor = {
  userId: reviewer.id,
  email: reviewer.email,
  name: reviewer.name,
  role: 'reviewer',
  emailVerified: true,
  businessId: null,
  acting: null,
  helper: null,
};

const counts = await one<
  Record<'businesses' | 'listings' | 'shipments' | 'lines' | 'documents' | 'events' | 'open', number>
>(`
  select (select count(*)::int from businesses) as businesses,
         (select count(*)::int from listings) as listings,
         (select count(*)::int from shipments) as shipments,
         (select count(*)::int from shipment_lines) as lines,
         (select count(*)::int from shipment_documents) as documents,
         (select count(*)::int from shipment_events) as events,
         (select count(*)::int from shipments where status not in ('delivered', 'cancelled', 'rejected_returned', 'destroyed')) as open`);
if (counts.shipments < 1000) {
  console.error('Too few shipments: run npm run db:seed:shipments-scale -- --shipments 2000000 first.');
  process.exit(2);
}

/** A keyset cursor `offset` rows into a filter's order (status_entered_at, id): the position of a deep page. */
async function cursorAt(where: string, offset: number): Promise<string> {
  const r = await one<{ at: string; id: string }>(
    `select to_json(status_entered_at) #>> '{}' as at, id from shipments where ${where} order by status_entered_at, id offset ${offset} limit 1`,
  );
  return encodeCursor([new Date(r.at).toISOString(), r.id]);
}
async function countWhere(where: string): Promise<number> {
  return (await one<{ n: number }>(`select count(*)::int as n from shipments where ${where}`)).n;
}
const middle = async (where: string) => cursorAt(where, Math.floor((await countWhere(where)) / 2));
const last = async (where: string) => cursorAt(where, Math.max(0, (await countWhere(where)) - 30));

// Samples: a reference, a buyer, the shipments with the longest timelines, the busiest seller.
const sample = await one<{ reference: string; buyer_name: string }>(
  `select reference, buyer_name from shipments where status = 'shipped' order by id limit 1`,
);
const longTimeline = await one<{ id: string; n: number }>(`
  select s.id, (select count(*)::int from shipment_events e where e.shipment_id = s.id) as n
  from shipments s where s.status = 'delivered' and s.channel = 'cbec_bonded'
    and exists (select 1 from shipment_events e where e.shipment_id = s.id and e.visibility = 'internal' and e.kind = 'note')
  order by n desc limit 1`);
const openWithDocs = await one<{ id: string; business_id: string }>(`
  select s.id, s.business_id from shipments s where s.status = 'on_hold'
    and exists (select 1 from shipment_documents d where d.shipment_id = s.id) order by s.id limit 1`);
const busiest = await one<{ business_id: string; n: number }>(
  `select business_id, count(*)::int as n from shipments group by business_id order by n desc limit 1`,
);
const sellerOf = async (businessId: string): Promise<Actor> => {
  const u = await one<{ id: string; email: string; name: string }>(
    `select u.id, u.email, u.name from business_members m join users u on u.id = m.user_id where m.business_id = $1 and m.role = 'owner'`,
    [businessId],
  );
  return buildActor({ ...u, role: 'business', emailVerifiedAt: new Date() }, businessId);
};
const busySeller = await sellerOf(busiest.business_id);
const holdSeller = await sellerOf(openWithDocs.business_id);

type Case = { name: string; run: () => Promise<{ rows: number }>; labels?: (i: number) => string };
const list = (name: string, raw: Record<string, string>, pageSize?: number): Case => ({
  name,
  run: async () => ({ rows: (await listShipments(staff, shipmentFilterSchema.parse(raw), pageSize)).rows.length }),
});
let page2Cursor = '';
/** The cursor of a filter's second page, as the page's "Next" link carries it. */
const nextOf = async (raw: Record<string, string>) =>
  (await listShipments(staff, shipmentFilterSchema.parse(raw))).nextCursor ?? '';
const monthPrefix = sample.reference.slice(0, 8);

const cases: Case[] = [
  {
    name: 'admin list, first page',
    run: async () => {
      const page = await listShipments(staff, shipmentFilterSchema.parse({}));
      page2Cursor = page.nextCursor ?? '';
      return { rows: page.rows.length };
    },
  },
  {
    name: 'admin list, page 2 (cursor from page 1)',
    run: async () => ({
      rows: (await listShipments(staff, shipmentFilterSchema.parse({ cursor: page2Cursor }))).rows.length,
    }),
  },
  list('admin list, middle page (keyset)', { cursor: await middle('true') }),
  list('admin list, last page', { cursor: await last('true') }),
  ...SHIPMENT_STATUSES.map((status) => list(`status=${status}`, { status })),
  list('status=delivered, middle page', { status: 'delivered', cursor: await middle(`status = 'delivered'`) }),
  list('status=shipped, last page', { status: 'shipped', cursor: await last(`status = 'shipped'`) }),
  list('channel=general_trade', { channel: 'general_trade' }),
  list('channel=cbec_bonded', { channel: 'cbec_bonded' }),
  list('channel=cbec_direct', { channel: 'cbec_direct' }),
  list('channel=cbec_direct, middle page', { channel: 'cbec_direct', cursor: await middle(`channel = 'cbec_direct'`) }),
  list('state=MI', { state: 'MI' }),
  list('state=VT (rare)', { state: 'VT' }),
  list('state=AK (no shipments)', { state: 'AK' }),
  list('state=MI, middle page', { state: 'MI', cursor: await middle(`origin_states @> array['MI']`) }),
  list('category=fresh_fruit', { category: 'fresh_fruit' }),
  list('category=wine', { category: 'wine' }),
  list('category=processed_food', { category: 'processed_food' }),
  list('category=apparel', { category: 'apparel' }),
  list('category=tea (no shipments)', { category: 'tea' }),
  list('carrier=Maersk', { carrier: 'Maersk' }),
  list('carrier=SF Express', { carrier: 'SF Express' }),
  list('carrier=Maersk, middle page', { carrier: 'Maersk', cursor: await middle(`carrier = 'Maersk'`) }),
  list('carrier with no match "Acme Freight"', { carrier: 'Acme Freight' }),
  list(`search reference "${sample.reference}"`, { q: sample.reference }),
  list(`search reference prefix "${monthPrefix}"`, { q: monthPrefix }),
  list('search reference prefix "SHP-"', { q: 'SHP-' }),
  list(`search buyer "${sample.buyer_name}"`, { q: sample.buyer_name }),
  list('search buyer prefix "qingdao"', { q: 'qingdao' }),
  list('search with no match "zzz"', { q: 'zzz' }),
  list(`search reference prefix "${monthPrefix}", page 2`, {
    q: monthPrefix,
    cursor: await nextOf({ q: monthPrefix }),
  }),
  list('search buyer prefix "wuhan"', { q: 'wuhan' }),
  list('search buyer prefix "wuhan", page 2', { q: 'wuhan', cursor: await nextOf({ q: 'wuhan' }) }),
  list(`search buyer "${sample.buyer_name}", page 2`, {
    q: sample.buyer_name,
    cursor: await nextOf({ q: sample.buyer_name }),
  }),
  list(`search reference prefix "${monthPrefix}" + state=VT (rare)`, { q: monthPrefix, state: 'VT' }),
  list('search buyer "wuhan" + state=AK (no shipments)', { q: 'wuhan', state: 'AK' }),
  list('status=shipped + channel=general_trade', { status: 'shipped', channel: 'general_trade' }),
  list('status=on_hold + state=MI', { status: 'on_hold', state: 'MI' }),
  list('status=shipped + carrier=Maersk', { status: 'shipped', carrier: 'Maersk' }),
  list('status=customs_declared + category=wine', { status: 'customs_declared', category: 'wine' }),
  list('status=delivered + state=VT + category=apparel', { status: 'delivered', state: 'VT', category: 'apparel' }),
  list('status=destroyed + category=fresh_fruit + state=WA', {
    status: 'destroyed',
    category: 'fresh_fruit',
    state: 'WA',
  }),
  list('channel=cbec_bonded + category=wine + state=MI', { channel: 'cbec_bonded', category: 'wine', state: 'MI' }),
  list('channel=cbec_direct + category=fresh_fruit', { channel: 'cbec_direct', category: 'fresh_fruit' }),
  list('carrier=OOCL + state=ND', { carrier: 'OOCL', state: 'ND' }),
  list('state=TX + category=apparel (both under 2 %)', { state: 'TX', category: 'apparel' }),
  list('state=AK + category=wine (no shipments)', { state: 'AK', category: 'wine' }),
  list('status=in_bonded_warehouse + carrier=Cathay Cargo + category=processed_food', {
    status: 'in_bonded_warehouse',
    carrier: 'Cathay Cargo',
    category: 'processed_food',
  }),
  list('search buyer "qingdao" + status=shipped', { q: 'qingdao', status: 'shipped' }),
  list('search buyer "wuhan" + state=MI + category=wine', { q: 'wuhan', state: 'MI', category: 'wine' }),
  list('search reference prefix + channel=cbec_direct', { q: sample.reference.slice(0, 11), channel: 'cbec_direct' }),
  list('CSV export batch (1,000 rows), status=delivered', { status: 'delivered' }, 1000),
  {
    name: 'stuck list (listStuck)',
    run: async () => ({ rows: (await listStuck(staff)).reduce((a, g) => a + g.rows.length, 0) }),
  },
  {
    name: `shipment page, staff (getShipment, ${longTimeline.n} events)`,
    run: async () => ({ rows: (await getShipment(staff, longTimeline.id)).events.length }),
  },
  {
    name: 'shipment page, seller, on hold with documents',
    run: async () => ({ rows: (await getShipment(holdSeller, openWithDocs.id)).events.length }),
  },
  {
    name: `seller's own list (listMyShipments, ${busiest.n} shipments)`,
    run: async () => ({ rows: (await listMyShipments(busySeller)).length }),
  },
];

interface Result {
  name: string;
  medianMs: number;
  minMs: number;
  planningMs: number;
  rows: number | string;
  buffers: string;
  shape: string;
  scans: string;
  sub?: boolean;
}

/** The host's speed right now (ms for 2e8 additions in Node), to compare runs on a shared machine. */
function calibrate(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 2e8; i++) x += i;
  if (x < 0) console.log(x);
  return Math.round(performance.now() - t0);
}

/** A short name for a statement of a multi-statement function: its table (and status for the stuck list). */
function label(stmt: { query: string; params: unknown[] }): string {
  const table = /from "?([a-z_]+)"?/.exec(stmt.query)?.[1] ?? '?';
  const status = /"shipments"\."status" = \$1/.test(stmt.query) ? ` status=${String(stmt.params[0])}` : '';
  return `${table}${status}`;
}

/** EXPLAIN ANALYZE a captured statement; `settings` are the `set local` statements the function sent before it in its transaction. */
async function explain(stmt: { query: string; params: unknown[] }, settings: string[] = []) {
  const exec: number[] = [];
  const plan: number[] = [];
  let top: { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number } | undefined;
  for (let i = 0; i < RUNS; i++) {
    type Explained = { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }] };
    const q = `explain (analyze, buffers, format json) ${stmt.query}`;
    const r = settings.length
      ? ((await client.begin(async (t) => {
          for (const s of settings) await t.unsafe(s);
          return (await t.unsafe(q, stmt.params as never[]))[0];
        })) as unknown as Explained)
      : await one<Explained>(q, stmt.params);
    top = r['QUERY PLAN'][0];
    exec.push(top['Execution Time']);
    plan.push(top['Planning Time']);
  }
  const p = top!.Plan;
  return {
    medianMs: median(exec),
    minMs: Math.min(...exec),
    planningMs: median(plan),
    buffers: `${p['Shared Hit Blocks'] ?? 0}/${p['Shared Read Blocks'] ?? 0}`,
    shape: shape(p),
    scans: [...new Set(scans(p))].join(', '),
  };
}

const results: Result[] = [];
const loadBefore = os.loadavg()[0]!.toFixed(2);
const calibBefore = calibrate();
// BENCH_ONLY=<regex> runs only the cases whose name matches (a quick look at a few; the full table needs all).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
for (const c of only ? cases.filter((x) => only.test(x.name)) : cases) {
  captured.length = 0;
  const { rows } = await c.run();
  // `set local` statements are not measured; they apply to the statements after them (same transaction).
  const stmts: { query: string; params: unknown[]; settings: string[] }[] = [];
  let active: string[] = [];
  for (const s of captured) {
    if (/^set local /i.test(s.query)) active = [...active, s.query];
    else stmts.push({ ...s, settings: active });
  }
  if (!stmts.length) throw new Error(`${c.name} sent no query`);
  if (stmts.length === 1) {
    results.push({ name: c.name, rows, ...(await explain(stmts[0]!, stmts[0]!.settings)) });
  } else {
    const parts: Result[] = [];
    for (const s of stmts)
      parts.push({
        name: `  └ ${label(s)}${s.settings.length ? ` (${s.settings.join('; ')})` : ''}`,
        rows: '',
        sub: true,
        ...(await explain(s, s.settings)),
      });
    results.push({
      name: `${c.name}: ${stmts.length} statements, sum`,
      rows,
      medianMs: parts.reduce((a, p) => a + p.medianMs, 0),
      minMs: parts.reduce((a, p) => a + p.minMs, 0),
      planningMs: parts.reduce((a, p) => a + p.planningMs, 0),
      buffers: '',
      shape: '',
      scans: '',
    });
    results.push(...parts);
  }
  const r = results.find((x) => x.name.startsWith(c.name))!;
  console.error(`${r.medianMs.toFixed(2).padStart(8)} ms  ${r.name}`);
}

const slow = results.filter((r) => !r.sub && r.medianMs >= 50);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const n = (x: number) => x.toLocaleString('en-US');
console.log(
  `\nPostgreSQL ${(await one<{ v: string }>(`select current_setting('server_version') as v`)).v.split(' ')[0]}; ${os.cpus().length} cores; ` +
    `load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after; CPU calibration ${calibBefore} ms before, ${calibrate()} ms after; ` +
    `${RUNS} runs per statement (EXPLAIN ANALYZE, warm cache).`,
);
console.log(
  `Rows: ${n(counts.businesses)} businesses, ${n(counts.listings)} listings, ${n(counts.shipments)} shipments (${n(counts.open)} open), ` +
    `${n(counts.lines)} lines, ${n(counts.documents)} documents, ${n(counts.events)} events.\n`,
);
console.log('| Case | Median DB ms | Min ms | Planning ms | Rows | Buffers hit/read | Plan | Scans |');
console.log('|---|---:|---:|---:|---:|---:|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${fmt(r.medianMs)} | ${fmt(r.minMs)} | ${fmt(r.planningMs)} | ${r.rows} | ${r.buffers} | ${r.shape} | ${r.scans} |`,
  );
}
console.log(
  slow.length
    ? `\n${slow.length} case(s) at or over 50 ms: ${slow.map((r) => r.name).join('; ')}`
    : '\nEvery case under 50 ms.',
);
await client.end({ timeout: 5 });
process.exit(slow.length ? 1 : 0);
