import os from 'node:os';

// Database time of the reviewer queue at scale (issue 3, "Scale").
//   DATABASE_URL=postgres://…/hg_scale npm run bench:queue [-- --runs 7]
// Each case calls the real listQueue(actor, filter) with a drizzle logger that records the exact SQL
// and parameters it sends, then runs that statement under EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)
// several times and reports the median execution time and the plan's scans.
import { connectBench, ensureReactServer, median, scans, shape, type PlanNode } from './harness';

ensureReactServer();
const { listQueue } = await import('@/db/queries/applications');
const { encodeCursor } = await import('@/db/pagination');
const { queueFilterSchema } = await import('@/lib/validation/application');
const { SCALE_REVIEWER } = await import('@/db/seed-scale');
type Actor = import('@/lib/auth/actor').Actor;

const { client, captured, one, runs: RUNS } = await connectBench('npm run db:seed:scale -- --businesses 1000000');

// The reviewer the benchmark acts as (seeded by db/seed-scale.ts; "mine" = applications assigned to them).
const reviewer = await one<{ id: string; email: string; name: string }>(
  `select id, email, name from users where email = $1`,
  [SCALE_REVIEWER.email],
);
if (!reviewer) {
  console.error(`${SCALE_REVIEWER.email} not found: run npm run db:seed:scale first.`);
  process.exit(2);
}
const actor: Actor = {
  userId: reviewer.id,
  email: reviewer.email,
  name: reviewer.name,
  role: 'reviewer',
  emailVerified: true,
  businessId: null,
  acting: null,
  helper: null,
};

/** A cursor that leaves `tail` rows after it: the keyset position of the last page of a filter. */
async function cursorFromEnd(where: string, params: unknown[], tail = 30): Promise<string> {
  const r = await one<{ at: string; id: string }>(
    `select to_json(submitted_at) #>> '{}' as at, id from applications where ${where} order by submitted_at desc nulls first, id desc offset ${tail} limit 1`,
    params,
  );
  return encodeCursor([new Date(r.at).toISOString(), r.id]);
}

const counts = await one<Record<'businesses' | 'applications' | 'open' | 'events' | 'users', number>>(`
  select (select count(*)::int from businesses) as businesses,
         (select count(*)::int from applications) as applications,
         (select count(*)::int from applications where status in ('submitted', 'in_review')) as open,
         (select count(*)::int from application_events) as events,
         (select count(*)::int from users) as users`);
const sample = await one<{ ein: string; owner_email: string; search_name: string }>(
  `select ein, owner_email, search_name from applications where status = 'in_review' order by id limit 1`,
);

const OPEN = `status in ('submitted', 'in_review')`;
const cases: [string, Record<string, string>][] = [
  ['open, first page', {}],
  ['open, page 2 (cursor from page 1)', { cursor: 'PAGE2' }],
  ['open, middle page', { cursor: await cursorFromEnd(OPEN, [], Math.floor(counts.open / 2)) }],
  ['open, last page', { cursor: await cursorFromEnd(OPEN, []) }],
  ['status=submitted', { status: 'submitted' }],
  ['status=in_review', { status: 'in_review' }],
  ['status=changes_requested', { status: 'changes_requested' }],
  ['status=approved', { status: 'approved' }],
  ['status=approved, last page', { status: 'approved', cursor: await cursorFromEnd(`status = 'approved'`, []) }],
  ['status=rejected', { status: 'rejected' }],
  ['status=suspended', { status: 'suspended' }],
  ['state=MI', { state: 'MI' }],
  ['state=MI, last page', { state: 'MI', cursor: await cursorFromEnd(`${OPEN} and state = 'MI'`, []) }],
  ['state=VT (rare)', { state: 'VT' }],
  ['midwest', { midwest: '1' }],
  ['category=wine', { category: 'wine' }],
  ['channel=cbec_direct', { channel: 'cbec_direct' }],
  ['mine', { mine: '1' }],
  ['mine, last page', { mine: '1', cursor: await cursorFromEnd(`${OPEN} and assigned_to = $1`, [actor.userId]) }],
  ['olderThanDays=30', { olderThanDays: '30' }],
  ['olderThanDays=700', { olderThanDays: '700' }],
  ['state=MI + category=wine', { state: 'MI', category: 'wine' }],
  ['midwest + channel=cbec_bonded + category=apparel', { midwest: '1', channel: 'cbec_bonded', category: 'apparel' }],
  ['approved + state=OH + category=apparel', { status: 'approved', state: 'OH', category: 'apparel' }],
  ['approved + category=wine + channel=cbec_direct', { status: 'approved', category: 'wine', channel: 'cbec_direct' }],
  ['mine + olderThanDays=30 + category=wine', { mine: '1', olderThanDays: '30', category: 'wine' }],
  ['search name prefix "prairie"', { q: 'prairie' }],
  ['search name prefix "hansen family"', { q: 'hansen family' }],
  [`search exact name "${sample.search_name}"`, { q: sample.search_name }],
  ['search one letter "m"', { q: 'm' }],
  [`search EIN "${sample.ein}"`, { q: sample.ein }],
  [`search e-mail "${sample.owner_email}"`, { q: sample.owner_email }],
  ['search e-mail prefix "owner12345"', { q: 'owner12345' }],
  ['search city "grand rapids"', { q: 'grand rapids' }],
  ['search name, approved', { status: 'approved', q: 'prairie' }],
  ['search city + state=MI', { state: 'MI', q: 'grand rapids' }],
  [
    'search city + category=wine + channel=cbec_direct',
    { q: 'sturgeon bay', category: 'wine', channel: 'cbec_direct' },
  ],
  ['search city, approved + channel=cbec_direct', { status: 'approved', q: 'sturgeon bay', channel: 'cbec_direct' }],
  [
    'search city, rejected + state=WI + category=wine',
    { status: 'rejected', q: 'sturgeon bay', state: 'WI', category: 'wine' },
  ],
  ['search name + mine', { mine: '1', q: 'prairie' }],
  ['search name + olderThanDays=700', { olderThanDays: '700', q: 'hansen' }],
  [
    'search name, approved, last page',
    {
      status: 'approved',
      q: 'prairie',
      cursor: await cursorFromEnd(`status = 'approved' and search_name like 'prairie%'`, []),
    },
  ],
  ['search with no match "zzz"', { q: 'zzz' }],
];

interface Result {
  name: string;
  medianMs: number;
  minMs: number;
  planningMs: number;
  rows: number;
  buffers: string;
  shape: string;
  scans: string;
}

/** The host's speed right now (ms for 2e8 additions in Node), to compare runs on a shared machine. */
function calibrate(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 2e8; i++) x += i;
  if (x < 0) console.log(x);
  return Math.round(performance.now() - t0);
}

const results: Result[] = [];
const loadBefore = os.loadavg()[0]!.toFixed(2);
const calibBefore = calibrate();
let page2Cursor: string | null = null;
for (const [name, raw] of cases) {
  const input = raw.cursor === 'PAGE2' ? { ...raw, cursor: page2Cursor ?? '' } : raw;
  const filter = queueFilterSchema.parse(input);
  captured.length = 0;
  const page = await listQueue(actor, filter);
  if (name === 'open, first page') page2Cursor = page.nextCursor;
  const stmt = captured.at(-1) ?? null;
  if (!stmt) throw new Error(`listQueue sent no query for ${name}`);
  const exec: number[] = [];
  const plan: number[] = [];
  let last: { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number } | undefined;
  for (let i = 0; i < RUNS; i++) {
    const r = await one<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }] }>(
      `explain (analyze, buffers, format json) ${stmt.query}`,
      stmt.params,
    );
    last = r['QUERY PLAN'][0];
    exec.push(last['Execution Time']);
    plan.push(last['Planning Time']);
  }
  const top = last!.Plan;
  results.push({
    name,
    medianMs: median(exec),
    minMs: Math.min(...exec),
    planningMs: median(plan),
    rows: page.rows.length,
    buffers: `${top['Shared Hit Blocks'] ?? 0}/${top['Shared Read Blocks'] ?? 0}`,
    shape: shape(top),
    scans: [...new Set(scans(top))].join(', '),
  });
  const r = results[results.length - 1]!;
  console.error(`${r.medianMs.toFixed(2).padStart(8)} ms  ${name}`);
}

const slow = results.filter((r) => r.medianMs >= 50);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
console.log(
  `\nPostgreSQL ${(await one<{ v: string }>(`select current_setting('server_version') as v`)).v.split(' ')[0]}; ${os.cpus().length} cores; ` +
    `load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after; CPU calibration ${calibBefore} ms before, ${calibrate()} ms after; ` +
    `${RUNS} runs per case (EXPLAIN ANALYZE, warm cache).`,
);
console.log(
  `Rows: ${counts.businesses.toLocaleString('en-US')} businesses, ${counts.applications.toLocaleString('en-US')} applications (${counts.open.toLocaleString('en-US')} open), ${counts.events.toLocaleString('en-US')} events, ${counts.users.toLocaleString('en-US')} users.\n`,
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
