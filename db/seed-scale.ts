import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { sql, type SQL } from 'drizzle-orm';
import { ARGON2_OPTIONS } from '@/lib/auth/argon2-options';
import { env } from '@/lib/env';
import { EIN_RULES } from '@/lib/validation/identifiers';
import { openConnection, type Db } from './driver';
import { runMigrations } from './migrate';
import { rebuildProgramme } from './programme-rollups';

// Synthetic data for the reviewer-queue scale proof (issue 3, "Scale"):
//   DATABASE_URL=postgres://… npm run db:seed:scale -- --businesses 1000000 [--reset]
// Every row is created by set-based SQL (generate_series), so a million businesses take minutes.
// Synthetic rows are marked: users by the e-mail domain @scale.example, businesses by the slug prefix
// "scale-". --reset removes exactly those rows first. Without DATABASE_URL (PGlite) at most 20,000.

export const SCALE_DOMAIN = 'scale.example';
export const SCALE_REVIEWER = {
  email: `reviewer@${SCALE_DOMAIN}`,
  password: 'scale-queue-reviewer',
  name: 'Scale Reviewer',
} as const;
const EXTRA_REVIEWERS = 4;
const PGLITE_MAX = 20_000;

const MIDWEST_CITIES: Record<string, string[]> = {
  IL: ['Chicago', 'Springfield', 'Peoria', 'Rockford', 'Champaign', 'Galena'],
  IN: ['Indianapolis', 'Fort Wayne', 'Evansville', 'South Bend', 'Lafayette'],
  IA: ['Des Moines', 'Cedar Rapids', 'Davenport', 'Iowa City', 'Decorah'],
  KS: ['Wichita', 'Topeka', 'Lawrence', 'Manhattan', 'Dodge City'],
  MI: ['Grand Rapids', 'Traverse City', 'Detroit', 'Lansing', 'Kalamazoo', 'Holland', 'Ann Arbor'],
  MN: ['Minneapolis', 'Saint Paul', 'Duluth', 'Rochester', 'Mankato'],
  MO: ['Kansas City', 'Saint Louis', 'Springfield', 'Columbia', 'Hermann'],
  NE: ['Omaha', 'Lincoln', 'Grand Island', 'Kearney'],
  ND: ['Fargo', 'Bismarck', 'Grand Forks', 'Minot'],
  OH: ['Columbus', 'Cleveland', 'Cincinnati', 'Toledo', 'Dayton', 'Sandusky'],
  SD: ['Sioux Falls', 'Rapid City', 'Brookings', 'Aberdeen'],
  WI: ['Milwaukee', 'Madison', 'Green Bay', 'Sturgeon Bay', 'Eau Claire', 'La Crosse'],
};
const OTHER_CITIES: Record<string, string[]> = {
  CA: ['Fresno', 'Napa', 'Sacramento', 'Salinas'],
  WA: ['Yakima', 'Wenatchee', 'Seattle'],
  OR: ['Portland', 'Hood River', 'Medford'],
  NY: ['Rochester', 'Geneva', 'Buffalo'],
  TX: ['Austin', 'Lubbock', 'San Antonio'],
  PA: ['Lancaster', 'Erie', 'Pittsburgh'],
  GA: ['Macon', 'Savannah'],
  FL: ['Orlando', 'Lakeland'],
  NC: ['Raleigh', 'Asheville'],
  VT: ['Burlington', 'Montpelier'],
  CO: ['Denver', 'Grand Junction'],
  KY: ['Louisville', 'Lexington'],
};

const ADJECTIVES = [
  'Prairie',
  'Heartland',
  'Lakeshore',
  'Great Lakes',
  'Red Barn',
  'Golden Valley',
  'Cedar',
  'Maple Ridge',
  'Riverbend',
  'North Star',
  'Oak Hollow',
  'Blue Heron',
  'Harvest Moon',
  'Twin Pines',
  'Willow Creek',
  'Silver Lake',
  'Stone Mill',
  'Sunrise',
  'Bluff Country',
  'Driftless',
  'Four Seasons',
  'Wild Rose',
  'Pioneer',
  'Old Orchard',
  'Country Lane',
  'Big Sky',
  'Cottonwood',
  'Hickory Hill',
  'Fox River',
  'Iron Range',
  'Cherry Point',
  'Sandhill',
  'Meadowlark',
  'Bur Oak',
  'Little Traverse',
  'Mississippi',
  'Ozark',
  'Black Hills',
  'Flint Hills',
  'Sugar Creek',
];
const NOUNS = [
  'Orchard',
  'Creamery',
  'Vineyards',
  'Farms',
  'Foods',
  'Provisions',
  'Cider Works',
  'Winery',
  'Dairy',
  'Apiary',
  'Berry Farm',
  'Grain Co.',
  'Textiles',
  'Woolen Mill',
  'Jerky Co.',
  'Maple Syrup',
  'Cellars',
  'Bakery',
  'Seed Co.',
  'Outfitters',
];
const SURNAMES = [
  'Hansen',
  'Olsen',
  'Bergstrom',
  'Schmidt',
  'Kowalski',
  'Nguyen',
  'Martinez',
  'Johnson',
  'Lindqvist',
  'Okafor',
  'Müller',
  'Novak',
  'Peterson',
  'Larson',
  'Garcia',
  'Weber',
  'Anderson',
  'Kim',
  'Vander Meer',
  'Dubois',
  'Schultz',
  'Patel',
  'Jensen',
  'Miller',
  "O'Brien",
  'Rasmussen',
  'Hoffmann',
  'Lopez',
  'Svoboda',
  'Brooks',
];
const KINDS = [
  'Family Farms',
  'Orchards',
  'Creamery',
  'Winery',
  'Provisions',
  'Cheese Co.',
  'Apple Farm',
  'Honey',
  'Knitwear',
  'Smokehouse',
];
const SUFFIXES = ['LLC', 'LLC', 'LLC', 'Inc.', 'Co.', 'Cooperative'];
const FIRST_NAMES = [
  'Karen',
  'Tom',
  'Aisha',
  'Luis',
  'Mei',
  'John',
  'Sara',
  'Ahmed',
  'Olga',
  'Peter',
  'Grace',
  'Raj',
  'Emma',
  'Diego',
  'Hana',
  'Mark',
];
const CATEGORY_SETS = [
  ['fresh_fruit'],
  ['wine'],
  ['processed_food'],
  ['apparel'],
  ['processed_food', 'fresh_fruit'],
  ['wine', 'processed_food'],
  ['processed_food'],
  ['fresh_fruit'],
];
const CHANNEL_SETS = [
  ['general_trade'],
  ['cbec_bonded'],
  ['cbec_direct'],
  ['general_trade', 'cbec_bonded'],
  ['cbec_bonded', 'cbec_direct'],
  ['general_trade'],
];

function validEinPrefixes(): string[] {
  const out: string[] = [];
  for (const [lo, hi] of EIN_RULES.validPrefixRanges)
    for (let p = lo; p <= hi; p++) out.push(String(p).padStart(2, '0'));
  return out.filter((p) => !(EIN_RULES.invalidPrefixes as readonly string[]).includes(p));
}

/** A SQL text[] literal from a JS array (values are our own constants; quotes are escaped anyway). */
const arr = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`);
/** A SQL text[][] cannot be ragged, so sets are stored as comma-joined strings and split on use. */
const sets = (values: readonly (readonly string[])[]) => arr(values.map((s) => s.join(',')));

function parseArgs(argv: string[]) {
  const i = argv.indexOf('--businesses');
  const raw = i >= 0 ? argv[i + 1] : undefined;
  const n = raw === undefined ? NaN : Number(raw.replace(/_/g, ''));
  return { businesses: n, reset: argv.includes('--reset') };
}

async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const r = await db.execute(q);
  return (Array.isArray(r) ? r : (r as unknown as { rows: T[] }).rows) as T[];
}

async function timed(label: string, timings: [string, number][], log: (s: string) => void, fn: () => Promise<unknown>) {
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  timings.push([label, ms]);
  log(`  ${label.padEnd(28)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
}

/** Deletes every synthetic row. Foreign-key and append-only triggers are skipped (superuser), so it is set-based. */
export async function resetScale(db: Db) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(
      sql`create temp table scale_biz on commit drop as select id from businesses where slug like 'scale-%'`,
    );
    await tx.execute(
      sql`create temp table scale_usr on commit drop as select id from users where email like ${'%@' + SCALE_DOMAIN}`,
    );
    await tx.execute(
      sql`delete from application_events where business_id in (select id from scale_biz) or actor_id in (select id from scale_usr)`,
    );
    await tx.execute(sql`delete from documents where business_id in (select id from scale_biz)`);
    await tx.execute(sql`delete from registrations where business_id in (select id from scale_biz)`);
    await tx.execute(sql`delete from applications where business_id in (select id from scale_biz)`);
    await tx.execute(
      sql`delete from business_members where business_id in (select id from scale_biz) or user_id in (select id from scale_usr)`,
    );
    await tx.execute(sql`delete from businesses where id in (select id from scale_biz)`);
    await tx.execute(sql`delete from notifications where user_id in (select id from scale_usr)`);
    await tx.execute(sql`delete from auth_tokens where user_id in (select id from scale_usr)`);
    await tx.execute(sql`delete from users where id in (select id from scale_usr)`);
  });
}

export async function seedScale(db: Db, n: number, log: (s: string) => void = console.log) {
  const timings: [string, number][] = [];
  const reviewerHash = await hash(SCALE_REVIEWER.password, ARGON2_OPTIONS);
  // Owners are synthetic: one shared hash of a random password nobody knows, so none can sign in.
  const ownerHash = await hash(randomBytes(24).toString('base64url'), ARGON2_OPTIONS);
  const mwStates = Object.keys(MIDWEST_CITIES);
  const otherStates = Object.keys(OTHER_CITIES);
  const stateCities = Object.entries({ ...MIDWEST_CITIES, ...OTHER_CITIES });
  const now = sql`'${sql.raw(new Date().toISOString())}'::timestamptz`;

  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`set synchronous_commit = off`);
  // The rows are consistent by construction (every id comes from scale_src), so a superuser skips the
  // per-row foreign-key triggers, the slowest part of a bulk load. Anyone else gets the checks.
  const fastLoad = await db.execute(sql`set session_replication_role = replica`).then(
    () => true,
    () => false,
  );
  log(`  foreign-key triggers during load: ${fastLoad ? 'skipped (superuser)' : 'checked'}`);

  await timed('reviewers', timings, log, async () => {
    const reviewers = [
      SCALE_REVIEWER.email,
      ...Array.from({ length: EXTRA_REVIEWERS }, (_, k) => `reviewer${k + 2}@${SCALE_DOMAIN}`),
    ];
    for (const [k, email] of reviewers.entries()) {
      await db.execute(sql`
        insert into users (email, name, password_hash, role, email_verified_at)
        values (${email}, ${k === 0 ? SCALE_REVIEWER.name : `Scale Reviewer ${k + 1}`}, ${reviewerHash}, 'reviewer', now())
        on conflict (email) do update set password_hash = excluded.password_hash, role = 'reviewer', disabled_at = null`);
    }
  });

  // One row per business with every generated attribute, so the five tables agree with each other.
  await timed('source rows (temp table)', timings, log, () =>
    db.execute(sql`
      create temp table scale_src as
      with base as (
        select g as i, random() as r_status, random() as r_age, random() as r_mw, random() as r_state, random() as r_city,
               random() as r_name, random() as r_a, random() as r_b, random() as r_c, random() as r_cat, random() as r_ch
        from generate_series(1, ${n}) g
      ), named as (
        select b.*,
          case when r_mw < 0.75 then (${arr(mwStates)})[1 + floor(r_state * ${mwStates.length})::int]
               else (${arr(otherStates)})[1 + floor(r_state * ${otherStates.length})::int] end as state,
          case when r_name < 0.55
            then (${arr(ADJECTIVES)})[1 + floor(r_a * ${ADJECTIVES.length})::int] || ' ' || (${arr(NOUNS)})[1 + floor(r_b * ${NOUNS.length})::int]
            else (${arr(SURNAMES)})[1 + floor(r_a * ${SURNAMES.length})::int] || ' ' || (${arr(KINDS)})[1 + floor(r_b * ${KINDS.length})::int]
          end || ' ' || (${arr(SUFFIXES)})[1 + floor(r_c * ${SUFFIXES.length})::int] as legal_name,
          case
            when r_status < 0.10 then 'draft'
            when r_status < 0.18 then 'submitted'
            when r_status < 0.23 then 'in_review'
            when r_status < 0.26 then 'changes_requested'
            when r_status < 0.91 then 'approved'
            when r_status < 0.96 then 'rejected'
            else 'suspended' end as status
        from base b
      )
      select
        i, gen_random_uuid() as user_id, gen_random_uuid() as business_id, gen_random_uuid() as application_id,
        'owner' || i || '@' || ${SCALE_DOMAIN} as email,
        (${arr(FIRST_NAMES)})[1 + (i % ${FIRST_NAMES.length})] || ' ' || (${arr(SURNAMES)})[1 + ((i / 7) % ${SURNAMES.length})] as owner_name,
        legal_name, state, state = any(${arr(mwStates)}) as midwest,
        sc.cities[1 + floor(r_city * array_length(sc.cities, 1))::int] as city,
        (${arr(validEinPrefixes())})[1 + (i % ${validEinPrefixes().length})] || '-' || lpad(((i::bigint * 7919) % 10000000)::text, 7, '0') as ein,
        status,
        string_to_array((${sets(CATEGORY_SETS)})[1 + floor(r_cat * ${CATEGORY_SETS.length})::int], ',') as categories,
        string_to_array((${sets(CHANNEL_SETS)})[1 + floor(r_ch * ${CHANNEL_SETS.length})::int], ',') as channels,
        -- Submitted over the last two years (drafts never); created up to 60 days before that.
        case when status = 'draft' then null else date_trunc('milliseconds', ${now} - r_age * interval '730 days') end as submitted_at,
        date_trunc('milliseconds', ${now} - r_age * interval '730 days' - (r_city * 60) * interval '1 day') as created_at
      from named
      join (select s.state, s.cities from (values ${sql.join(
        stateCities.map(([s, c]) => sql`(${s}, ${arr(c)})`),
        sql`, `,
      )}) as s(state, cities)) sc using (state)`),
  );
  await db.execute(sql`analyze scale_src`);

  await timed('users (owners)', timings, log, () =>
    db.execute(sql`
      insert into users (id, email, name, password_hash, role, email_verified_at, created_at, updated_at)
      select user_id, email, owner_name, ${ownerHash}, 'business', created_at, created_at, created_at from scale_src order by i`),
  );
  await timed('businesses', timings, log, () =>
    db.execute(sql`
      insert into businesses (id, slug, legal_name, ein, entity_type, formation_state, year_founded, employees, revenue_band,
                              street, city, state, zip, phone, midwest, created_at, updated_at)
      select business_id, 'scale-' || i, legal_name, ein,
             (array['llc', 'corporation', 'sole_proprietorship', 'partnership', 'cooperative'])[1 + (i % 5)],
             state, 1950 + (i % 74), 1 + (i % 120),
             (array['under_250k', '250k_1m', '1m_5m', '5m_plus'])[1 + (i % 4)],
             (100 + i % 9800) || ' ' || (array['Main St', 'County Rd 12', 'Orchard Ln', 'Industrial Dr', 'Lake Ave'])[1 + (i % 5)],
             city, state, lpad((10000 + (i * 37) % 89999)::text, 5, '0'),
             '+1' || (201 + i % 700) || '555' || lpad((i % 10000)::text, 4, '0'), midwest, created_at, created_at
      from scale_src order by i`),
  );
  await timed('business_members', timings, log, () =>
    db.execute(
      sql`insert into business_members (business_id, user_id, role, created_at) select business_id, user_id, 'owner', created_at from scale_src order by i`,
    ),
  );
  // Queue columns exactly as saveBusinessStep writes them: search_name = lower(legal_name), the
  // owner's e-mail, city as typed, state, midwest.
  await timed('applications', timings, log, () =>
    db.execute(sql`
      with reviewers as (select array_agg(id order by email) as ids from users where email like ${'reviewer%@' + SCALE_DOMAIN} and role = 'reviewer')
      insert into applications (id, business_id, status, categories, channels, steps_done, submitted_at, first_submitted_at, decided_at,
                                assigned_to, version, search_name, ein, owner_email, city, state, midwest, created_at, updated_at)
      select application_id, business_id, status,
             case when status = 'draft' and i % 3 = 0 then '{}'::text[] else categories end,
             case when status = 'draft' and i % 3 = 0 then '{}'::text[] else channels end,
             case when status = 'draft' then (case when i % 3 = 0 then '{1}' else '{1,2}' end)::int[] else '{1,2,3,4,5}'::int[] end,
             submitted_at,
             case when status = 'changes_requested' or i % 10 = 0 then submitted_at - interval '9 days' else submitted_at end,
             case when status in ('approved', 'rejected', 'suspended') then least(submitted_at + (1 + i % 20) * interval '1 day', ${now}) end,
             case when status in ('in_review', 'changes_requested') then r.ids[1 + (i % array_length(r.ids, 1))] end,
             case when status = 'draft' then 2 else 6 end,
             lower(legal_name), ein, email, city, state, midwest, created_at, coalesce(submitted_at, created_at)
      from scale_src, reviewers r order by i`),
  );
  // ~3 events per application: started, submitted, and the latest decision.
  await timed('application_events', timings, log, () =>
    db.execute(sql`
      with reviewers as (select array_agg(id order by email) as ids from users where email like ${'reviewer%@' + SCALE_DOMAIN} and role = 'reviewer')
      insert into application_events (application_id, business_id, actor_id, action, from_status, to_status, message, created_at)
      select application_id, business_id, user_id, 'started', null, 'draft', null, created_at from scale_src
      union all
      select application_id, business_id, user_id, 'submit', 'draft', 'submitted', null, submitted_at - interval '1 hour'
        from scale_src where status <> 'draft'
      union all
      select application_id, business_id, r.ids[1 + (i % array_length(r.ids, 1))],
             case status when 'in_review' then 'startReview' when 'changes_requested' then 'requestChanges' when 'approved' then 'approve'
                         when 'rejected' then 'reject' else 'suspend' end,
             case status when 'in_review' then 'submitted' when 'suspended' then 'approved' else 'in_review' end,
             status,
             case status when 'changes_requested' then 'Please upload a clearer copy of your IRS EIN letter.'
                         when 'rejected' then 'Your products are not eligible for the channels you chose.' end,
             least(submitted_at + (1 + i % 20) * interval '1 day', ${now})
        from scale_src, reviewers r where status not in ('draft', 'submitted')`),
  );
  await db.execute(sql`drop table scale_src`);
  if (fastLoad) await db.execute(sql`set session_replication_role = origin`);
  await timed('analyze', timings, log, () =>
    db.execute(sql`analyze users, businesses, business_members, applications, application_events`),
  );
  const total = timings.reduce((s, [, ms]) => s + ms, 0);
  log(`  ${'total'.padEnd(28)} ${(total / 1000).toFixed(1).padStart(7)} s`);
  return { timings, totalMs: total };
}

export async function scaleCounts(db: Db) {
  const [c] = await rows<{ businesses: number; users: number }>(
    db,
    sql`select (select count(*)::int from businesses where slug like 'scale-%') as businesses,
               (select count(*)::int from users where email like ${'%@' + SCALE_DOMAIN}) as users`,
  );
  return c!;
}

const isMain = process.argv[1]?.endsWith('seed-scale.ts');
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  const url = env().DATABASE_URL;
  if (!Number.isInteger(args.businesses) || args.businesses < 1) {
    console.error('Usage: DATABASE_URL=postgres://… npm run db:seed:scale -- --businesses 1000000 [--reset]');
    process.exit(2);
  }
  if (!url && args.businesses > PGLITE_MAX) {
    console.error(
      `Refusing to create ${args.businesses} businesses on PGlite (at most ${PGLITE_MAX}). Set DATABASE_URL to a PostgreSQL database.`,
    );
    process.exit(2);
  }
  // One connection: the source rows live in a session temp table.
  const conn = await openConnection({ url, dir: env().PGLITE_DIR, max: 1 });
  try {
    await runMigrations(conn);
    if (args.reset) {
      const t0 = performance.now();
      await resetScale(conn.db);
      console.log(`Removed synthetic rows in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
    }
    const before = await scaleCounts(conn.db);
    if (before.businesses > 0) {
      console.error(`Already seeded: ${before.businesses} synthetic businesses. Run with --reset to replace them.`);
      process.exit(1);
    }
    console.log(`Seeding ${args.businesses} businesses on ${conn.engine}:`);
    await seedScale(conn.db, args.businesses);
    // The load skipped the triggers that keep the programme rollups: recompute them from the rows.
    console.log('Programme rollups:');
    await rebuildProgramme(conn.db, console.log);
    const after = await scaleCounts(conn.db);
    console.log(
      `Done: ${after.businesses} businesses, ${after.users} users. Reviewer: ${SCALE_REVIEWER.email} / ${SCALE_REVIEWER.password}`,
    );
  } finally {
    await conn.close();
  }
}
