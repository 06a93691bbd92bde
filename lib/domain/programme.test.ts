import { describe, expect, it } from 'vitest';
import {
  addDays,
  bucketOf,
  DURATION_BUCKETS_HOURS,
  exactPercentile,
  formatDuration,
  funnelRows,
  histogramPercentile,
  mondayOf,
  projectTarget,
  suppressCells,
  weeksBetween,
} from './programme';

describe('funnel arithmetic', () => {
  it('gives each step its conversion from the step before, the drop-off and the share of the first', () => {
    const rows = funnelRows({ account: 200, started: 150, submitted: 90, approved: 60, listing: 30, delivered: 6 });
    expect(rows.map((r) => r.count)).toEqual([200, 150, 90, 60, 30, 6]);
    expect(rows[0]).toMatchObject({ conversion: null, dropOff: null, ofFirst: 1 });
    expect(rows[1]).toMatchObject({ conversion: 0.75, dropOff: 50, ofFirst: 0.75 });
    expect(rows[2]).toMatchObject({ conversion: 0.6, dropOff: 60, ofFirst: 0.45 });
    expect(rows[5]).toMatchObject({ conversion: 0.2, dropOff: 24, ofFirst: 0.03 });
  });

  it('skips an unknown step: the next known one converts from the one before it', () => {
    const rows = funnelRows({ account: null, started: 40, submitted: 10, approved: 10, listing: 0, delivered: 0 });
    expect(rows[0]).toMatchObject({ count: null, conversion: null, ofFirst: null });
    expect(rows[1]).toMatchObject({ conversion: null, ofFirst: 1 });
    expect(rows[2]).toMatchObject({ conversion: 0.25, dropOff: 30 });
    expect(rows[3]).toMatchObject({ conversion: 1, dropOff: 0 });
    // Nothing to convert from: no rate, not a division by zero.
    expect(rows[5]).toMatchObject({ conversion: null, dropOff: 0, ofFirst: 0 });
  });

  it('does not divide by an empty first step', () => {
    const rows = funnelRows({ account: 0, started: 0, submitted: 0, approved: 0, listing: 0, delivered: 0 });
    expect(rows.every((r) => r.conversion === null && r.ofFirst === null)).toBe(true);
  });
});

describe('duration buckets and percentiles', () => {
  it('places durations by lower bound, negative ones in the first bucket', () => {
    expect(bucketOf(-3)).toBe(0);
    expect(bucketOf(0.5)).toBe(0);
    expect(bucketOf(3)).toBe(2);
    expect(bucketOf(24)).toBe(24);
    expect(bucketOf(24 * 4.5)).toBe(96);
    expect(bucketOf(24 * 31)).toBe(720);
    expect(bucketOf(24 * 400)).toBe(8760);
    expect([...DURATION_BUCKETS_HOURS].sort((a, b) => a - b)).toEqual(DURATION_BUCKETS_HOURS);
  });

  it('interpolates inside the bucket that holds the rank', () => {
    // Ten decisions, all between 1 and 2 days: the median is halfway through that day.
    expect(histogramPercentile(new Map([[24, 10]]), 0.5)).toEqual({ hours: 36, atLeast: false });
    // 9 within the first hour, 1 after 3 days: p90 is the end of the first hour, p100 inside day 3–4.
    const h = new Map([
      [0, 9],
      [72, 1],
    ]);
    expect(histogramPercentile(h, 0.9)).toEqual({ hours: 1, atLeast: false });
    expect(histogramPercentile(h, 1)).toEqual({ hours: 96, atLeast: false });
  });

  it('says "at least" in the open-ended last bucket and nothing for no data', () => {
    expect(histogramPercentile(new Map([[8760, 3]]), 0.5)).toEqual({ hours: 8760, atLeast: true });
    expect(histogramPercentile(new Map(), 0.5)).toBeNull();
    expect(histogramPercentile(new Map([[24, 0]]), 0.9)).toBeNull();
    expect(() => histogramPercentile(new Map([[24, 1]]), 0)).toThrow(RangeError);
  });

  it('always lands in the bucket of the exact percentile (random samples)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: 1 + Math.floor(rnd() * 300) }, () => rnd() ** 3 * 24 * 120);
      const hist = new Map<number, number>();
      for (const v of values) hist.set(bucketOf(v), (hist.get(bucketOf(v)) ?? 0) + 1);
      for (const p of [0.5, 0.9]) {
        const exact = exactPercentile(values, p)!;
        const est = histogramPercentile(hist, p)!;
        const i = DURATION_BUCKETS_HOURS.indexOf(bucketOf(exact));
        const hi = DURATION_BUCKETS_HOURS[i + 1] ?? Infinity;
        expect(est.hours).toBeGreaterThanOrEqual(DURATION_BUCKETS_HOURS[i]!);
        expect(est.hours).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('formats hours and days in plain words', () => {
    expect(formatDuration({ hours: 5, atLeast: false })).toBe('5 hours');
    expect(formatDuration({ hours: 1, atLeast: false })).toBe('1 hour');
    expect(formatDuration({ hours: 84, atLeast: false })).toBe('3.5 days');
    expect(formatDuration({ hours: 8760, atLeast: true })).toBe('over 365 days');
    expect(formatDuration(null)).toBe('—');
  });
});

describe('suppression of small public cells', () => {
  it('withholds every count under 5, zero included', () => {
    expect(suppressCells({ WI: 12, MI: 4, VT: 0, OH: 5 })).toEqual({ WI: 12, MI: null, VT: null, OH: 5 });
  });

  it('withholds a second cell where the total would give the single withheld one away', () => {
    const out = suppressCells({ total: 40, WI: 20, MI: 3, OH: 9, IA: 8 }, [
      { total: 'total', parts: ['WI', 'MI', 'OH', 'IA'] },
    ]);
    // MI alone withheld: 40 − 20 − 9 − 8 = 3. The smallest shown part goes too.
    expect(out).toEqual({ total: 40, WI: 20, MI: null, OH: 9, IA: null });
  });

  it('needs no second cell when two or more are withheld, or the total is withheld', () => {
    expect(suppressCells({ total: 30, WI: 26, MI: 3, OH: 1 }, [{ total: 'total', parts: ['WI', 'MI', 'OH'] }])).toEqual(
      { total: 30, WI: 26, MI: null, OH: null },
    );
    expect(suppressCells({ total: 4, WI: 4 }, [{ total: 'total', parts: ['WI'] }])).toEqual({ total: null, WI: null });
  });

  it('keeps going until no partition gives a cell away (cells shared by partitions)', () => {
    const cells = { all: 100, mw: 60, other: 40, WI: 57, MI: 3, CA: 30, NY: 10 };
    const out = suppressCells(cells, [
      { total: 'all', parts: ['mw', 'other'] },
      { total: 'mw', parts: ['WI', 'MI'] },
      { total: 'other', parts: ['CA', 'NY'] },
    ]);
    expect(out.MI).toBeNull();
    expect(out.WI).toBeNull();
    // No published total minus published parts leaves exactly one withheld cell.
    for (const [t, parts] of [
      ['mw', ['WI', 'MI']],
      ['other', ['CA', 'NY']],
    ] as const)
      expect(out[t] === null || parts.filter((p) => out[p] === null).length !== 1).toBe(true);
    for (const v of Object.values(out)) expect(v === null || v >= 5).toBe(true);
  });
});

describe('projection toward 1,000,000', () => {
  it('divides what remains by the weekly rate and dates it', () => {
    const p = projectTarget(400_000, 5_000, '2026-06-01');
    expect(p).toMatchObject({ remaining: 600_000, weeks: 120, share: 0.4 });
    expect(p.reachedOn).toBe(addDays('2026-06-01', 840));
  });

  it('gives no date without a positive rate, or once the target is reached', () => {
    expect(projectTarget(10, 0, '2026-06-01')).toMatchObject({ weeks: null, reachedOn: null });
    expect(projectTarget(1_000_500, 100, '2026-06-01')).toMatchObject({ remaining: 0, weeks: null });
  });
});

describe('weeks', () => {
  it('finds the Monday of any day and lists the weeks of a range', () => {
    expect(mondayOf('2026-06-03')).toBe('2026-06-01');
    expect(mondayOf('2026-06-01')).toBe('2026-06-01');
    expect(mondayOf('2026-06-07')).toBe('2026-06-01');
    expect(weeksBetween('2026-05-30', '2026-06-15')).toEqual(['2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15']);
  });
});
