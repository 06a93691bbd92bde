import { describe, expect, it } from 'vitest';
import { exchangeRateInputSchema, todayInChina } from './schema';

const ok = { rate: '7.1234', effectiveOn: '2026-11-20', source: 'PBOC central parity' };
const errors = (input: Record<string, string>) => {
  const r = exchangeRateInputSchema.safeParse(input);
  const out: Record<string, string> = {};
  if (!r.success) for (const i of r.error.issues) out[String(i.path[0])] ??= i.message;
  return out;
};

describe('exchange rate input', () => {
  it('stores the rate as integer millionths', () => {
    expect(exchangeRateInputSchema.parse(ok).rate).toBe(7_123_400);
    expect(exchangeRateInputSchema.parse({ ...ok, rate: '7.123456' }).rate).toBe(7_123_456);
  });

  it('refuses zero, negatives, more than 6 decimals, future dates and a missing source', () => {
    expect(errors({ ...ok, rate: '0' }).rate).toMatch(/positive/);
    expect(errors({ ...ok, rate: '-7.1' }).rate).toMatch(/number/);
    expect(errors({ ...ok, rate: '7.1234567' }).rate).toMatch(/6 decimals/);
    expect(errors({ ...ok, rate: 'abc' }).rate).toMatch(/number/);
    expect(errors({ ...ok, effectiveOn: '2999-01-01' }).effectiveOn).toMatch(/future/);
    expect(errors({ ...ok, effectiveOn: '2026-02-30' }).effectiveOn).toMatch(/real calendar/);
    expect(errors({ ...ok, source: '  ' }).source).toMatch(/required/);
  });

  it('accepts today in Beijing, which can be tomorrow in UTC', () => {
    expect(todayInChina(new Date('2026-11-20T18:00:00Z'))).toBe('2026-11-21');
  });
});
