import { sql, type SQL } from 'drizzle-orm';
import { checkShipment } from '@/lib/domain/shipment-documents';
import {
  FLOW_STEPS,
  SHIPMENT_FLOWS,
  SHIPMENT_STATUSES,
  TRANSPORT_MODES,
  type ShipmentFlow,
} from '@/lib/domain/shipment-status';
import { stuckThresholdDays } from '@/lib/domain/shipment-stuck';
import { env } from '@/lib/env';
import { EEI_EXEMPTION, SHIPMENT_DOCUMENT_RULES, type CategoryCode } from '@/lib/rules';
import { openConnection, type Db } from './driver';
import { runMigrations } from './migrate';
import { rebuildProgramme } from './programme-rollups';
import { SCALE_DOMAIN } from './seed-scale';

// Synthetic export shipments for the shipments scale proof (issue 6, "Performance"):
//   DATABASE_URL=postgres://…/hg_scale npm run db:seed:shipments-scale -- --shipments 2000000 [--reset]
// Needs the business scale seed (db/seed-scale.ts) and the listings scale seed (db/seed-listings-scale.ts)
// on the same database: every shipment ships live synthetic listings ("scale-l-…") of one business.
//
// Every row comes from set-based SQL (generate_series), one statement per table (events in chunks).
// The columns are written as the app's mutations write them (db/mutations/shipments.ts):
//   - shipments: reference SHP-YYMMDD-XXXXXX, search_text = lower(reference), origin_states and
//     categories = the distinct values of the lines in line order, value = Σ line values,
//     eei_required from the rules engine (checkShipment), status/status_entered_at/held_from = the fold
//     of the events (lib/domain/shipment-status currentStatus), created_by = the business owner;
//   - shipment_lines: a live listing of the same business, title/hs6/origin state/category from its
//     published copy, value = price × quantity; a second line (different HS-6) on ~30 % of shipments;
//   - shipment_events: "Shipment created." note, then one milestone event per step of the flow up to
//     the current status (cbec flows skip the optional inspection 70 % of the time), an exception event
//     for holds, cancellations, rejections and destructions; ITN / NOEEI legend at "EEI filed", carrier
//     and B/L / air waybill (valid check digit) / tracking number at "Shipped"; customs-side steps by
//     staff (the scale reviewers), the rest by the owner; a few internal staff notes;
//   - shipment_documents: for open shipments only (the ones staff and sellers still work on), one row
//     per document checkShipment requires; uploaded once its gate is passed. Files are not written to
//     disk (downloads of synthetic documents answer 404).
// Channels are only those the rules engine allows for the lines (no blocked product/state/channel).
// Synthetic shipments are exactly the shipments of "scale-" businesses; --reset removes them first.
// Without DATABASE_URL (PGlite) at most 20,000.

const PGLITE_MAX = 20_000;
const EVENT_CHUNK = 250_000;
const STAFF_ONLY = ['customs_declared', 'inspection', 'cleared'];

const CARRIERS: Record<(typeof TRANSPORT_MODES)[number], string[]> = {
  sea: ['Maersk', 'COSCO Shipping', 'CMA CGM', 'Evergreen', 'ONE', 'Hapag-Lloyd', 'MSC', 'OOCL'],
  air: ['China Eastern Cargo', 'Cathay Cargo', 'United Cargo', 'Air China Cargo', 'China Southern Cargo'],
  parcel: ['UPS', 'FedEx', 'DHL Express', 'USPS Priority Mail International', 'SF Express'],
};
/** B/L prefixes per sea carrier (same order as CARRIERS.sea) and IATA airline prefixes per air carrier. */
const BL_PREFIX = ['MAEU', 'COSU', 'CMDU', 'EGLV', 'ONEY', 'HLCU', 'MEDU', 'OOLU'];
const AWB_PREFIX = ['781', '160', '016', '999', '784'];
const SEA_PORTS_US = [
  'Port of Seattle, WA',
  'Port of Tacoma, WA',
  'Port of Long Beach, CA',
  'Port of Oakland, CA',
  'Port of Savannah, GA',
  'Port of Chicago, IL',
];
const AIRPORTS_US = [
  "Chicago O'Hare (ORD), IL",
  'Detroit Metro (DTW), MI',
  'Minneapolis–St Paul (MSP), MN',
  'Los Angeles (LAX), CA',
  'New York JFK, NY',
];
const SEA_PORTS_CN = [
  'Yantian, Shenzhen',
  'Shanghai Yangshan',
  'Ningbo-Zhoushan',
  'Qingdao',
  'Tianjin Xingang',
  'Nansha, Guangzhou',
  'Xiamen',
];
const AIRPORTS_CN = [
  'Shanghai Pudong (PVG)',
  'Guangzhou Baiyun (CAN)',
  'Beijing Capital (PEK)',
  "Shenzhen Bao'an (SZX)",
  'Chengdu Tianfu (TFU)',
];
const BUYER_PREFIX = [
  'Shenzhen Pacific',
  'Shanghai Golden Harvest',
  'Guangzhou Evergreen',
  'Hangzhou West Lake',
  'Beijing Northern Star',
  'Qingdao Ocean',
  'Ningbo Harbour',
  'Chengdu Panda',
  'Xiamen Egret',
  'Tianjin Bohai',
  'Wuhan Yangtze',
  'Suzhou Garden',
  'Nanjing Purple Mountain',
  'Dalian Seaside',
  'Kunming Spring',
  'Zhengzhou Central Plains',
  'Changsha Xiang River',
  'Hefei Lakeside',
  'Fuzhou Banyan',
  'Xi’an Silk Road',
];
const BUYER_KIND = [
  'Fresh Imports Co., Ltd.',
  'Food Trading Co., Ltd.',
  'Wine & Spirits Co., Ltd.',
  'Supply Chain Management Co., Ltd.',
  'Cross-border E-commerce Co., Ltd.',
  'International Trade Co., Ltd.',
  'Gourmet Foods Co., Ltd.',
  'Apparel Trading Co., Ltd.',
];
const BUYER_CITY = [
  'Shenzhen',
  'Shanghai',
  'Guangzhou',
  'Hangzhou',
  'Beijing',
  'Qingdao',
  'Ningbo',
  'Chengdu',
  'Xiamen',
  'Tianjin',
  'Wuhan',
  'Suzhou',
  'Nanjing',
  'Dalian',
  'Kunming',
  'Zhengzhou',
  'Changsha',
  'Hefei',
  'Fuzhou',
  'Xi’an',
];
const HOLD_REASONS = [
  'Customs requested the original certificate of origin.',
  'Importer has not paid the duties yet.',
  'Label does not match the GB 7718 requirements; relabelling requested.',
  'Awaiting the phytosanitary certificate original.',
  'Weight on the declaration differs from the B/L.',
];
const CANCEL_REASONS = [
  'Buyer cancelled the order.',
  'Duplicate shipment; recreated with the right quantities.',
  'Stock ran out before packing.',
  'Buyer changed the Incoterm; a new shipment was created.',
];
const REJECT_REASONS = [
  'Pest found at inspection (live codling moth larvae).',
  'Label not compliant with GB 7718; importer declined relabelling.',
  'Residue above the China MRL in the test report.',
];
const INTERNAL_NOTES = [
  'Called the importer; they expect the duty payment this week.',
  'Forwarder confirms the container is on the next vessel.',
  'Checked the certificate with the seller by phone.',
  'Asked the platform for the declaration list number.',
];

/** An integer written into the statement (a bound parameter would be text and not multiply). */
const num = (x: number) => sql.raw(String(Math.trunc(x)));
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArr = (values: readonly string[]) => sql.raw(`array[${values.map(lit).join(', ')}]::text[]`);
/** 1-based pick from a constant list by a random number in [0, 1). */
const pick = (values: readonly string[], r: SQL) =>
  sql`(${textArr(values)})[1 + floor(${r} * ${sql.raw(String(values.length))})::int]`;

async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const r = await db.execute(q);
  return (Array.isArray(r) ? r : (r as unknown as { rows: T[] }).rows) as T[];
}

async function timed(label: string, fn: () => Promise<unknown>) {
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  console.log(`  ${label.padEnd(40)} ${s.toFixed(1).padStart(7)} s`);
  return s;
}

const SCALE_BUSINESSES = sql`select id from businesses where slug like 'scale-%'`;

/** Deletes every synthetic shipment (the shipments of "scale-" businesses) with its lines, documents, events and reminders. */
export async function resetShipmentsScale(db: Db) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(
      sql`delete from expiry_reminders where shipment_document_id in (select id from shipment_documents where business_id in (${SCALE_BUSINESSES}))`,
    );
    await tx.execute(sql`delete from shipment_events where business_id in (${SCALE_BUSINESSES})`);
    await tx.execute(sql`delete from shipment_documents where business_id in (${SCALE_BUSINESSES})`);
    await tx.execute(sql`delete from shipment_lines where business_id in (${SCALE_BUSINESSES})`);
    await tx.execute(sql`delete from shipments where business_id in (${SCALE_BUSINESSES})`);
  });
}

export async function scaleShipmentCount(db: Db) {
  const [c] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from shipments where business_id in (${SCALE_BUSINESSES})`,
  );
  return c?.n ?? 0;
}

/** (hs6, state, channel, value class) → blocked?, required documents: the rules engine evaluated once per combination. */
function combos(products: { hs6: string; category: string; state: string }[]) {
  const out: {
    hs6: string;
    state: string;
    channel: ShipmentFlow;
    large: boolean;
    blocked: boolean;
    codes: string[];
  }[] = [];
  for (const p of products) {
    for (const channel of SHIPMENT_FLOWS) {
      for (const large of [false, true]) {
        try {
          // Small lines stay ≤ USD 1,200 (two of them ≤ 2,400), large ones > 2,600: the EEI decision is the value class.
          const check = checkShipment({
            channel,
            lines: [
              { hs6: p.hs6, originState: p.state, valueUsd: large ? 3000 : 100, category: p.category as CategoryCode },
            ],
          });
          out.push({
            hs6: p.hs6,
            state: p.state,
            channel,
            large,
            blocked: check.blockers.length > 0,
            codes: check.documents.map((d) => d.code),
          });
        } catch {
          out.push({ hs6: p.hs6, state: p.state, channel, large, blocked: true, codes: [] });
        }
      }
    }
  }
  return out;
}

export async function seedShipmentsScale(db: Db, n: number) {
  const timings: [string, number][] = [];
  const step = async (label: string, fn: () => Promise<unknown>) => timings.push([label, await timed(label, fn)]);
  const now = sql.raw(`'${new Date().toISOString()}'::timestamptz`);

  await db.execute(sql`select setseed(0.6)`);
  await db.execute(sql`set synchronous_commit = off`);
  await db.execute(sql`set maintenance_work_mem = '1GB'`).catch(() => {});
  const fastLoad = await db.execute(sql`set session_replication_role = replica`).then(
    () => true,
    () => false,
  );
  console.log(`  foreign-key triggers during load: ${fastLoad ? 'skipped (superuser)' : 'checked'}`);

  await step('live listings (temp table)', () =>
    db.execute(sql`
      create temp table ship_list as
      select row_number() over (order by l.id)::int as k, l.id, l.business_id,
             row_number() over (partition by l.business_id order by l.id)::int as nb,
             count(*) over (partition by l.business_id)::int as cnt,
             l.published->>'hs6' as hs6, l.published->>'category' as category, l.published->>'originState' as state,
             l.published->>'titleEn' as title, l.price_usd_cents as price, m.user_id as owner_id
      from listings l
      join businesses b on b.id = l.business_id and b.slug like 'scale-%'
      join business_members m on m.business_id = l.business_id and m.role = 'owner'
      where l.slug like 'scale-l-%' and l.live and l.published is not null`),
  );
  await db.execute(sql`create index on ship_list (k)`);
  await db.execute(sql`create index on ship_list (business_id, nb)`);
  await db.execute(sql`analyze ship_list`);
  const [{ count } = { count: 0 }] = await rows<{ count: number }>(
    db,
    sql`select count(*)::int as count from ship_list`,
  );
  if (!count)
    throw new Error(
      'No live synthetic listings: run db/seed-scale.ts and db/seed-listings-scale.ts on this database first.',
    );
  console.log(`  live synthetic listings: ${count.toLocaleString('en-US')}`);

  // Rules engine per (product, state, channel, value class), computed here and joined in SQL.
  const products = await rows<{ hs6: string; category: string; state: string }>(
    db,
    sql`select distinct hs6, category, state from ship_list`,
  );
  const table = combos(products);
  await db.execute(
    sql`create temp table ship_combo (hs6 text, state text, channel text, large boolean, blocked boolean, codes text[])`,
  );
  await db.execute(
    sql`insert into ship_combo values ${sql.join(
      table.map((c) => sql`(${c.hs6}, ${c.state}, ${c.channel}, ${c.large}, ${c.blocked}, ${textArr(c.codes)})`),
      sql`, `,
    )}`,
  );
  await db.execute(sql`create index on ship_combo (hs6, state, channel, large)`);
  // The channel a shipment uses: the first allowed one in its preference order (0: general trade first, 1: bonded first, 2: direct first).
  const orders: ShipmentFlow[][] = [
    ['general_trade', 'cbec_bonded', 'cbec_direct'],
    ['cbec_bonded', 'cbec_direct', 'general_trade'],
    ['cbec_direct', 'cbec_bonded', 'general_trade'],
  ];
  const allowed = new Map(table.map((c) => [`${c.hs6}|${c.state}|${c.channel}|${c.large}`, !c.blocked]));
  const picks = products.flatMap((p) =>
    [false, true].flatMap((large) =>
      orders.map((order, pref) => ({
        ...p,
        large,
        pref,
        channel: order.find((ch) => allowed.get(`${p.hs6}|${p.state}|${ch}|${large}`)) ?? null,
      })),
    ),
  );
  await db.execute(sql`create temp table ship_pick (hs6 text, state text, large boolean, pref int, channel text)`);
  await db.execute(
    sql`insert into ship_pick values ${sql.join(
      picks.map((p) => sql`(${p.hs6}, ${p.state}, ${p.large}, ${p.pref}, ${p.channel})`),
      sql`, `,
    )}`,
  );
  await db.execute(
    sql`create temp table ship_docrule (code text primary key, gate text, issued boolean, expires boolean)`,
  );
  await db.execute(
    sql`insert into ship_docrule values ${sql.join(
      Object.entries(SHIPMENT_DOCUMENT_RULES).map(
        ([code, r]) => sql`(${code}, ${r.requiredBefore}, ${r.hasIssueDate}, ${r.hasExpiry})`,
      ),
      sql`, `,
    )}`,
  );
  // Days allowed per (status, mode) before the stuck list flags it (lib/domain/shipment-stuck).
  const thresholds = SHIPMENT_STATUSES.flatMap((s) =>
    TRANSPORT_MODES.map((m) => ({ s, m, d: stuckThresholdDays(s, m) })),
  ).filter((t) => t.d !== null);
  await db.execute(sql`create temp table ship_thr (status text, mode text, days int, primary key (status, mode))`);
  await db.execute(
    sql`insert into ship_thr values ${sql.join(
      thresholds.map((t) => sql`(${t.s}, ${t.m}, ${t.d})`),
      sql`, `,
    )}`,
  );
  await db.execute(sql`analyze ship_combo, ship_pick, ship_docrule, ship_thr`);

  const steps = (ch: SQL) =>
    sql`(case ${ch} when 'general_trade' then ${textArr(FLOW_STEPS.general_trade)} when 'cbec_bonded' then ${textArr(FLOW_STEPS.cbec_bonded)} else ${textArr(FLOW_STEPS.cbec_direct)} end)`;

  // One row per shipment with every generated attribute, so the four tables agree with each other.
  await step('source rows (temp table)', () =>
    db.execute(sql`
      create temp table ship_src as
      with base as (
        select g, random() as r_list, random() as r_ch, random() as r_status, random() as r_two, random() as r_mode, random() as r_carrier,
               random() as r_age, random() as r_span, random() as r_class, random() as r_q1, random() as r_q2, random() as r_buyer,
               random() as r_from, random() as r_skip, random() as r_inco, random() as r_note
        from generate_series(1, ${num(Math.ceil(n * 1.2))}) g
      ), l1 as (
        select b.*, s.id as l1_id, s.business_id, s.owner_id, s.nb, s.cnt, s.hs6 as hs1, s.category as cat1, s.state as st1, s.title as title1, s.price as price1,
               b.r_class < 0.45 as large
        from base b join ship_list s on s.k = 1 + floor(b.r_list * ${num(count)})::int
      ), ch as (
        select l1.*, p.channel
        from l1 join ship_pick p on p.hs6 = l1.hs1 and p.state = l1.st1 and p.large = l1.large
         and p.pref = case when l1.large then (case when r_ch < 0.8 then 0 when r_ch < 0.9 then 1 else 2 end)
                           else (case when r_ch < 0.3 then 0 when r_ch < 0.65 then 1 else 2 end) end
        where p.channel is not null
        order by g
        limit ${num(n)}
      ), two as (
        -- A second line on ~30 %: another live listing of the same business with another HS-6, allowed in the channel.
        select ch.*, s2.id as l2_id, s2.hs6 as hs2, s2.category as cat2, s2.state as st2, s2.title as title2, s2.price as price2
        from ch
        left join ship_list s2 on ch.r_two < 0.3 and ch.cnt > 1 and s2.business_id = ch.business_id and s2.nb = (ch.nb % ch.cnt) + 1 and s2.hs6 <> ch.hs1
         and exists (select 1 from ship_combo c where c.hs6 = s2.hs6 and c.state = s2.state and c.channel = ch.channel and not c.large and not c.blocked)
      ), st as (
        select two.*, row_number() over (order by g)::int as i,
          case channel when 'general_trade' then (case when r_mode < 0.75 then 'sea' else 'air' end)
                       when 'cbec_bonded' then (case when r_mode < 0.55 then 'sea' else 'air' end)
                       else (case when r_mode < 0.85 then 'parcel' else 'air' end) end as mode,
          case when r_status < 0.620 then 'delivered'
               when r_status < 0.650 then 'cancelled'
               when r_status < 0.654 then 'rejected_returned'
               when r_status < 0.655 then 'destroyed'
               when r_status < 0.663 then 'on_hold'
               when r_status < 0.688 then 'draft'
               when r_status < 0.728 then 'documents_in_progress'
               when r_status < 0.753 then 'documents_ready'
               when r_status < 0.773 then 'eei_filed'
               when r_status < 0.853 then 'shipped'
               when r_status < 0.883 then 'arrived_cn_port'
               when r_status < 0.913 then (case when channel = 'cbec_bonded' then 'in_bonded_warehouse' else 'arrived_cn_port' end)
               when r_status < 0.938 then 'customs_declared'
               when r_status < 0.953 then 'inspection'
               when r_status < 0.968 then 'cleared'
               else 'out_for_delivery' end as status
        from two
      ), pos as (
        select st.*,
          -- The last milestone reached: the status itself, or where the exception happened.
          case status
            when 'cancelled' then (array['draft', 'documents_in_progress', 'documents_ready', 'eei_filed'])[1 + floor(r_from * 4)::int]
            when 'on_hold' then (array['documents_ready', 'shipped', 'arrived_cn_port', 'customs_declared', 'customs_declared', 'inspection'])[1 + floor(r_from * 6)::int]
            when 'rejected_returned' then 'inspection'
            when 'destroyed' then 'inspection'
            else status end as lm
        from st
      ), idx as (
        select pos.*, array_position(${steps(sql`channel`)}, lm) - 1 as s_idx,
               status in ('cancelled', 'on_hold', 'rejected_returned', 'destroyed') as exc,
               channel <> 'general_trade' and r_skip < 0.7 and lm <> 'inspection' as skip_insp,
               coalesce((select days from ship_thr t where t.status = pos.status and t.mode = pos.mode), 0) as thr
        from pos
      ), times as (
        select idx.*,
          date_trunc('milliseconds', case when thr > 0
            -- Open: time in status ~ exponential with mean 0.4 × threshold, so ≈ 8 % are past it (stuck).
            then ${now} - least(thr * 0.4 * -ln(1 - r_age), 400) * interval '1 day'
            else ${now} - r_age * interval '730 days' end) as t_e,
          case when status = 'draft' then interval '0'
               else (s_idx + case when exc then 1 else 0 end) * (case mode when 'sea' then 4 when 'air' then 1.5 else 1.2 end) * (0.5 + r_span) * interval '1 day' end as span
        from idx
      )
      select i, gen_random_uuid() as id, business_id, owner_id, channel, mode, status, lm, s_idx, exc, skip_insp, large,
             case when status = 'on_hold' then lm end as held_from,
             l1_id, hs1, cat1, st1, title1, price1, l2_id, hs2, cat2, st2, title2, price2,
             case when large then ceil(260000.0 / price1)::int * (1 + floor(r_q1 * 20)::int) else 1 + floor(r_q1 * floor(120000 / price1))::int end as q1,
             case when l2_id is not null then 1 + floor(r_q2 * floor(120000 / price2))::int end as q2,
             t_e, date_trunc('milliseconds', t_e - span) as t0,
             ${pick(BUYER_PREFIX, sql`r_buyer`)} || ' ' || ${pick(BUYER_KIND, sql`r_from`)} as buyer_name,
             ${pick(BUYER_CITY, sql`r_buyer`)} as buyer_city,
             case mode when 'sea' then ${pick(SEA_PORTS_CN, sql`r_carrier`)} when 'air' then ${pick(AIRPORTS_CN, sql`r_carrier`)} else ${pick(BUYER_CITY, sql`r_buyer`)} end as destination,
             case mode when 'sea' then (array['FOB', 'FOB', 'CIF', 'CIF', 'CFR', 'FCA', 'DAP'])[1 + floor(r_inco * 7)::int]
                       when 'air' then (array['FCA', 'FCA', 'CPT', 'CIP', 'DAP'])[1 + floor(r_inco * 5)::int]
                       else (array['DDP', 'DDP', 'DAP', 'CPT'])[1 + floor(r_inco * 4)::int] end as incoterm,
             1 + floor(r_carrier * (case mode when 'sea' then ${num(CARRIERS.sea.length)} when 'air' then ${num(CARRIERS.air.length)} else ${num(CARRIERS.parcel.length)} end))::int as carrier_k,
             r_note < 0.05 as internal_note, r_from
      from times`),
  );
  await db.execute(sql`create index on ship_src (i)`);
  await db.execute(sql`analyze ship_src`);

  // Secondary indexes are dropped during the load and rebuilt after (same definitions, read from pg_indexes).
  const tables = ['shipments', 'shipment_lines', 'shipment_documents', 'shipment_events'];
  const indexes = await rows<{ indexname: string; indexdef: string }>(
    db,
    sql`select i.indexname, i.indexdef from pg_indexes i
        where i.tablename in (${sql.join(
          tables.map((t) => sql`${t}`),
          sql`, `,
        )}) and i.schemaname = current_schema()
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  await step(`drop ${indexes.length} secondary indexes`, async () => {
    for (const i of indexes) await db.execute(sql.raw(`drop index if exists "${i.indexname}"`));
  });

  const carrier = sql`(case s.mode when 'sea' then (${textArr(CARRIERS.sea)})[s.carrier_k] when 'air' then (${textArr(CARRIERS.air)})[s.carrier_k] else (${textArr(CARRIERS.parcel)})[s.carrier_k] end)`;
  const reference = sql`'SHP-' || to_char(s.t0 at time zone 'UTC', 'YYMMDD') || '-' || upper(lpad(to_hex((s.i::bigint * 40503) % 16777216), 6, '0'))`;
  try {
    await step('shipments', () =>
      db.execute(sql`
        insert into shipments (id, business_id, reference, channel, buyer_name, buyer_city, destination, incoterm, carrier, mode, value_usd_cents,
                               eei_required, status, status_entered_at, held_from, origin_states, categories, search_text, created_by, created_at, updated_at)
        select s.id, s.business_id, ${reference}, s.channel, s.buyer_name, s.buyer_city, s.destination, s.incoterm, ${carrier}, s.mode,
               s.price1::bigint * s.q1 + coalesce(s.price2::bigint * s.q2, 0), s.large, s.status, s.t_e, s.held_from,
               case when s.st2 is null or s.st2 = s.st1 then array[s.st1] else array[s.st1, s.st2] end,
               case when s.cat2 is null or s.cat2 = s.cat1 then array[s.cat1] else array[s.cat1, s.cat2] end,
               lower(${reference}), s.owner_id, s.t0, s.t_e
        from ship_src s order by s.i`),
    );
    await step('shipment_lines', () =>
      db.execute(sql`
        insert into shipment_lines (shipment_id, business_id, listing_id, title, quantity, value_usd_cents, hs6, origin_state, category, position)
        select s.id, s.business_id, s.l1_id, s.title1, s.q1, s.price1::bigint * s.q1, s.hs1, s.st1, s.cat1, 0 from ship_src s
        union all
        select s.id, s.business_id, s.l2_id, s.title2, s.q2, s.price2::bigint * s.q2, s.hs2, s.st2, s.cat2, 1 from ship_src s where s.l2_id is not null`),
    );
    // Open shipments only: the required documents of both lines (no EEI exemption when EEI is due),
    // uploaded once the step they gate is passed, otherwise half uploaded.
    await step('shipment_documents (open shipments)', () =>
      db.execute(sql`
        insert into shipment_documents (shipment_id, business_id, code, state, original_name, stored_name, mime_type, size_bytes, sha256,
                                        issue_date, expiry_date, updated_by, updated_at)
        select d.id, d.business_id, d.code, case when d.up then 'uploaded' else 'missing' end,
               case when d.up then replace(d.code, '_', '-') || '.pdf' end,
               case when d.up then gen_random_uuid()::text || '.pdf' end,
               case when d.up then 'application/pdf' end,
               case when d.up then 20000 + floor(random() * 880000)::int end,
               case when d.up then md5(d.id::text || d.code) || md5(d.code || d.id::text) end,
               case when d.up and r.issued then (d.t0 at time zone 'UTC')::date - floor(random() * 20)::int end,
               case when d.up and r.expires then (${now} at time zone 'UTC')::date + 45 + floor(random() * 360)::int end,
               d.owner_id,
               case when d.up then d.t0 + (d.t_e - d.t0) * random() else d.t0 end
        from (
          select s.id, s.business_id, s.owner_id, s.t0, s.t_e, c.code, s.s_idx, s.channel,
                 (array_position(${steps(sql`s.channel`)}, r.gate) - 1 <= s.s_idx) or random() < 0.5 as up
          from ship_src s
          cross join lateral (
            select distinct code from (
              select unnest(codes) as code from ship_combo c where c.hs6 = s.hs1 and c.state = s.st1 and c.channel = s.channel and c.large = s.large
              union all
              select unnest(codes) from ship_combo c where s.l2_id is not null and c.hs6 = s.hs2 and c.state = s.st2 and c.channel = s.channel and not c.large
            ) u where not (s.large and code = ${EEI_EXEMPTION.code})
          ) c
          join ship_docrule r on r.code = c.code
          where s.status not in ('delivered', 'cancelled', 'rejected_returned', 'destroyed')
        ) d join ship_docrule r on r.code = d.code`),
    );
    const reviewers = sql`(select array_agg(id order by email) from users where email like ${'reviewer%@' + SCALE_DOMAIN} and role = 'reviewer')`;
    const itn = sql`'X' || to_char(s.t0 at time zone 'UTC' + interval '1 day', 'YYYYMMDD') || lpad((s.i % 1000000)::text, 6, '0')`;
    const transport = sql`(case s.mode
        when 'sea' then (${textArr(BL_PREFIX)})[s.carrier_k] || lpad(((s.i::bigint * 7919) % 1000000000)::text, 9, '0')
        when 'air' then (${textArr(AWB_PREFIX)})[s.carrier_k] || lpad((s.i % 10000000)::text, 7, '0') || ((s.i % 10000000) % 7)::text
        end)`;
    const tracking = sql`(case when s.mode = 'parcel' then '1Z' || upper(lpad(to_hex((s.i::bigint * 2654435761) % 4294967296), 8, '0')) || lpad((s.i % 100000000)::text, 8, '0') end)`;
    const [{ maxI } = { maxI: 0 }] = await rows<{ maxI: number }>(
      db,
      sql`select coalesce(max(i), 0)::int as "maxI" from ship_src`,
    );
    const t0 = performance.now();
    for (let from = 1; from <= maxI; from += EVENT_CHUNK) {
      const to = Math.min(maxI, from + EVENT_CHUNK - 1);
      await timed(`shipment_events ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')}`, () =>
        db.execute(sql`
          with rv as (select ${reviewers} as ids)
          insert into shipment_events (shipment_id, business_id, kind, status, reason, note, visibility, evidence, place, actor_id, occurred_at, created_at)
          select s.id, s.business_id, 'note', null, null, 'Shipment created.', 'seller', '{}'::jsonb, null, s.owner_id, s.t0, s.t0
            from ship_src s where s.i between ${num(from)} and ${num(to)}
          union all
          select s.id, s.business_id, 'milestone', u.st, null, null, 'seller',
                 case u.st
                   when 'eei_filed' then case when s.large then jsonb_build_object('itn', ${itn}) else jsonb_build_object('eeiExemption', ${EEI_EXEMPTION.citation}::text) end
                   when 'shipped' then jsonb_strip_nulls(jsonb_build_object('itn', case when s.large then ${itn} end, 'carrier', ${carrier},
                                                                            'transportNumber', ${transport}, 'trackingNumber', ${tracking}))
                   else '{}'::jsonb end,
                 case u.st when 'shipped' then (case s.mode when 'sea' then ${pick(SEA_PORTS_US, sql`s.r_from`)} else ${pick(AIRPORTS_US, sql`s.r_from`)} end)
                           when 'arrived_cn_port' then s.destination end,
                 case when u.st = any(${textArr(STAFF_ONLY)}) then rv.ids[1 + s.i % array_length(rv.ids, 1)] else s.owner_id end,
                 u.at, u.at
            from ship_src s cross join rv
            cross join lateral (
              select st, date_trunc('milliseconds', case when j = s.s_idx and not s.exc then s.t_e
                       else s.t0 + (s.t_e - s.t0) * (case when s.exc then 0.85 else 1 end) * (j - case when j = s.s_idx then 0 else 0.5 * random() end) / s.s_idx end) as at
              from unnest((${steps(sql`s.channel`)})[2:s.s_idx + 1]) with ordinality as x(st, j)
            ) u
            where s.i between ${num(from)} and ${num(to)} and s.s_idx > 0 and not (s.skip_insp and u.st = 'inspection')
          union all
          select s.id, s.business_id, 'exception', s.status,
                 case s.status when 'on_hold' then ${pick(HOLD_REASONS, sql`s.r_from`)} when 'cancelled' then ${pick(CANCEL_REASONS, sql`s.r_from`)}
                               else ${pick(REJECT_REASONS, sql`s.r_from`)} end,
                 null, 'seller', '{}'::jsonb, null,
                 case when s.status = 'cancelled' then s.owner_id else rv.ids[1 + s.i % array_length(rv.ids, 1)] end, s.t_e, s.t_e
            from ship_src s cross join rv where s.i between ${num(from)} and ${num(to)} and s.exc
          union all
          select s.id, s.business_id, 'note', null, null, ${pick(INTERNAL_NOTES, sql`s.r_from`)}, 'internal', '{}'::jsonb, null,
                 rv.ids[1 + s.i % array_length(rv.ids, 1)], s.t_e + interval '2 hours', s.t_e + interval '2 hours'
            from ship_src s cross join rv where s.i between ${num(from)} and ${num(to)} and s.internal_note and s.t_e + interval '2 hours' < ${now}`),
      );
    }
    timings.push(['shipment_events', (performance.now() - t0) / 1000]);
  } finally {
    await step('rebuild indexes', async () => {
      for (const i of indexes)
        await db.execute(sql.raw(i.indexdef.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS ')));
    });
    await db.execute(sql`drop table if exists ship_src, ship_list, ship_combo, ship_pick, ship_docrule, ship_thr`);
    if (fastLoad) await db.execute(sql`set session_replication_role = origin`);
    await step('analyze', () =>
      db.execute(sql`analyze shipments, shipment_lines, shipment_documents, shipment_events`),
    );
  }
  const total = timings.reduce((s, [, t]) => s + t, 0);
  console.log(`  ${'total'.padEnd(40)} ${total.toFixed(1).padStart(7)} s`);
  return { timings, totalS: total };
}

const isMain = process.argv[1]?.endsWith('seed-shipments-scale.ts');
if (isMain) {
  const i = process.argv.indexOf('--shipments');
  const n = Number((process.argv[i + 1] ?? '').replace(/_/g, ''));
  const url = env().DATABASE_URL;
  if (i < 0 || !Number.isSafeInteger(n) || n < 1) {
    console.error('Usage: DATABASE_URL=postgres://… npm run db:seed:shipments-scale -- --shipments 2000000 [--reset]');
    process.exit(2);
  }
  if (!url && n > PGLITE_MAX) {
    console.error(
      `Refusing to create ${n} shipments on PGlite (at most ${PGLITE_MAX}). Set DATABASE_URL to a PostgreSQL database.`,
    );
    process.exit(2);
  }
  // One connection: the source rows live in session temp tables.
  const conn = await openConnection({ url, dir: env().PGLITE_DIR, max: 1 });
  const t0 = Date.now();
  try {
    await runMigrations(conn);
    if (process.argv.includes('--reset')) await timed('reset synthetic shipments', () => resetShipmentsScale(conn.db));
    const before = await scaleShipmentCount(conn.db);
    if (before > 0) {
      console.error(`Already seeded: ${before} synthetic shipments. Run with --reset to replace them.`);
      process.exit(1);
    }
    console.log(`Seeding ${n} shipments on ${conn.engine}:`);
    await seedShipmentsScale(conn.db, n);
    // The load skipped the triggers that keep the programme rollups: recompute them from the rows.
    console.log('Programme rollups:');
    await rebuildProgramme(conn.db, console.log);
    const [c] = await rows<Record<'shipments' | 'lines' | 'documents' | 'events', number>>(
      conn.db,
      sql`select (select count(*)::int from shipments) as shipments, (select count(*)::int from shipment_lines) as lines,
                 (select count(*)::int from shipment_documents) as documents, (select count(*)::int from shipment_events) as events`,
    );
    console.log(
      `Done in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${c?.shipments.toLocaleString('en-US')} shipments, ${c?.lines.toLocaleString('en-US')} lines, ` +
        `${c?.documents.toLocaleString('en-US')} documents, ${c?.events.toLocaleString('en-US')} events.`,
    );
  } finally {
    await conn.close();
  }
}
