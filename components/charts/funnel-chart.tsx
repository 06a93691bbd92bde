import { fmtInt, fmtPercent } from './format';

export interface FunnelStep {
  label: string;
  count: number | null;
  conversion: number | null;
  dropOff: number | null;
}

const W = 640;
const ROW = 46;

/** The funnel: one centred bar per step, its width the share of the first step, with the step's conversion. */
export function FunnelChart({
  id,
  title,
  desc,
  steps,
}: {
  id: string;
  title: string;
  desc: string;
  steps: FunnelStep[];
}) {
  const first = steps.find((s) => s.count !== null)?.count ?? 0;
  const h = steps.length * ROW + 8;
  const barMax = 360;
  return (
    <svg
      viewBox={`0 0 ${W} ${h}`}
      className="h-auto w-full max-w-3xl"
      role="group"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {steps.map((s, i) => {
        const y = i * ROW + 4;
        const w = s.count === null || !first ? 0 : Math.max(2, (s.count / first) * barMax);
        const conv = s.conversion === null ? '' : `${fmtPercent(s.conversion)} of the step before`;
        const text =
          s.count === null
            ? `${s.label}: not known for these filters`
            : `${s.label}: ${fmtInt(s.count)}${conv ? `, ${conv}` : ''}${s.dropOff ? `, ${fmtInt(s.dropOff)} did not go on` : ''}`;
        return (
          <g key={s.label} tabIndex={0} role="img" aria-label={text} className="chart-point">
            <title>{text}</title>
            <text x={8} y={y + 17} className="fill-stone-900 text-[13px] font-semibold">
              {s.label}
            </text>
            <text x={8} y={y + 34} className="fill-stone-700 text-[12px]">
              {s.count === null ? 'not known' : conv || 'first step'}
            </text>
            {s.count === null ? (
              <rect x={210 + barMax / 2 - 30} y={y + 6} width={60} height={ROW - 14} className="fill-stone-200" />
            ) : (
              <rect x={210 + (barMax - w) / 2} y={y + 6} width={w} height={ROW - 14} className="fill-green-700" />
            )}
            <text x={W - 8} y={y + 26} textAnchor="end" className="fill-stone-900 text-[14px] tabular-nums">
              {s.count === null ? '—' : fmtInt(s.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
