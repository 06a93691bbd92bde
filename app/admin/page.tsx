import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure } from '@/components/charts/chart-figure';
import { fmtDateTime, fmtDecimal, fmtInt, fmtLongDay, fmtPercent, fmtUsd } from '@/components/charts/format';
import { FunnelChart } from '@/components/charts/funnel-chart';
import { LineChart } from '@/components/charts/line-chart';
import { UsMap } from '@/components/charts/us-map';
import { filterControl } from '@/components/admin/filters';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import {
  getProgrammeFreshness,
  getProgrammeFunnel,
  getProgrammeGrowth,
  getProgrammeMap,
  getProgrammeProgress,
  getProgrammeReviewers,
  getProgrammeStalls,
  getProgrammeTiming,
  getProgrammeWaiting,
} from '@/db/queries/programme';
import { requireReviewer } from '@/lib/auth/guards';
import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { formatDuration, PROGRAMME_TARGET } from '@/lib/domain/programme';
import { env } from '@/lib/env';
import {
  categoriesTable,
  channelsTable,
  filterParams,
  funnelTable,
  growthTable,
  mapTable,
  missingTable,
  rejectedTable,
  reviewersTable,
  timingTable,
  waitingTable,
  type ProgrammeChart,
} from '@/lib/programme-tables';
import { firstValues } from '@/lib/search-params';
import { STATE_OPTIONS } from '@/lib/validation/application';
import { MAP_STEPS, programmeFilterSchema, utcToday } from '@/lib/validation/programme';

export const metadata: Metadata = { title: 'Programme' };

const STAFF_LINKS = [
  { href: '/admin/applications', label: 'Application queue', text: 'Review applications, oldest first.' },
  { href: '/admin/listings', label: 'Listing review', text: 'New listings and proposed changes to live ones.' },
  { href: '/admin/shipments', label: 'Shipments', text: 'Every export shipment, customs milestones, what is stuck.' },
  { href: '/admin/rules', label: 'Export rules', text: 'The rules history and proposed changes.' },
];
const ADMIN_LINKS = [
  { href: '/admin/exchange-rates', label: 'Exchange rates', text: 'The USD→CNY rate that prices the storefront.' },
  { href: '/admin/users', label: 'Users', text: 'Change roles, disable accounts (audited).' },
  { href: '/admin/partners', label: 'Partners', text: 'Partner organisations and their API access.' },
  {
    href: '/admin/helpers',
    label: 'Helper organisations',
    text: 'Co-ops, state offices, trade groups and export agents, and their staff.',
  },
];

const FIELD_LABELS: Record<string, string> = {
  from: 'From',
  to: 'To',
  state: 'State',
  category: 'Category',
  channel: 'Channel',
  step: 'Map shows',
};

/** Hours to days for the time charts' axis. */
const days = (h: number | null | undefined) => (h === null || h === undefined ? null : h / 24);

export default async function ProgrammeDashboard({ searchParams }: PageProps<'/admin'>) {
  const actor = await requireReviewer();
  const raw = firstValues(await searchParams);
  const today = utcToday();
  const schema = programmeFilterSchema(today);
  const parsed = schema.safeParse(raw);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) fieldErrors[String(i.path[0] ?? 'from')] ??= i.message;
  const f = parsed.success ? parsed.data : schema.parse({});
  const sla = env().PROGRAMME_SLA_DAYS;

  const [freshness, progress, funnel, map, stalls, timing, waiting, reviewers, growth] = await Promise.all([
    getProgrammeFreshness(actor),
    getProgrammeProgress(actor, today),
    getProgrammeFunnel(actor, f),
    getProgrammeMap(actor, f),
    getProgrammeStalls(actor, f),
    getProgrammeTiming(actor, f),
    getProgrammeWaiting(actor, f, sla, today),
    getProgrammeReviewers(actor, f),
    getProgrammeGrowth(actor, f),
  ]);

  const csv = (chart: ProgrammeChart) => `/api/programme/${chart}?${filterParams(f)}`;
  const queueFor = (state: string) => {
    const p = new URLSearchParams({ state });
    if (f.category) p.set('category', f.category);
    if (f.channel) p.set('channel', f.channel);
    return `/admin/applications?${p}`;
  };
  const stepLabel = MAP_STEPS.find((s) => s.value === f.step)!.label.toLowerCase();
  const scopeText = [
    f.state ? STATE_OPTIONS.find((s) => s.value === f.state)!.label : 'all states',
    f.category ? CATEGORIES.find((c) => c.code === f.category)!.label : 'all categories',
    f.channel ? CHANNELS.find((c) => c.code === f.channel)!.label : 'all channels',
  ].join(', ');
  const range = `${fmtLongDay(f.from)} to ${fmtLongDay(f.to)}`;
  const weeks = timing.weeks.map((w) => w.week);
  const described = (id: string) => (fieldErrors[id] ? `${id}-error` : undefined);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Programme</h1>
        <p>
          The road to {fmtInt(PROGRAMME_TARGET)} US small businesses selling to Chinese consumers. Signed in as{' '}
          {actor.name} ({actor.role}).
        </p>
        <p className="text-sm text-stone-700" data-testid="freshness">
          Figures as of {fmtDateTime(freshness.readAt)}: exact when the page was made, including{' '}
          {freshness.pendingCapped ? `over ${fmtInt(freshness.pending)}` : fmtInt(freshness.pending)} recent change
          {freshness.pending === 1 ? '' : 's'} not yet folded into the rollups (folded every minute). Reload for newer
          figures.
        </p>
      </div>

      <nav aria-labelledby="staff-tools-h" className="space-y-2">
        <h2 id="staff-tools-h" className="text-lg font-semibold">
          Staff tools
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {[...STAFF_LINKS, ...(actor.role === 'admin' ? ADMIN_LINKS : [])].map((l) => (
            <li key={l.href} className="rounded-lg border border-stone-200 bg-white p-3">
              <Link href={l.href} className="font-semibold">
                {l.label}
              </Link>
              <p className="text-sm text-stone-600">{l.text}</p>
            </li>
          ))}
        </ul>
      </nav>

      {!parsed.success ? (
        <Alert tone="error" title="Some filters could not be used, so the default view is shown.">
          <ul className="list-disc pl-5">
            {Object.entries(fieldErrors).map(([k, m]) => (
              <li key={k}>
                {FIELD_LABELS[k] ?? k}: {m}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <form
        role="search"
        aria-label="Filter the programme figures"
        action="/admin"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        {(['from', 'to'] as const).map((k) => (
          <div key={k}>
            <label htmlFor={k} className="block text-sm font-medium">
              {FIELD_LABELS[k]}
            </label>
            <input
              id={k}
              name={k}
              type="date"
              defaultValue={parsed.success ? f[k] : (raw[k] ?? '')}
              className={filterControl}
              aria-invalid={fieldErrors[k] ? true : undefined}
              aria-describedby={described(k)}
            />
            {fieldErrors[k] ? (
              <p id={`${k}-error`} className="mt-1 text-xs text-red-800">
                {fieldErrors[k]}
              </p>
            ) : null}
          </div>
        ))}
        {(
          [
            ['state', STATE_OPTIONS, 'All states'],
            ['category', CATEGORIES.map((c) => ({ value: c.code, label: c.label })), 'All categories'],
            ['channel', CHANNELS.map((c) => ({ value: c.code, label: c.label })), 'All channels'],
            ['step', MAP_STEPS, null],
          ] as const
        ).map(([k, options, any]) => (
          <div key={k}>
            <label htmlFor={k} className="block text-sm font-medium">
              {FIELD_LABELS[k]}
            </label>
            <select
              id={k}
              name={k}
              defaultValue={(parsed.success ? f[k] : undefined) ?? ''}
              className={filterControl}
              aria-invalid={fieldErrors[k] ? true : undefined}
              aria-describedby={described(k)}
            >
              {any ? <option value="">{any}</option> : null}
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {fieldErrors[k] ? (
              <p id={`${k}-error`} className="mt-1 text-xs text-red-800">
                {fieldErrors[k]}
              </p>
            ) : null}
          </div>
        ))}
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClass()}>
            Apply filters
          </button>
          <Link href="/admin">Reset</Link>
          <p className="text-sm text-stone-700">
            Showing {range}; {scopeText}.
          </p>
        </div>
      </form>

      <section aria-labelledby="progress-h" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="progress-h" className="text-xl font-semibold">
          Progress toward {fmtInt(PROGRAMME_TARGET)}
        </h2>
        <p className="text-3xl font-bold tabular-nums" data-testid="progress-current">
          {fmtInt(progress.current)} <span className="text-base font-normal">businesses approved now</span>
        </p>
        <svg
          viewBox="0 0 600 20"
          className="h-5 w-full max-w-2xl"
          role="img"
          aria-label={`${fmtPercent(progress.share)} of the target`}
        >
          <title>{`${fmtPercent(progress.share)} of ${fmtInt(PROGRAMME_TARGET)}`}</title>
          <rect width="600" height="20" className="fill-stone-200" />
          <rect
            width={Math.min(600, Math.max(progress.current ? 2 : 0, progress.share * 600))}
            height="20"
            className="fill-green-700"
          />
        </svg>
        <p className="text-sm text-stone-700">
          {fmtPercent(progress.share)} of the target, programme-wide (the filters do not apply). Current rate:{' '}
          {fmtDecimal(progress.weeklyRate)} approvals a week (average of the {fmtLongDay(progress.rateFrom)} –{' '}
          {fmtLongDay(progress.rateTo)} weeks).{' '}
          {progress.reachedOn
            ? `At that rate the remaining ${fmtInt(progress.remaining)} take ${fmtInt(Math.ceil(progress.weeks!))} weeks: the target would be reached around ${fmtLongDay(progress.reachedOn)}.`
            : progress.remaining === 0
              ? 'The target is reached.'
              : 'With no approvals in those weeks, no date can be projected.'}
        </p>
      </section>

      <h2 className="text-xl font-semibold">Funnel and where applicants stall</h2>
      <ChartFigure
        id="funnel"
        title="Funnel"
        summary={`Businesses whose owner signed up ${range} (${scopeText}), by the furthest step reached so far.`}
        table={funnelTable(funnel)}
        csvHref={csv('funnel')}
        note={
          funnel.accountsFiltered
            ? 'Accounts are not known by state, category or channel until an application is started, so the first step is left out under these filters.'
            : undefined
        }
      >
        <FunnelChart
          id="funnel-chart"
          title="Funnel from account to first delivered shipment"
          desc={funnel.rows.map((r) => `${r.label}: ${r.count === null ? 'not known' : fmtInt(r.count)}`).join('; ')}
          steps={funnel.rows}
        />
      </ChartFigure>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="missing"
          title="Missing at submit"
          summary="What applicants still lacked when Submit was refused, most frequent first."
          table={missingTable(stalls)}
          csvHref={csv('missing')}
        >
          <BarChart
            id="missing-chart"
            title="Requirements most often missing at a refused submit"
            desc={stalls.missing.map((m) => `${m.label}: ${m.n}`).join('; ') || 'No refused submits.'}
            bars={stalls.missing.map((m) => ({ label: m.label, value: m.n }))}
          />
        </ChartFigure>
        <ChartFigure
          id="rejected"
          title="Documents most often rejected"
          summary={`With the most frequent reasons among the latest ${stalls.reasonSample} rejections of each.`}
          table={rejectedTable(stalls)}
          csvHref={csv('rejected')}
          note={
            stalls.rejectedUnfiltered
              ? 'Document rejections are counted for all states, categories and channels.'
              : undefined
          }
        >
          <BarChart
            id="rejected-chart"
            title="Documents most often rejected"
            desc={stalls.rejected.map((m) => `${m.label}: ${m.n}`).join('; ') || 'No rejected documents.'}
            bars={stalls.rejected.map((m) => ({ label: m.label, value: m.n }))}
          />
          {stalls.rejected.some((r) => r.reasons.length) ? (
            <ul className="space-y-1 text-sm">
              {stalls.rejected
                .filter((r) => r.reasons.length)
                .map((r) => (
                  <li key={r.code}>
                    <span className="font-medium">{r.label}:</span>{' '}
                    {r.reasons.map((x) => `“${x.reason}” (${fmtInt(x.n)})`).join(', ')}
                  </li>
                ))}
            </ul>
          ) : null}
        </ChartFigure>
      </div>

      <h2 className="text-xl font-semibold">Map</h2>
      <ChartFigure
        id="map"
        title={`Businesses by state: ${stepLabel}`}
        summary={
          <>
            Midwest (outlined): <strong data-testid="midwest-share">{fmtPercent(map.midwestShare)}</strong> of{' '}
            {fmtInt(map.total)} ({fmtInt(map.midwest)} businesses). Each state links to the application queue filtered
            by it.
          </>
        }
        table={mapTable(map, queueFor)}
        csvHref={csv('map')}
      >
        <UsMap
          id="map-chart"
          title={`Map of the United States: businesses ${stepLabel} per state`}
          desc={`Darker states have more businesses. The 12 Midwest states hold ${fmtPercent(map.midwestShare)}. The table view lists every state.`}
          values={map.byState}
          what={`businesses (${stepLabel})`}
          hrefFor={queueFor}
        />
      </ChartFigure>

      <h2 className="text-xl font-semibold">Time to decision</h2>
      <ChartFigure
        id="timing"
        title="Days from submission to decision and to first reviewer action"
        summary={`Over the range: ${fmtInt(timing.overall.decisions)} decisions, median ${formatDuration(timing.overall.median)}, 90th percentile ${formatDuration(timing.overall.p90)}; first reviewer action after a median ${formatDuration(timing.overall.touchMedian)} (90th percentile ${formatDuration(timing.overall.touchP90)}).`}
        table={timingTable(timing)}
        csvHref={csv('timing')}
        note="Durations are kept in buckets (hours up to a day, then days up to 30): percentiles are exact to the bucket."
      >
        <LineChart
          id="timing-chart"
          title="Days to decision and to first touch, per week"
          desc="Median and 90th percentile days from first submission to approval or rejection, and median days to the first reviewer action, for each week of decisions."
          weeks={weeks}
          unit="days"
          series={[
            { name: 'Median to decision', tone: 'green', values: timing.weeks.map((w) => days(w.median?.hours)) },
            { name: '90th percentile to decision', tone: 'blue', values: timing.weeks.map((w) => days(w.p90?.hours)) },
            {
              name: 'Median to first touch',
              tone: 'amber',
              values: timing.weeks.map((w) => days(w.touchMedian?.hours)),
            },
          ]}
        />
      </ChartFigure>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="waiting"
          title={`Waiting more than ${sla} days`}
          summary={
            <>
              <strong data-testid="over-sla">{fmtInt(waiting.overSla)}</strong> of {fmtInt(waiting.open)} applications
              waiting for a decision were submitted on or before {fmtLongDay(waiting.cutoff)} (target: a decision within{' '}
              {sla} days).{' '}
              <Link
                href={`/admin/applications?${new URLSearchParams({ olderThanDays: String(sla), ...(f.state ? { state: f.state } : {}) })}`}
              >
                Open them in the queue
              </Link>
              .
            </>
          }
          table={waitingTable(waiting)}
          csvHref={csv('waiting')}
          note={
            waiting.holdersUnfiltered
              ? 'Who holds them is broken down by state only, not by category or channel.'
              : undefined
          }
        >
          <BarChart
            id="waiting-chart"
            title={`Applications waiting more than ${sla} days, by who holds them`}
            desc={waiting.holders.map((h) => `${h.name}: ${h.n}`).join('; ') || 'None.'}
            bars={waiting.holders.map((h) => ({ label: h.name, value: h.n }))}
          />
        </ChartFigure>
        <ChartFigure
          id="reviewers"
          title="Decisions per reviewer"
          summary="Approvals, rejections and requests for changes in the range; the table gives each week."
          table={reviewersTable(reviewers)}
          csvHref={csv('reviewers')}
          note={reviewers.unfiltered ? 'Decisions are counted for all states, categories and channels.' : undefined}
        >
          <BarChart
            id="reviewers-chart"
            title="Decisions per reviewer in the range"
            desc={reviewers.rows.map((r) => `${r.name}: ${r.total}`).join('; ') || 'No decisions.'}
            bars={reviewers.rows.map((r) => ({ label: r.name, value: r.total }))}
          />
        </ChartFigure>
      </div>

      <h2 className="text-xl font-semibold">Growth</h2>
      <ChartFigure
        id="growth"
        title="Approvals and new live listings per week"
        summary={`In the range: ${fmtInt(growth.totals.approvals)} approvals, ${fmtInt(growth.totals.listings)} listings went live for the first time, ${fmtInt(growth.totals.delivered)} shipments delivered with a declared value of ${fmtUsd(growth.totals.valueCents)}.`}
        table={growthTable(growth)}
        csvHref={csv('growth')}
      >
        <LineChart
          id="growth-chart"
          title="Approvals, new live listings and delivered shipments per week"
          desc="Weekly counts of applications approved, listings approved for the first time, and shipments delivered."
          weeks={growth.weeks.map((w) => w.week)}
          format={fmtInt}
          series={[
            { name: 'Approvals', tone: 'green', values: growth.weeks.map((w) => w.approvals) },
            { name: 'New live listings', tone: 'blue', values: growth.weeks.map((w) => w.listings) },
            { name: 'Shipments delivered', tone: 'amber', values: growth.weeks.map((w) => w.delivered) },
          ]}
        />
      </ChartFigure>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="categories"
          title="By category"
          summary="Approvals in the range per product category (a business selling two categories counts in both)."
          table={categoriesTable(growth)}
          csvHref={csv('categories')}
        >
          <BarChart
            id="categories-chart"
            title="Approvals by category"
            desc={growth.byCategory.map((c) => `${c.label}: ${c.approvals}`).join('; ')}
            bars={growth.byCategory.map((c) => ({ label: c.label, value: c.approvals }))}
          />
        </ChartFigure>
        <ChartFigure
          id="channels"
          title="By channel"
          summary="Approvals in the range per sales channel; the table adds listings, shipments and declared value."
          table={channelsTable(growth)}
          csvHref={csv('channels')}
        >
          <BarChart
            id="channels-chart"
            title="Approvals by channel"
            desc={growth.byChannel.map((c) => `${c.label}: ${c.approvals}`).join('; ')}
            bars={growth.byChannel.map((c) => ({ label: c.label, value: c.approvals }))}
          />
        </ChartFigure>
      </div>
    </div>
  );
}
