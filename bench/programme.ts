import os from 'node:os';

// Database time of every programme-view read (the /admin dashboard and the public /programme page).
//   DATABASE_URL=postgres://…/hg_scale npx tsx bench/programme.ts [--runs 7]
// Each case calls the real data-layer function with a drizzle logger that records every statement it
// sends, then runs each statement under EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) several times. A case's
// DB time is the sum of its statements' median execution times (they run one after another on one
// connection here; the page runs the sections concurrently on a pool).
import { connectBench, ensureReactServer, median, scans, type PlanNode } from './harness';

ensureReactServer();
const q = await import('@/db/queries/programme');
const { programmeFilterSchema, utcToday } = await import('@/lib/validation/programme');
const { addDays } = await import('@/lib/domain/programme');
type Actor = import('@/lib/auth/actor').Actor;

const { client, captured, one, runs: RUNS } = await connectBench('npm run db:seed:scale -- --businesses N');

const reviewer = await one<{ id: string; email: string; name: string }>(
  `select id, email, name from users where role in ('reviewer', 'admin') order by created_at limit 1`,
);
if (!reviewer) {
  console.error('No reviewer in this database: run npm run db:seed:scale first.');
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

const today = utcToday();
const f = (raw: Record<string, string> = {}) => programmeFilterSchema(today).parse(raw);
const year = { from: addDays(today, -364) };
const max = { from: addDays(today, -730) };

const cases: [string, () => Promise<unknown>][] = [
  ['funnel, 26 weeks', () => q.getProgrammeFunnel(actor, f())],
  ['funnel, 2 years, WI + wine', () => q.getProgrammeFunnel(actor, f({ ...max, state: 'WI', category: 'wine' }))],
  ['stalls (missing, rejected + reasons), 26 weeks', () => q.getProgrammeStalls(actor, f())],
  ['stalls, 2 years', () => q.getProgrammeStalls(actor, f(max))],
  ['timing by week, 26 weeks', () => q.getProgrammeTiming(actor, f())],
  ['timing by week, 2 years, MI', () => q.getProgrammeTiming(actor, f({ ...max, state: 'MI' }))],
  ['waiting past target + holders', () => q.getProgrammeWaiting(actor, f(), 10, today)],
  [
    'waiting, WI + cbec_direct',
    () => q.getProgrammeWaiting(actor, f({ state: 'WI', channel: 'cbec_direct' }), 10, today),
  ],
  ['decisions per reviewer, 26 weeks', () => q.getProgrammeReviewers(actor, f())],
  ['decisions per reviewer, 2 years', () => q.getProgrammeReviewers(actor, f(max))],
  ['growth + categories + channels, 26 weeks', () => q.getProgrammeGrowth(actor, f())],
  ['growth, 1 year, OH + apparel', () => q.getProgrammeGrowth(actor, f({ ...year, state: 'OH', category: 'apparel' }))],
  ['growth, 2 years', () => q.getProgrammeGrowth(actor, f(max))],
  ['progress to 1,000,000', () => q.getProgrammeProgress(actor, today)],
  ['map, approved now', () => q.getProgrammeMap(actor, f())],
  ['map, started (cohort), 26 weeks', () => q.getProgrammeMap(actor, f({ step: 'started' }))],
  [
    'map, approved (cohort), 2 years, wine',
    () => q.getProgrammeMap(actor, f({ ...max, step: 'approved', category: 'wine' })),
  ],
  ['freshness (pending deltas)', () => q.getProgrammeFreshness(actor)],
  ['public page figures', () => q.getPublicProgramme(today)],
];

function calibrate(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 2e8; i++) x += i;
  if (x < 0) console.log(x);
  return Math.round(performance.now() - t0);
}

interface Result {
  name: string;
  statements: number;
  ms: number;
  worstMs: number;
  planningMs: number;
  scans: string;
}
const results: Result[] = [];
const loadBefore = os.loadavg()[0]!.toFixed(2);
const calibBefore = calibrate();
for (const [name, call] of cases) {
  captured.length = 0;
  await call();
  const statements = [...captured];
  let ms = 0;
  let planning = 0;
  let worst = 0;
  const allScans = new Set<string>();
  for (const stmt of statements) {
    const exec: number[] = [];
    const plan: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await one<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }] }>(
        `explain (analyze, buffers, format json) ${stmt.query}`,
        stmt.params,
      );
      const p = r['QUERY PLAN'][0];
      exec.push(p['Execution Time']);
      plan.push(p['Planning Time']);
      if (i === 0) for (const s of scans(p.Plan)) allScans.add(s);
    }
    ms += median(exec);
    planning += median(plan);
    worst = Math.max(worst, median(exec));
  }
  results.push({
    name,
    statements: statements.length,
    ms,
    worstMs: worst,
    planningMs: planning,
    scans: [...allScans].join(', '),
  });
  console.error(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
}

const counts = await one<Record<string, number>>(`
  select (select count(*)::int from businesses) as businesses,
         (select count(*)::int from applications) as applications,
         (select count(*)::int from listings) as listings,
         (select count(*)::int from shipments) as shipments,
         (select count(*)::int from application_events) as events,
         (select count(*)::int from programme_cells) as cells,
         (select count(*)::int from programme_deltas) as deltas`);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
console.log(
  `\nPostgreSQL ${(await one<{ v: string }>(`select current_setting('server_version') as v`)).v.split(' ')[0]}; ${os.cpus().length} cores; ` +
    `load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after; CPU calibration ${calibBefore} ms before, ${calibrate()} ms after; ` +
    `${RUNS} runs per statement (EXPLAIN ANALYZE, warm cache).`,
);
console.log(
  `Rows: ${Object.entries(counts)
    .map(([k, v]) => `${Number(v).toLocaleString('en-US')} ${k}`)
    .join(', ')}.\n`,
);
console.log('| Read | Statements | DB ms (sum of medians) | Slowest statement ms | Planning ms | Scans |');
console.log('|---|---:|---:|---:|---:|---|');
for (const r of results)
  console.log(`| ${r.name} | ${r.statements} | ${fmt(r.ms)} | ${fmt(r.worstMs)} | ${fmt(r.planningMs)} | ${r.scans} |`);
const slow = results.filter((r) => r.ms >= 50);
console.log(
  slow.length
    ? `\n${slow.length} read(s) at or over 50 ms: ${slow.map((r) => r.name).join('; ')}`
    : '\nEvery read under 50 ms.',
);
await client.end({ timeout: 5 });
process.exit(slow.length ? 1 : 0);
