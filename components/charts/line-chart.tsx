import { fmtDay, fmtDecimal } from './format';

export interface Series {
  name: string;
  values: (number | null)[];
  /** Tailwind stroke/fill classes; series are also told apart by dash pattern and marker shape. */
  tone: 'green' | 'blue' | 'amber' | 'stone';
}

const TONES = {
  green: { stroke: 'stroke-green-700', fill: 'fill-green-700', dash: undefined },
  blue: { stroke: 'stroke-blue-700', fill: 'fill-blue-700', dash: '6 4' },
  amber: { stroke: 'stroke-amber-700', fill: 'fill-amber-700', dash: '2 3' },
  stone: { stroke: 'stroke-stone-600', fill: 'fill-stone-600', dash: '10 3 2 3' },
} as const;

const W = 720;
const H = 260;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/**
 * Weekly series as lines, server-rendered SVG. Every point is focusable (Tab) and names its week and
 * figure; a legend names the series (which differ in colour and dash pattern).
 */
export function LineChart({
  id,
  title,
  desc,
  weeks,
  series,
  format = fmtDecimal,
  unit = '',
}: {
  id: string;
  title: string;
  desc: string;
  weeks: string[];
  series: Series[];
  format?: (n: number) => string;
  unit?: string;
}) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (weeks.length <= 1 ? iw / 2 : (i / (weeks.length - 1)) * iw);
  const y = (v: number) => PAD.top + ih - (v / max) * ih;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  const suffix = unit ? ` ${unit}` : '';
  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="group" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="stroke-stone-200" />
              <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="fill-stone-700 text-[11px] tabular-nums">
                {format(t)}
              </text>
            </g>
          ))}
          {weeks.map((w, i) =>
            i % labelEvery === 0 ? (
              <text key={w} x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" className="fill-stone-700 text-[11px]">
                {fmtDay(w)}
              </text>
            ) : null,
          )}
          <text x={PAD.left} y={H - 6} className="fill-stone-700 text-[11px]">
            Week starting (Monday, UTC)
          </text>
        </g>
        {series.map((s) => {
          const t = TONES[s.tone];
          const segments: string[] = [];
          let current = '';
          s.values.forEach((v, i) => {
            if (v === null) {
              if (current) segments.push(current);
              current = '';
            } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          });
          if (current) segments.push(current);
          return (
            <g key={s.name}>
              {segments.map((d, i) => (
                <path key={i} d={d} fill="none" strokeWidth={2} strokeDasharray={t.dash} className={t.stroke} />
              ))}
              {s.values.map((v, i) =>
                v === null ? null : (
                  <g
                    key={weeks[i]}
                    tabIndex={0}
                    role="img"
                    aria-label={`${s.name}, week of ${fmtDay(weeks[i]!)}: ${format(v)}${suffix}`}
                    className="chart-point"
                  >
                    <title>{`${s.name}, week of ${fmtDay(weeks[i]!)}: ${format(v)}${suffix}`}</title>
                    <circle cx={x(i)} cy={y(v)} r={4} className={t.fill} />
                  </g>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <ul className="mt-1 flex flex-wrap gap-4 text-sm" aria-label="Legend">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                strokeWidth={2}
                strokeDasharray={TONES[s.tone].dash}
                className={TONES[s.tone].stroke}
              />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
