export interface HsCode {
  /** International 6-digit HS subheading (shared by US Schedule B and China's tariff codes). */
  readonly hs6: string;
  /** All digits of the input without separators (6, 8, 10 or 13 digits). */
  readonly digits: string;
  /** The input as given, trimmed. */
  readonly raw: string;
}

// 6 = HS subheading; 8 = China tariff line; 10 = US Schedule B / China declaration code; 13 = China HS-CIQ code [S117][S118a].
const HS_LENGTHS = new Set([6, 8, 10, 13]);

/** Accepts "080929", "0809.29", "0809.29.0000", "0809 29 00" etc.; null when not an HS code. */
export function normalizeHsCode(input: string): HsCode | null {
  const raw = input.trim();
  if (!/^\d[\d.\s-]*\d$/.test(raw)) return null;
  const digits = raw.replace(/[.\s-]/g, '');
  if (!HS_LENGTHS.has(digits.length)) return null;
  return { hs6: digits.slice(0, 6), digits, raw };
}
