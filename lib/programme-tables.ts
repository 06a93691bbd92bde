import type {
  FunnelSection,
  GrowthSection,
  MapSection,
  ReviewerSection,
  StallSection,
  TimingSection,
  WaitingSection,
} from '@/db/queries/programme';
import type { TableModel } from '@/components/charts/data-table';
import { US_STATES } from '@/lib/domain/export-rules';
import { formatDuration, type Percentile } from '@/lib/domain/programme';
import { MIDWEST_STATES } from '@/lib/rules';
import { MAP_STEPS, type ProgrammeFilter } from '@/lib/validation/programme';

// Each chart of the programme view as a table: shown under the chart and downloaded as CSV, so the two
// never disagree.

export const PROGRAMME_CHARTS = [
  'funnel',
  'map',
  'missing',
  'rejected',
  'timing',
  'waiting',
  'reviewers',
  'growth',
  'categories',
  'channels',
] as const;
export type ProgrammeChart = (typeof PROGRAMME_CHARTS)[number];

const pct = (x: number | null) => (x === null ? null : `${(Math.round(x * 1000) / 10).toFixed(1)}%`);
const hours = (p: Percentile | null) =>
  p === null ? null : `${p.atLeast ? '≥ ' : ''}${Math.round(p.hours * 10) / 10}`;
const usd = (cents: number) => (cents / 100).toFixed(2);

export function funnelTable(s: FunnelSection): TableModel {
  return {
    caption: 'Funnel: businesses at each step, conversion from the step before and drop-off',
    columns: ['Step', 'Businesses', 'Conversion from previous step', 'Did not go on', 'Share of first step'],
    rows: s.rows.map((r) => [r.label, r.count, pct(r.conversion), r.dropOff, pct(r.ofFirst)]),
  };
}

export function mapTable(s: MapSection, queueHref?: (state: string) => string): TableModel {
  const codes = Object.keys(US_STATES).sort((a, b) => (s.byState[b] ?? 0) - (s.byState[a] ?? 0) || a.localeCompare(b));
  const label = MAP_STEPS.find((m) => m.value === s.step)!.label;
  return {
    caption: `Businesses per state: ${label.toLowerCase()}`,
    columns: ['State', 'Code', 'Midwest', `Businesses (${label.toLowerCase()})`, 'Share of all'],
    rows: codes.map((c) => [
      US_STATES[c as keyof typeof US_STATES].en,
      c,
      (MIDWEST_STATES as readonly string[]).includes(c) ? 'yes' : 'no',
      s.byState[c] ?? 0,
      s.total ? pct((s.byState[c] ?? 0) / s.total) : null,
    ]),
    links: queueHref ? codes.map(queueHref) : undefined,
  };
}

export function missingTable(s: StallSection): TableModel {
  return {
    caption: 'What was missing when applicants pressed Submit and were refused',
    columns: ['Missing', 'Code', 'Refused submits'],
    rows: s.missing.map((m) => [m.label, m.code, m.n]),
  };
}

export function rejectedTable(s: StallSection): TableModel {
  return {
    caption: 'Documents most often rejected, with the most frequent reasons',
    columns: ['Document', 'Code', 'Rejections', 'Most frequent reasons (latest rejections)'],
    rows: s.rejected.map((m) => [
      m.label,
      m.code,
      m.n,
      m.reasons.map((r) => `${r.reason} (${r.n})`).join('; ') || null,
    ]),
  };
}

export function timingTable(s: TimingSection): TableModel {
  return {
    caption: 'Hours from submission to decision and to the first reviewer action, per week',
    columns: [
      'Week starting',
      'Decisions',
      'Median hours to decision',
      '90th percentile hours to decision',
      'First touches',
      'Median hours to first touch',
      '90th percentile hours to first touch',
    ],
    rows: [
      ...s.weeks.map((w) => [
        w.week,
        w.decisions,
        hours(w.median),
        hours(w.p90),
        w.touched,
        hours(w.touchMedian),
        hours(w.touchP90),
      ]),
      [
        'Whole range',
        s.overall.decisions,
        hours(s.overall.median),
        hours(s.overall.p90),
        s.overall.touched,
        hours(s.overall.touchMedian),
        hours(s.overall.touchP90),
      ],
    ],
  };
}

export function waitingTable(s: WaitingSection): TableModel {
  return {
    caption: `Applications waiting more than ${s.slaDays} days for a decision, by who holds them`,
    columns: ['Held by', `Waiting more than ${s.slaDays} days`],
    rows: s.holders.map((h) => [h.name, h.n]),
  };
}

export function reviewersTable(s: ReviewerSection): TableModel {
  return {
    caption: 'Decisions (approve, reject, request changes) per reviewer per week',
    columns: ['Reviewer', ...s.weeks.map((w) => `Week of ${w}`), 'Total'],
    rows: s.rows.map((r) => [r.name, ...r.perWeek, r.total]),
  };
}

export function growthTable(s: GrowthSection): TableModel {
  return {
    caption: 'Approvals, new live listings and delivered shipments per week',
    columns: ['Week starting', 'Approvals', 'New live listings', 'Shipments delivered', 'Declared value (USD)'],
    rows: s.weeks.map((w) => [w.week, w.approvals, w.listings, w.delivered, usd(w.valueCents)]),
  };
}

function breakdownTable(rows: GrowthSection['byCategory'], what: string): TableModel {
  return {
    caption: `Approvals, new live listings and delivered shipments by ${what}`,
    columns: [
      what[0]!.toUpperCase() + what.slice(1),
      'Approvals',
      'New live listings',
      'Shipments delivered',
      'Declared value (USD)',
    ],
    rows: rows.map((r) => [r.label, r.approvals, r.listings, r.delivered, usd(r.valueCents)]),
  };
}
export const categoriesTable = (s: GrowthSection) => breakdownTable(s.byCategory, 'category');
export const channelsTable = (s: GrowthSection) => breakdownTable(s.byChannel, 'channel');

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula. */
function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableCsv(t: TableModel): string {
  return [t.columns, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The filters as query parameters, for links that keep them (CSV downloads, the map's state links). */
export function filterParams(f: ProgrammeFilter, extra: Record<string, string> = {}): URLSearchParams {
  const p = new URLSearchParams({ from: f.from, to: f.to });
  if (f.state) p.set('state', f.state);
  if (f.category) p.set('category', f.category);
  if (f.channel) p.set('channel', f.channel);
  if (f.step !== 'approved_now') p.set('step', f.step);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

/** Hours as words for the page ("2.5 days"). */
export const durationText = formatDuration;
