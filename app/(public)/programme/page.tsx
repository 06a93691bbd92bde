import type { Metadata } from 'next';
import { connection } from 'next/server';
import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure } from '@/components/charts/chart-figure';
import { fmtDateTime, fmtInt } from '@/components/charts/format';
import { UsMap } from '@/components/charts/us-map';
import { US_STATES } from '@/lib/domain/export-rules';
import { PROGRAMME_TARGET, SUPPRESS_BELOW } from '@/lib/domain/programme';
import { getCachedPublicProgramme, PUBLIC_PROGRAMME_TTL_SECONDS } from '@/lib/programme-cache';
import { MIDWEST_STATES } from '@/lib/rules';

export const metadata: Metadata = {
  title: 'The programme in numbers',
  description:
    'How many US small businesses Heartland Gateway has approved to sell to Chinese consumers, by state and category.',
};

const shown = (n: number | null) => (n === null ? `fewer than ${SUPPRESS_BELOW}` : fmtInt(n));

export default async function PublicProgrammePage() {
  await connection();
  const p = await getCachedPublicProgramme();
  const states = Object.entries(p.byState).sort(([a, x], [b, y]) => (y ?? -1) - (x ?? -1) || a.localeCompare(b));
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">The programme in numbers</h1>
        <p className="text-stone-700">
          Heartland Gateway’s goal is {fmtInt(PROGRAMME_TARGET)} US small businesses selling to Chinese consumers, above
          all from the Midwest. These are the figures so far, for the public and the press. They are counts only: no
          business is named, and any figure that would describe fewer than {SUPPRESS_BELOW} businesses is withheld (with
          any other that would let it be worked out).
        </p>
        <p className="text-sm text-stone-700">
          Figures as of {fmtDateTime(p.generatedAt)}; refreshed every {PUBLIC_PROGRAMME_TTL_SECONDS / 60} minutes.
        </p>
      </div>

      <dl className="grid gap-4 sm:grid-cols-2">
        {(
          [
            ['Businesses approved', p.approved],
            ['In the 12 Midwest states', p.midwest],
            ['Product listings live on the storefront', p.listingsLive],
            ['Shipments delivered to China', p.shipmentsDelivered],
          ] as const
        ).map(([label, n]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-700">{label}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-testid="public-figure">
              {shown(n)}
            </dd>
          </div>
        ))}
      </dl>

      <ChartFigure
        id="public-map"
        title="Businesses approved, by state"
        summary="The 12 Midwest states are outlined. Grey states have fewer than 5 approved businesses, or a figure that would give one away."
        table={{
          caption: 'Businesses approved per state',
          columns: ['State', 'Midwest', 'Businesses approved'],
          rows: states.map(([code, n]) => [
            US_STATES[code as keyof typeof US_STATES].en,
            (MIDWEST_STATES as readonly string[]).includes(code) ? 'yes' : 'no',
            n === null ? `fewer than ${SUPPRESS_BELOW}` : n,
          ]),
        }}
      >
        <UsMap
          id="public-map-chart"
          title="Map of the United States: businesses approved per state"
          desc="Darker states have more approved businesses; states with fewer than 5 are grey. The table view lists every state."
          values={p.byState}
          what="businesses approved"
        />
      </ChartFigure>

      <ChartFigure
        id="public-categories"
        title="Businesses approved, by category"
        summary="A business selling in two categories counts in both."
        table={{
          caption: 'Businesses approved per product category',
          columns: ['Category', 'Businesses approved'],
          rows: p.byCategory.map((c) => [c.label, c.n === null ? `fewer than ${SUPPRESS_BELOW}` : c.n]),
        }}
      >
        <BarChart
          id="public-categories-chart"
          title="Businesses approved by category"
          desc={p.byCategory.map((c) => `${c.label}: ${shown(c.n)}`).join('; ')}
          bars={p.byCategory.map((c) => ({ label: c.label, value: c.n ?? 0, valueText: shown(c.n) }))}
        />
      </ChartFigure>
    </div>
  );
}
