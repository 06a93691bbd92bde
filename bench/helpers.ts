import os from 'node:os';

// Database time of a helper organisation's home (listHelperBusinesses) for a helper with 5,000 businesses
// among 50,000, every filter, first and later pages.
//   createdb hg_helpers_bench; DATABASE_URL=postgres://…/hg_helpers_bench npm run db:migrate
//   DATABASE_URL=postgres://…/hg_helpers_bench npm run bench:helpers -- --seed [--runs 7]
// `--seed` adds the rows once (SQL generate_series): 50,000 businesses with applications, a registration
// each (one in five expiring within 60 days), a shipment for one in four (a third of them stuck), and ten
// helper organisations with 5,000 active grants each. Each case calls the real query with a capturing
// logger and runs the statement it sent under EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON).
import { connectBench, ensureReactServer, median, scans, shape, type PlanNode } from './harness';

ensureReactServer();
const { listHelperBusinesses } = await import('@/db/queries/helpers');
const { buildActor } = await import('@/db/queries/acting');
type Filter = import('@/db/queries/helpers').HelperBusinessFilter;

const { client, captured, one, runs: RUNS } = await connectBench('npm run bench:helpers -- --seed');

if (process.argv.includes('--seed')) {
  console.error('seeding…');
  await client.unsafe(`
    insert into users (email, name, password_hash, email_verified_at)
      select 'bench-helper-' || o || '@helpers.example', 'Bench Helper ' || o, 'x', now() from generate_series(1, 10) o;
    insert into helper_organisations (name, kind, states)
      select 'Bench Office ' || o, 'state_agriculture_office', array['WI'] from generate_series(1, 10) o;
    insert into helper_staff (organisation_id, user_id)
      select h.id, u.id from helper_organisations h
      join users u on u.email = 'bench-helper-' || substring(h.name from 'Bench Office (\\d+)') || '@helpers.example';
    insert into businesses (slug, legal_name, state, city)
      select 'bench-helped-' || i, 'Bench Helped ' || i || ' LLC',
             (array['WI','MN','MI','IA','OH'])[1 + i % 5], 'Town ' || (i % 300)
      from generate_series(1, 50000) i;
    insert into applications (business_id, owner_email, status, steps_done)
      select b.id, b.slug || '@helpers.example',
             (array['draft','submitted','in_review','changes_requested','approved','approved','approved','rejected'])[1 + (abs(hashtext(b.slug)) % 8)],
             array[1,2]
      from businesses b where b.slug like 'bench-helped-%';
    insert into registrations (business_id, code, number, issuer, expires_on)
      select b.id, 'fda_food_facility', 'F-' || b.slug, 'FDA',
             current_date + case when abs(hashtext(b.slug)) % 5 = 0 then 20 else 400 end
      from businesses b where b.slug like 'bench-helped-%';
    insert into shipments (business_id, reference, channel, buyer_name, buyer_city, destination, incoterm, carrier,
                           mode, value_usd_cents, eei_required, status, status_entered_at, search_text)
      select b.id, 'SHP-BENCH-' || b.slug, 'general_trade', 'Buyer', 'Shanghai', 'Shanghai', 'CIF', 'COSCO', 'sea', 100,
             false, 'documents_in_progress',
             now() - case when abs(hashtext(b.slug)) % 3 = 0 then interval '30 days' else interval '2 days' end,
             lower('SHP-BENCH-' || b.slug)
      from businesses b where b.slug like 'bench-helped-%' and abs(hashtext(b.slug || 's')) % 4 = 0;
    insert into helper_grants (business_id, organisation_id, scopes, status, decided_at)
      select b.id, h.id, array['view','prepare'], 'active', now()
      from (select id, row_number() over (order by id) as n from businesses where slug like 'bench-helped-%') b
      join helper_organisations h on h.name = 'Bench Office ' || (1 + (b.n - 1) % 10);
    analyze;
  `);
}

const staff = await one<{ id: string; email: string; name: string; role: 'business'; email_verified_at: Date }>(
  `select id, email, name, role, email_verified_at from users where email = 'bench-helper-1@helpers.example'`,
);
if (!staff) {
  console.error('No bench helper: run with --seed on a migrated database first.');
  process.exit(2);
}
const actor = await buildActor(
  { id: staff.id, email: staff.email, name: staff.name, role: 'business', emailVerifiedAt: staff.email_verified_at },
  null,
);
const counts = await one<Record<'businesses' | 'grants' | 'mine' | 'shipments', number>>(`
  select (select count(*)::int from businesses) as businesses,
         (select count(*)::int from helper_grants where status = 'active') as grants,
         (select count(*)::int from helper_grants where status = 'active' and organisation_id = '${actor.helper!.organisationId}') as mine,
         (select count(*)::int from shipments) as shipments`);
const middle = await one<{ id: string }>(
  `select business_id as id from helper_grants where organisation_id = $1 and status = 'active' order by business_id offset 2500 limit 1`,
  [actor.helper!.organisationId],
);
const last = await one<{ id: string }>(
  `select business_id as id from helper_grants where organisation_id = $1 and status = 'active' order by business_id desc offset 10 limit 1`,
  [actor.helper!.organisationId],
);

const cases: [string, Filter][] = [
  ['first page', {}],
  ['middle page (after the 2,500th)', { after: middle.id }],
  ['last page', { after: last.id }],
  ['status=approved', { status: 'approved' }],
  ['status=rejected', { status: 'rejected' }],
  ['state=WI', { state: 'WI' }],
  ['needs attention: not submitted', { attention: 'not_submitted' }],
  ['needs attention: changes requested', { attention: 'changes_requested' }],
  ['needs attention: registrations expiring', { attention: 'expiring' }],
  ['needs attention: shipments stuck', { attention: 'stuck' }],
  ['stuck + state=WI + approved', { attention: 'stuck', state: 'WI', status: 'approved' }],
  ['stuck, middle page', { attention: 'stuck', after: middle.id }],
  ['state=VT (none)', { state: 'VT' }],
];

function calibrate(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 2e8; i++) x += i;
  if (x < 0) console.log(x);
  return Math.round(performance.now() - t0);
}

const loadBefore = os.loadavg()[0]!.toFixed(2);
const calibBefore = calibrate();
const rows: string[] = [];
let slow = 0;
for (const [name, filter] of cases) {
  captured.length = 0;
  const page = await listHelperBusinesses(actor, filter);
  const stmt = captured.at(-1)!;
  const exec: number[] = [];
  let plan: { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number } | undefined;
  for (let i = 0; i < RUNS; i++) {
    const r = await one<{ 'QUERY PLAN': [NonNullable<typeof plan>] }>(
      `explain (analyze, buffers, format json) ${stmt.query}`,
      stmt.params,
    );
    plan = r['QUERY PLAN'][0];
    exec.push(plan['Execution Time']);
  }
  const m = median(exec);
  if (m >= 50) slow++;
  const top = plan!.Plan;
  rows.push(
    `| ${name} | ${m.toFixed(2)} | ${Math.min(...exec).toFixed(2)} | ${plan!['Planning Time'].toFixed(2)} | ${page.rows.length} | ${top['Shared Hit Blocks'] ?? 0}/${top['Shared Read Blocks'] ?? 0} | ${shape(top)} | ${[...new Set(scans(top))].join(', ')} |`,
  );
  console.error(`${m.toFixed(2).padStart(8)} ms  ${name}`);
}

console.log(
  `PostgreSQL ${(await one<{ v: string }>(`select current_setting('server_version') as v`)).v.split(' ')[0]}; ${os.cpus().length} cores; ` +
    `load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after; CPU calibration ${calibBefore} ms before, ${calibrate()} ms after; ` +
    `${RUNS} runs per case (EXPLAIN ANALYZE, warm cache).`,
);
console.log(
  `Rows: ${counts.businesses.toLocaleString('en-US')} businesses, ${counts.grants.toLocaleString('en-US')} active grants, ` +
    `${counts.mine.toLocaleString('en-US')} for the helper measured, ${counts.shipments.toLocaleString('en-US')} shipments.\n`,
);
console.log('| Case | Median DB ms | Min ms | Planning ms | Rows | Buffers hit/read | Plan | Scans |');
console.log('|---|---:|---:|---:|---:|---:|---|---|');
for (const r of rows) console.log(r);
console.log(slow ? `\n${slow} case(s) at or over 50 ms.` : '\nEvery case under 50 ms.');
await client.end({ timeout: 5 });
process.exit(slow ? 1 : 0);
