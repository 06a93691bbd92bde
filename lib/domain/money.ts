/**
 * Exact arithmetic for taxes: rates are decimal strings scaled to 1/10,000 and money is integer minor
 * units (fen, cents) as bigint, so no floating-point value ever touches an amount.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export const RATE_SCALE = 10_000n;

/** "0.13" → 1300n (units of 1/10,000). */
export function parseRate(rate: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(rate);
  if (!m) throw new RangeError(`Invalid rate "${rate}"`);
  return BigInt(m[1] ?? '0') * RATE_SCALE + BigInt((m[2] ?? '').padEnd(4, '0'));
}

/** Round a non-negative ratio to the nearest integer, halves up. */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

export function formatFixed(value: bigint, decimals: number): string {
  const digits = value.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A non-negative decimal number with at most 2 decimals → integer minor units, parsed exactly from its decimal form. */
export function toMinorUnits(amount: number, field: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(Number.isFinite(amount) ? String(amount) : '');
  if (!m) throw new RangeError(`${field} must be a non-negative amount with at most 2 decimals`);
  return BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** Ratio as a 4-decimal rate string, e.g. "0.1789". */
export function formatRate(r: Ratio): string {
  return formatFixed(roundHalfUp(r.num * RATE_SCALE, r.den), 4);
}

/** minor units × ratio, rounded half up, as a 2-decimal string. */
export function applyRatio(minor: bigint, r: Ratio): string {
  return formatFixed(roundHalfUp(minor * r.num, r.den), 2);
}
