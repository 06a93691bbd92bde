// The programme view's arithmetic: funnel conversion, percentiles from duration histograms, suppression
// of small public cells, and the projection toward 1,000,000. Pure; the figures come from db/queries/programme.

/**
 * The number from Alibaba's 2017 pledge (one million US small businesses selling to Chinese consumers),
 * withdrawn in 2018. The portal keeps it as its own goal; no such programme is running.
 */
export const PROGRAMME_TARGET = 1_000_000;

/** Public cells describing fewer businesses than this are not shown. */
export const SUPPRESS_BELOW = 5;

/** The day key of current totals (not dated): programme_cells.day = '-infinity'. */
export const CURRENT = '-infinity';

export const FUNNEL_STEPS = [
  { key: 'account', metric: 'account', label: 'Account created' },
  { key: 'started', metric: 'f_started', label: 'Application started' },
  { key: 'submitted', metric: 'f_submitted', label: 'Application submitted' },
  { key: 'approved', metric: 'f_approved', label: 'Approved' },
  { key: 'listing', metric: 'f_listing', label: 'First listing live' },
  { key: 'delivered', metric: 'f_delivered', label: 'First shipment delivered' },
] as const;
export type FunnelStepKey = (typeof FUNNEL_STEPS)[number]['key'];

export interface FunnelRow {
  key: FunnelStepKey;
  label: string;
  /** Null when not known for the filters (accounts have no state, category or channel before step 1). */
  count: number | null;
  /** Share of the previous known step that reached this one (0–1); null for the first known step. */
  conversion: number | null;
  /** How many of the previous known step did not reach this one. */
  dropOff: number | null;
  /** Share of the first known step. */
  ofFirst: number | null;
}

/** Conversion and drop-off between consecutive steps; steps with an unknown count are skipped over. */
export function funnelRows(counts: Record<FunnelStepKey, number | null>): FunnelRow[] {
  let previous: number | null = null;
  let first: number | null = null;
  return FUNNEL_STEPS.map((s) => {
    const count = counts[s.key];
    const row: FunnelRow = { key: s.key, label: s.label, count, conversion: null, dropOff: null, ofFirst: null };
    if (count === null) return row;
    if (previous !== null) {
      row.conversion = previous === 0 ? null : count / previous;
      row.dropOff = previous - count;
    }
    if (first === null) first = count;
    row.ofFirst = first === 0 ? null : count / first;
    previous = count;
    return row;
  });
}

/**
 * Lower bounds, in hours, of the duration histogram buckets: hours up to a day, then days up to 30,
 * weeks up to 13, then 120/150/180/270/365 days; the last bucket is open-ended. Migration 0019's
 * programme_bucket() holds the same list (a database test checks they agree).
 */
export const DURATION_BUCKETS_HOURS: readonly number[] = [
  0,
  1,
  2,
  4,
  8,
  12,
  ...Array.from({ length: 30 }, (_, i) => (i + 1) * 24),
  ...[35, 42, 49, 56, 63, 70, 77, 84, 91].map((d) => d * 24),
  ...[120, 150, 180, 270, 365].map((d) => d * 24),
];

/** The bucket (its lower bound in hours) that a duration falls in; negative durations go to the first. */
export function bucketOf(hours: number): number {
  let lo = DURATION_BUCKETS_HOURS[0]!;
  for (const b of DURATION_BUCKETS_HOURS) {
    if (b <= hours) lo = b;
    else break;
  }
  return lo;
}

export interface Percentile {
  hours: number;
  /** The percentile lies in the last, open-ended bucket: at least `hours`. */
  atLeast: boolean;
}

/**
 * The p-th percentile (0 < p ≤ 1) of durations known only by bucket, interpolating linearly inside the
 * bucket that holds rank p·N (as Prometheus' histogram_quantile does). Exact to the bucket: the true
 * value lies in the same bucket. Null when there is nothing to measure.
 */
export function histogramPercentile(counts: ReadonlyMap<number, number>, p: number): Percentile | null {
  if (!(p > 0 && p <= 1)) throw new RangeError('p must be in (0, 1]');
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const rank = p * total;
  let below = 0;
  for (let i = 0; i < DURATION_BUCKETS_HOURS.length; i++) {
    const lo = DURATION_BUCKETS_HOURS[i]!;
    const n = counts.get(lo) ?? 0;
    if (n <= 0) continue;
    if (below + n >= rank) {
      const hi = DURATION_BUCKETS_HOURS[i + 1];
      if (hi === undefined) return { hours: lo, atLeast: true };
      return { hours: lo + ((rank - below) / n) * (hi - lo), atLeast: false };
    }
    below += n;
  }
  return { hours: DURATION_BUCKETS_HOURS[DURATION_BUCKETS_HOURS.length - 1]!, atLeast: true };
}

/** The p-th percentile of exact values by nearest rank (the smallest value with at least p·N at or below it). */
export function exactPercentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** "3.5 days", "5 hours", "over 365 days". */
export function formatDuration(p: Percentile | null): string {
  if (!p) return '—';
  const text =
    p.hours < 24
      ? `${round1(p.hours)} hour${round1(p.hours) === 1 ? '' : 's'}`
      : `${round1(p.hours / 24)} day${round1(p.hours / 24) === 1 ? '' : 's'}`;
  return p.atLeast ? `over ${text}` : text;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface Partition {
  /** The published cell that the parts add up to. */
  total: string;
  parts: readonly string[];
}

/**
 * Public cells with every count under SUPPRESS_BELOW withheld (null), zero included: a cell describes
 * fewer than five businesses and could point at one. Where a partition's total is published and exactly
 * one of its parts is withheld, that part could be recovered by subtraction, so the smallest other part
 * is withheld too (repeated until no partition gives one away).
 */
export function suppressCells(
  cells: Readonly<Record<string, number>>,
  partitions: readonly Partition[] = [],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, n] of Object.entries(cells)) out[k] = n < SUPPRESS_BELOW ? null : n;
  for (let changed = true; changed;) {
    changed = false;
    for (const p of partitions) {
      if (out[p.total] === null || out[p.total] === undefined) continue;
      const hidden = p.parts.filter((k) => out[k] === null);
      if (hidden.length !== 1) continue;
      const shown = p.parts.filter((k) => typeof out[k] === 'number');
      if (!shown.length) continue;
      const smallest = shown.reduce((a, b) => ((out[b] as number) < (out[a] as number) ? b : a));
      out[smallest] = null;
      changed = true;
    }
  }
  return out;
}

export interface Projection {
  current: number;
  remaining: number;
  weeklyRate: number;
  /** Weeks to the target at the current rate; null when the rate is not positive or it is reached. */
  weeks: number | null;
  /** The ISO date the target would be reached at this rate. */
  reachedOn: string | null;
  share: number;
}

/** Where the current weekly rate of approvals leads: how many weeks to the target, and when. */
export function projectTarget(
  current: number,
  weeklyRate: number,
  today: string,
  target = PROGRAMME_TARGET,
): Projection {
  const remaining = Math.max(0, target - current);
  const weeks = remaining > 0 && weeklyRate > 0 ? remaining / weeklyRate : null;
  return {
    current,
    remaining,
    weeklyRate,
    weeks,
    reachedOn: weeks === null ? null : addDays(today, Math.ceil(weeks * 7)),
    share: current / target,
  };
}

/** ISO date arithmetic in UTC. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the ISO week holding `iso`. */
export function mondayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return addDays(iso, -((d.getUTCDay() + 6) % 7));
}

/** Mondays of every week overlapping [from, to]. */
export function weeksBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = mondayOf(from); w <= to; w = addDays(w, 7)) out.push(w);
  return out;
}
