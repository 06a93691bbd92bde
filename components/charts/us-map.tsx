import { MIDWEST_STATES } from '@/lib/rules';
import { fmtInt } from './format';
import { MAP_HEIGHT, MAP_WIDTH, usShapes } from './us-geo';

const FILLS = ['fill-green-100', 'fill-green-300', 'fill-green-500', 'fill-green-700', 'fill-green-900'] as const;
const STRIP = 56;

/** Upper bounds of the five colour classes: equal steps up to the largest value (at least 1 apart). */
export function colourClasses(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / FILLS.length));
  return FILLS.map((_, i) => step * (i + 1));
}

/**
 * The United States coloured by a count per state, server-rendered SVG from real boundaries. The 12
 * Midwest states are outlined. Every state is a link (or a focusable shape) that names its figure;
 * hovering or focusing one shows it in the strip under the map, without script.
 */
export function UsMap({
  id,
  title,
  desc,
  values,
  what,
  hrefFor,
}: {
  id: string;
  title: string;
  desc: string;
  /** Per state code; null = withheld (too few to publish). */
  values: Record<string, number | null>;
  /** "businesses approved now". */
  what: string;
  hrefFor?: (code: string) => string;
}) {
  const { states, midwestOutline } = usShapes();
  const max = Math.max(0, ...Object.values(values).filter((v): v is number => v !== null));
  const classes = colourClasses(max);
  const fillOf = (v: number | null | undefined) =>
    v === null || v === undefined ? 'fill-stone-300' : v === 0 ? 'fill-white' : FILLS[classes.findIndex((c) => v <= c)];
  const midwest = new Set<string>(MIDWEST_STATES);
  return (
    <div>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT + STRIP}`}
        className="h-auto w-full"
        role="group"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <text x={12} y={MAP_HEIGHT + 34} className="fill-stone-700 text-[18px]" aria-hidden="true">
          Point at or tab to a state to see its figure.
        </text>
        {states.map((s) => {
          const v = values[s.code];
          const figure = v === null || v === undefined ? 'fewer than 5 (withheld)' : fmtInt(v);
          const text = `${s.name}${midwest.has(s.code) ? ' (Midwest)' : ''}: ${figure} ${what}`;
          const body = (
            <>
              <title>{text}</title>
              <path d={s.d} className={`${fillOf(v)} stroke-stone-500`} strokeWidth={0.75} />
              <g className="map-tip" aria-hidden="true">
                <rect x={0} y={MAP_HEIGHT + 6} width={MAP_WIDTH} height={STRIP - 6} className="fill-white" />
                <text x={12} y={MAP_HEIGHT + 34} className="fill-stone-900 text-[20px] font-semibold">
                  {text}
                </text>
              </g>
            </>
          );
          return hrefFor ? (
            <a key={s.code} href={hrefFor(s.code)} aria-label={text} className="map-state">
              {body}
            </a>
          ) : (
            <g key={s.code} tabIndex={0} role="img" aria-label={text} className="map-state">
              {body}
            </g>
          );
        })}
        <path
          d={midwestOutline}
          fill="none"
          className="pointer-events-none stroke-stone-900"
          strokeWidth={3}
          aria-hidden="true"
        />
      </svg>
      <ul className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label="Map legend">
        {classes.map((c, i) => (
          <li key={c} className="flex items-center gap-1.5">
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" className={`${FILLS[i]} stroke-stone-500`} />
            </svg>
            {i === 0 ? 1 : fmtInt(classes[i - 1]! + 1)}–{fmtInt(c)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg width="16" height="16" aria-hidden="true">
            <rect width="16" height="16" className="fill-white stroke-stone-500" />
          </svg>
          none
        </li>
        {Object.values(values).some((v) => v === null) ? (
          <li className="flex items-center gap-1.5">
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" className="fill-stone-300 stroke-stone-500" />
            </svg>
            fewer than 5, withheld
          </li>
        ) : null}
        <li className="flex items-center gap-1.5">
          <svg width="24" height="16" aria-hidden="true">
            <line x1="0" x2="24" y1="8" y2="8" className="stroke-stone-900" strokeWidth={3} />
          </svg>
          Midwest (12 states)
        </li>
      </ul>
    </div>
  );
}
