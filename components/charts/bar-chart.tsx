import { fmtInt } from './format';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar; defaults to the value. */
  valueText?: string;
  href?: string;
}

const W = 640;
const LABEL_W = 220;
const VALUE_W = 110;
const ROW = 28;

/**
 * Horizontal bars, server-rendered SVG. Each bar is focusable (Tab) and names its figure to a screen
 * reader and, as a tooltip, on hover; the figure is also printed beside the bar.
 */
export function BarChart({ id, title, desc, bars }: { id: string; title: string; desc: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = Math.max(1, bars.length) * ROW + 8;
  const barW = W - LABEL_W - VALUE_W;
  return (
    <svg
      viewBox={`0 0 ${W} ${h}`}
      className="h-auto w-full max-w-3xl"
      role="group"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {bars.length === 0 ? (
        <text x={8} y={20} className="fill-stone-700 text-sm">
          Nothing to show for these filters.
        </text>
      ) : null}
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        const w = (b.value / max) * barW;
        const text = `${b.label}: ${b.valueText ?? fmtInt(b.value)}`;
        const body = (
          <>
            <title>{text}</title>
            <text x={LABEL_W - 8} y={y + 18} textAnchor="end" className="fill-stone-900 text-[13px]">
              {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
            </text>
            <rect
              x={LABEL_W}
              y={y + 4}
              width={Math.max(w, b.value > 0 ? 2 : 0)}
              height={ROW - 8}
              className="fill-green-700"
            />
            <text x={LABEL_W + w + 6} y={y + 18} className="fill-stone-900 text-[13px] tabular-nums">
              {b.valueText ?? fmtInt(b.value)}
            </text>
          </>
        );
        return b.href ? (
          <a key={b.label} href={b.href} aria-label={text} className="chart-point">
            {body}
          </a>
        ) : (
          <g key={b.label} tabIndex={0} role="img" aria-label={text} className="chart-point">
            {body}
          </g>
        );
      })}
    </svg>
  );
}
