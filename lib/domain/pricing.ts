// Storefront prices: USD cents × the admin-maintained USD→CNY rate, in integer fen (no float money).
// The rate is stored as an integer number of millionths of a yuan per dollar (7.1234 → 7_123_400).
export const RATE_SCALE = 1_000_000n;

export function parseRate(input: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,6}))?$/.exec(input.trim());
  if (!m) return null;
  const micro = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
  return micro > 0 ? micro : null;
}

/** USD cents → CNY fen, rounded half up. */
export function usdCentsToFen(cents: number, rateMicro: number): number {
  const v = BigInt(cents) * BigInt(rateMicro);
  return Number((v + RATE_SCALE / 2n) / RATE_SCALE);
}

export function formatFen(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export function formatCents(cents: number): string {
  return `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
}

/** "12.5" → 1250; null when not a positive amount with at most two decimals. */
export function parseUsdToCents(input: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(input.trim());
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}
