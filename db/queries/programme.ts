import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Caller } from '@/lib/auth/actor';
import {
  CURRENT,
  FUNNEL_STEPS,
  funnelRows,
  histogramPercentile,
  mondayOf,
  addDays,
  projectTarget,
  suppressCells,
  weeksBetween,
  type FunnelRow,
  type FunnelStepKey,
  type Percentile,
  type Projection,
} from '@/lib/domain/programme';
import { CATEGORIES, CHANNELS, US_STATES, type CategoryCode, type ChannelCode } from '@/lib/domain/export-rules';
import { APPLICATION_REQUIREMENTS, MIDWEST_STATES } from '@/lib/rules';
import type { MapStep, ProgrammeFilter } from '@/lib/validation/programme';
import { getDb, type Db } from '../client';
import { scope } from '../scope';

// The programme view's reads (docs/programme-rollups.md). Every figure comes from programme_cells plus the
// deltas not yet folded, one row per day and figure for the chosen (state, category, channel): a read
// costs the same at a thousand businesses as at a million. The two things not in the rollups are bounded
// index reads: the latest rejection reasons of a few document codes, and the names of the reviewers
// counted.

const ALL = '*';
const STATE_CODES = Object.keys(US_STATES);
/** The earliest day any read reaches back to ("waiting since"); the rollups hold nothing before it. */
const EPOCH = '2000-01-01';

interface CellRow {
  metric: string;
  state: string;
  category: string;
  channel: string;
  day: string;
  k: string;
  n: number;
  amount: number;
}

interface CellQuery {
  metrics: string[];
  states?: string[];
  categories?: string[];
  channels?: string[];
  /** Inclusive day range; omitted = current totals (day '-infinity'). */
  from?: string;
  to?: string;
  /** Sum over days (the row's day is then ''). */
  overDays?: boolean;
}

const textArray = (xs: readonly string[]): SQL =>
  sql`array[${sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  )}]::text[]`;

/** Names of the staff counted, by primary key (the ids come from the rollups' sub-keys). */
async function staffNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const valid = ids.filter((id) => UUID.test(id));
  if (!valid.length) return names;
  const r = await db.execute(
    sql`select id::text as id, name from users where id = any(array[${sql.join(
      valid.map((x) => sql`${x}`),
      sql`, `,
    )}]::uuid[])`,
  );
  for (const u of rowsOf<{ id: string; name: string }>(r)) names.set(u.id, u.name);
  return names;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function rowsOf<T>(r: unknown): T[] {
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
}

/**
 * Folded cells plus pending deltas (expanded into their '*' combinations the way the fold does), summed
 * per figure. Exact at the reader's snapshot.
 */
async function readCells(db: Db, q: CellQuery): Promise<CellRow[]> {
  const states = textArray(q.states ?? [ALL]);
  const cats = textArray(q.categories ?? [ALL]);
  const chans = textArray(q.channels ?? [ALL]);
  const metrics = textArray(q.metrics);
  const from = q.from ?? CURRENT;
  const to = q.to ?? CURRENT;
  // Summed over days, the day column is left out of the grouping ('' in the answer).
  const day = q.overDays ? sql`''::text` : sql`day::text`;
  const groupBy = q.overDays ? sql`group by 1, 2, 3, 4, 6` : sql`group by 1, 2, 3, 4, 5, 6`;
  const r = await db.execute(sql`
    select metric, state, category, channel, ${day} as day, k, sum(n)::float8 as n, sum(amount)::float8 as amount
    from (
      select metric, state, category, channel, day, k, n, amount from programme_cells
      where metric = any(${metrics}) and category = any(${cats}) and channel = any(${chans}) and state = any(${states})
        and day between ${from}::date and ${to}::date
      union all
      select d.metric, s, c, h, d.day, d.k, d.n, d.amount
      from programme_deltas d, unnest('{*}'::text[] || d.states) s, unnest('{*}'::text[] || d.categories) c,
           unnest('{*}'::text[] || d.channels) h
      where d.metric = any(${metrics}) and d.day between ${from}::date and ${to}::date
        and s = any(${states}) and c = any(${cats}) and h = any(${chans})
    ) x
    ${groupBy}
    having sum(n) <> 0 or sum(amount) <> 0`);
  return rowsOf<CellRow>(r).map((x) => ({ ...x, n: Number(x.n), amount: Number(x.amount) }));
}

const dims = (f: ProgrammeFilter) => ({
  states: [f.state ?? ALL],
  categories: [f.category ?? ALL],
  channels: [f.channel ?? ALL],
});
const hasDims = (f: ProgrammeFilter) => !!(f.state || f.category || f.channel);
const sumN = (rows: CellRow[], where: (r: CellRow) => boolean = () => true) =>
  rows.reduce((a, r) => (where(r) ? a + r.n : a), 0);

async function staffDb(caller: Caller): Promise<Db> {
  scope(caller, 'staff');
  return getDb();
}

// ---------------------------------------------------------------------------------------------- funnel

export interface FunnelSection {
  rows: FunnelRow[];
  /** Accounts have no state, category or channel: the first step is unknown under those filters. */
  accountsFiltered: boolean;
}

export async function getProgrammeFunnel(caller: Caller, f: ProgrammeFilter): Promise<FunnelSection> {
  const db = await staffDb(caller);
  const metrics = FUNNEL_STEPS.map((s) => s.metric);
  const rows = await readCells(db, { metrics, ...dims(f), from: f.from, to: f.to, overDays: true });
  const counts = Object.fromEntries(
    FUNNEL_STEPS.map((s) => [s.key, sumN(rows, (r) => r.metric === s.metric)]),
  ) as Record<FunnelStepKey, number | null>;
  if (hasDims(f)) counts.account = null;
  return { rows: funnelRows(counts), accountsFiltered: hasDims(f) };
}

// ------------------------------------------------------------------------------------------ stalls

export interface StallRow {
  code: string;
  label: string;
  n: number;
}
export interface RejectedRow extends StallRow {
  /** The most frequent reasons among the latest rejections of this code in the range. */
  reasons: { reason: string; n: number }[];
}
export interface StallSection {
  missing: StallRow[];
  rejected: RejectedRow[];
  /** Document rejections are not broken down by state, category or channel. */
  rejectedUnfiltered: boolean;
  /** How many of the latest rejections per code the reasons are drawn from. */
  reasonSample: number;
}

const SPECIAL_CODES: Record<string, string> = {
  email: 'Confirmed e-mail address',
  business_details: 'Business details (step 1)',
  categories: 'Product categories (step 2)',
  channels: 'Sales channels (step 2)',
};

export function requirementLabel(code: string): string {
  return (
    SPECIAL_CODES[code] ?? APPLICATION_REQUIREMENTS.find((r) => r.code === code)?.title ?? code.replaceAll('_', ' ')
  );
}

const TOP = 8;
const REASON_CODES = 5;
const REASON_SAMPLE = 200;

const topK = (rows: CellRow[], limit = TOP): StallRow[] => {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.k, (by.get(r.k) ?? 0) + r.n);
  return [...by]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([code, n]) => ({ code, label: requirementLabel(code), n }));
};

export async function getProgrammeStalls(caller: Caller, f: ProgrammeFilter): Promise<StallSection> {
  const db = await staffDb(caller);
  const [missingRows, rejectedRows] = await Promise.all([
    readCells(db, { metrics: ['missing'], ...dims(f), from: f.from, to: f.to, overDays: true }),
    readCells(db, { metrics: ['doc_rejected'], from: f.from, to: f.to, overDays: true }),
  ]);
  const rejected = topK(rejectedRows);
  // Reasons are free text, so they are not in the rollups: the latest rejections of each top code in the
  // range, read through documents_rejections_idx (requirement_code, reviewed_at desc) and capped.
  const withReasons: RejectedRow[] = await Promise.all(
    rejected.map(async (row, i) => {
      if (i >= REASON_CODES) return { ...row, reasons: [] };
      const r = await db.execute(sql`
        select review_reason as reason, count(*)::int as n from (
          select review_reason from documents
          where requirement_code = ${row.code} and review_reason is not null
            and reviewed_at >= ${f.from}::date and reviewed_at < ${addDays(f.to, 1)}::date
          order by reviewed_at desc nulls last
          limit ${REASON_SAMPLE}
        ) x group by 1 order by 2 desc, 1 limit 3`);
      return { ...row, reasons: rowsOf<{ reason: string; n: number }>(r).map((x) => ({ ...x, n: Number(x.n) })) };
    }),
  );
  return {
    missing: topK(missingRows),
    rejected: withReasons,
    rejectedUnfiltered: hasDims(f),
    reasonSample: REASON_SAMPLE,
  };
}

// ------------------------------------------------------------------------------------------ timing

export interface TimingWeek {
  week: string;
  decisions: number;
  median: Percentile | null;
  p90: Percentile | null;
  touched: number;
  touchMedian: Percentile | null;
  touchP90: Percentile | null;
}
export interface TimingSection {
  weeks: TimingWeek[];
  overall: Omit<TimingWeek, 'week'>;
}

function histograms(rows: CellRow[]): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const h = out.get(r.day) ?? new Map<number, number>();
    h.set(Number(r.k), (h.get(Number(r.k)) ?? 0) + r.n);
    out.set(r.day, h);
  }
  return out;
}

function merge(hs: Iterable<Map<number, number>>): Map<number, number> {
  const out = new Map<number, number>();
  for (const h of hs) for (const [k, n] of h) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

const total = (h: Map<number, number> | undefined) => (h ? [...h.values()].reduce((a, b) => a + b, 0) : 0);

function timingOf(decided: Map<number, number> | undefined, touched: Map<number, number> | undefined) {
  const d = decided ?? new Map<number, number>();
  const t = touched ?? new Map<number, number>();
  return {
    decisions: total(d),
    median: histogramPercentile(d, 0.5),
    p90: histogramPercentile(d, 0.9),
    touched: total(t),
    touchMedian: histogramPercentile(t, 0.5),
    touchP90: histogramPercentile(t, 0.9),
  };
}

/** Submission to decision, and to the first reviewer action, by the week the decision (or touch) fell in. */
export async function getProgrammeTiming(caller: Caller, f: ProgrammeFilter): Promise<TimingSection> {
  const db = await staffDb(caller);
  const rows = await readCells(db, {
    metrics: ['decision_time', 'first_touch'],
    ...dims(f),
    from: mondayOf(f.from),
    to: f.to,
  });
  const decided = histograms(rows.filter((r) => r.metric === 'decision_time'));
  const touched = histograms(rows.filter((r) => r.metric === 'first_touch'));
  return {
    weeks: weeksBetween(f.from, f.to).map((week) => ({ week, ...timingOf(decided.get(week), touched.get(week)) })),
    overall: timingOf(merge(decided.values()), merge(touched.values())),
  };
}

// ------------------------------------------------------------------------------------ waiting (SLA)

export interface WaitingSection {
  slaDays: number;
  /** The last submission day still within the target: older ones are over it. */
  cutoff: string;
  open: number;
  overSla: number;
  /** Who holds the applications over the target (by state only; null id = unassigned), most first. */
  holders: { id: string | null; name: string; n: number }[];
  /** Holders are not broken down by category or channel. */
  holdersUnfiltered: boolean;
}

/** Applications waiting for a decision now (submitted or in review), and those past the target. */
export async function getProgrammeWaiting(
  caller: Caller,
  f: ProgrammeFilter,
  slaDays: number,
  today: string,
): Promise<WaitingSection> {
  const db = await staffDb(caller);
  // Waiting longer than N days: submitted before the start of the day N days ago (as the queue's filter).
  const cutoff = addDays(today, -slaDays - 1);
  const [open, by] = await Promise.all([
    readCells(db, { metrics: ['open'], ...dims(f), from: EPOCH, to: today }),
    readCells(db, { metrics: ['open_by'], states: [f.state ?? ALL], from: EPOCH, to: cutoff, overDays: true }),
  ]);
  const holders = by
    .filter((r) => r.n > 0)
    .map((r) => ({ id: r.k || null, n: r.n }))
    .sort((a, b) => b.n - a.n);
  const names = await staffNames(
    db,
    holders.map((h) => h.id).filter((x): x is string => !!x),
  );
  return {
    slaDays,
    cutoff,
    open: sumN(open),
    overSla: sumN(open, (r) => r.day <= cutoff),
    holders: holders.map((h) => ({ ...h, name: h.id ? (names.get(h.id) ?? 'Former staff member') : 'Unassigned' })),
    holdersUnfiltered: !!(f.category || f.channel),
  };
}

// ------------------------------------------------------------------------------------------ reviewers

export interface ReviewerSection {
  weeks: string[];
  rows: { id: string; name: string; perWeek: number[]; total: number }[];
  /** Decisions are counted per reviewer, not per state, category or channel. */
  unfiltered: boolean;
}

/** Approvals, rejections and requests for changes per reviewer per week. */
export async function getProgrammeReviewers(caller: Caller, f: ProgrammeFilter): Promise<ReviewerSection> {
  const db = await staffDb(caller);
  const rows = await readCells(db, { metrics: ['decisions'], from: f.from, to: f.to });
  const weeks = weeksBetween(f.from, f.to);
  const by = new Map<string, number[]>();
  for (const r of rows) {
    const per = by.get(r.k) ?? weeks.map(() => 0);
    const i = weeks.indexOf(mondayOf(r.day));
    if (i >= 0) per[i]! += r.n;
    by.set(r.k, per);
  }
  const names = await staffNames(db, [...by.keys()]);
  return {
    weeks,
    rows: [...by]
      .map(([id, perWeek]) => ({
        id,
        name: names.get(id) ?? 'Former staff member',
        perWeek,
        total: perWeek.reduce((a, b) => a + b, 0),
      }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    unfiltered: hasDims(f),
  };
}

// ------------------------------------------------------------------------------------------ growth

export interface GrowthWeek {
  week: string;
  approvals: number;
  listings: number;
  delivered: number;
  valueCents: number;
}
export interface GrowthBreakdown {
  code: string;
  label: string;
  approvals: number;
  listings: number;
  delivered: number;
  valueCents: number;
}
export interface GrowthSection {
  weeks: GrowthWeek[];
  totals: Omit<GrowthWeek, 'week'>;
  byCategory: GrowthBreakdown[];
  byChannel: GrowthBreakdown[];
}

const GROWTH = ['approvals', 'listing_new', 'delivered'];

function breakdown(rows: CellRow[], key: 'category' | 'channel', list: readonly { code: string; label: string }[]) {
  return list.map((c) => {
    const mine = rows.filter((r) => r[key] === c.code);
    return {
      code: c.code,
      label: c.label,
      approvals: sumN(mine, (r) => r.metric === 'approvals'),
      listings: sumN(mine, (r) => r.metric === 'listing_new'),
      delivered: sumN(mine, (r) => r.metric === 'delivered'),
      valueCents: mine.reduce((a, r) => (r.metric === 'delivered' ? a + r.amount : a), 0),
    };
  });
}

/** Approvals, new live listings and delivered shipments (with declared value) per week, by category and channel. */
export async function getProgrammeGrowth(caller: Caller, f: ProgrammeFilter): Promise<GrowthSection> {
  const db = await staffDb(caller);
  const categories = CATEGORIES.map((c) => c.code as string);
  const channels = CHANNELS.map((c) => c.code as string);
  const [series, byCat, byChan] = await Promise.all([
    readCells(db, { metrics: GROWTH, ...dims(f), from: f.from, to: f.to }),
    readCells(db, {
      metrics: GROWTH,
      states: [f.state ?? ALL],
      categories: f.category ? [f.category] : categories,
      channels: [f.channel ?? ALL],
      from: f.from,
      to: f.to,
      overDays: true,
    }),
    readCells(db, {
      metrics: GROWTH,
      states: [f.state ?? ALL],
      categories: [f.category ?? ALL],
      channels: f.channel ? [f.channel] : channels,
      from: f.from,
      to: f.to,
      overDays: true,
    }),
  ]);
  const weeks = weeksBetween(f.from, f.to).map((week) => ({
    week,
    approvals: 0,
    listings: 0,
    delivered: 0,
    valueCents: 0,
  }));
  const at = new Map(weeks.map((w) => [w.week, w]));
  for (const r of series) {
    const w = at.get(mondayOf(r.day));
    if (!w) continue;
    if (r.metric === 'approvals') w.approvals += r.n;
    else if (r.metric === 'listing_new') w.listings += r.n;
    else {
      w.delivered += r.n;
      w.valueCents += r.amount;
    }
  }
  const totals = weeks.reduce(
    (a, w) => ({
      approvals: a.approvals + w.approvals,
      listings: a.listings + w.listings,
      delivered: a.delivered + w.delivered,
      valueCents: a.valueCents + w.valueCents,
    }),
    { approvals: 0, listings: 0, delivered: 0, valueCents: 0 },
  );
  return {
    weeks,
    totals,
    byCategory: breakdown(
      byCat,
      'category',
      CATEGORIES.filter((c) => !f.category || c.code === f.category),
    ),
    byChannel: breakdown(
      byChan,
      'channel',
      CHANNELS.filter((c) => !f.channel || c.code === f.channel),
    ),
  };
}

// ------------------------------------------------------------------------------------------ progress

/** Weeks of approvals the current rate is averaged over (full weeks before the current one). */
export const RATE_WEEKS = 4;

export interface ProgressSection extends Projection {
  rateFrom: string;
  rateTo: string;
}

/** Businesses approved now across the programme, toward 1,000,000, at the rate of the last full weeks. */
export async function getProgrammeProgress(caller: Caller, today: string): Promise<ProgressSection> {
  const db = await staffDb(caller);
  return progress(db, today);
}

async function progress(db: Db, today: string): Promise<ProgressSection> {
  const rateTo = addDays(mondayOf(today), -1);
  const rateFrom = addDays(mondayOf(today), -7 * RATE_WEEKS);
  const [now, recent] = await Promise.all([
    readCells(db, { metrics: ['approved_now'] }),
    readCells(db, { metrics: ['approvals'], from: rateFrom, to: rateTo, overDays: true }),
  ]);
  return { ...projectTarget(sumN(now), sumN(recent) / RATE_WEEKS, today), rateFrom, rateTo };
}

// ------------------------------------------------------------------------------------------ map

const STEP_METRIC: Record<Exclude<MapStep, 'approved_now'>, string> = {
  started: 'f_started',
  submitted: 'f_submitted',
  approved: 'f_approved',
  listing: 'f_listing',
  delivered: 'f_delivered',
};

export interface MapSection {
  step: MapStep;
  byState: Record<string, number>;
  /** All businesses at this step (with or without a state). */
  total: number;
  midwest: number;
  /** Midwest share of the total (0–1), null when the total is 0. */
  midwestShare: number | null;
}

/** Businesses per state at the chosen step (approved now, or the range's cohort reaching a funnel step). */
export async function getProgrammeMap(caller: Caller, f: ProgrammeFilter): Promise<MapSection> {
  const db = await staffDb(caller);
  const current = f.step === 'approved_now';
  const rows = await readCells(db, {
    metrics: [f.step === 'approved_now' ? 'approved_now' : STEP_METRIC[f.step]],
    states: [ALL, ...STATE_CODES],
    categories: [f.category ?? ALL],
    channels: [f.channel ?? ALL],
    ...(current ? {} : { from: f.from, to: f.to }),
    overDays: true,
  });
  const byState: Record<string, number> = Object.fromEntries(STATE_CODES.map((s) => [s, 0]));
  for (const r of rows) if (r.state !== ALL) byState[r.state] = (byState[r.state] ?? 0) + r.n;
  const totalN = sumN(rows, (r) => r.state === ALL);
  const midwest = MIDWEST_STATES.reduce((a, s) => a + (byState[s] ?? 0), 0);
  return { step: f.step, byState, total: totalN, midwest, midwestShare: totalN ? midwest / totalN : null };
}

// ------------------------------------------------------------------------------------------ freshness

export interface Freshness {
  readAt: string;
  /** Changes not yet folded into the cells (the figures include them); capped at PENDING_CAP. */
  pending: number;
  pendingCapped: boolean;
}

const PENDING_CAP = 10_000;

/** How current the rollups are: the figures include unfolded changes, so they are exact when read. */
export async function getProgrammeFreshness(caller: Caller): Promise<Freshness> {
  const db = await staffDb(caller);
  const r = await db.execute(
    sql`select count(*)::int as n from (select 1 from programme_deltas limit ${PENDING_CAP + 1}) x`,
  );
  const n = Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
  return { readAt: new Date().toISOString(), pending: Math.min(n, PENDING_CAP), pendingCapped: n > PENDING_CAP };
}

// ------------------------------------------------------------------------------------------ public

export interface PublicProgramme {
  /** Approved businesses per state; null = fewer than 5 (or withheld so another cannot be worked out). */
  byState: Record<string, number | null>;
  approved: number | null;
  byCategory: { code: CategoryCode; label: string; n: number | null }[];
  listingsLive: number | null;
  shipmentsDelivered: number | null;
  midwest: number | null;
  generatedAt: string;
}

/**
 * The public page's figures: counts only, no business named, every cell under 5 withheld (and any cell
 * that would let a withheld one be worked out from a published total). Anyone may read it.
 */
export async function getPublicProgramme(today: string): Promise<PublicProgramme> {
  const db = await getDb();
  const categories = CATEGORIES.map((c) => c.code as string);
  const [states, cats, current, delivered] = await Promise.all([
    readCells(db, { metrics: ['approved_now'], states: [ALL, ...STATE_CODES] }),
    readCells(db, { metrics: ['approved_now'], categories }),
    readCells(db, { metrics: ['listing_live'] }),
    readCells(db, { metrics: ['delivered'], from: EPOCH, to: today, overDays: true }),
  ]);
  const raw: Record<string, number> = {};
  for (const s of STATE_CODES) raw[`state:${s}`] = 0;
  for (const c of categories) raw[`category:${c}`] = 0;
  for (const r of states) raw[r.state === ALL ? 'approved' : `state:${r.state}`] = r.n;
  raw.approved ??= 0;
  for (const r of cats) raw[`category:${r.category}`] = r.n;
  raw.listings = sumN(current);
  raw.delivered = sumN(delivered);
  raw.midwest = MIDWEST_STATES.reduce((a, s) => a + (raw[`state:${s}`] ?? 0), 0);
  const stateKeys = STATE_CODES.map((s) => `state:${s}`);
  const midwestKeys = MIDWEST_STATES.map((s) => `state:${s}`);
  const out = suppressCells(raw, [
    { total: 'approved', parts: stateKeys },
    { total: 'midwest', parts: midwestKeys },
    { total: 'approved', parts: ['midwest', ...stateKeys.filter((k) => !midwestKeys.includes(k))] },
  ]);
  return {
    byState: Object.fromEntries(STATE_CODES.map((s) => [s, out[`state:${s}`] ?? null])),
    approved: out.approved ?? null,
    byCategory: CATEGORIES.map((c) => ({ code: c.code, label: c.label, n: out[`category:${c.code}`] ?? null })),
    listingsLive: out.listings ?? null,
    shipmentsDelivered: out.delivered ?? null,
    midwest: out.midwest ?? null,
    generatedAt: new Date().toISOString(),
  };
}

export type { ChannelCode };
