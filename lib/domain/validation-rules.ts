import { categoryOfHs6, EIN_RULES, US_PHONE_RULES, YEAR_FOUNDED_MIN, ZIP_RULES, type CategoryCode } from '@/lib/rules';
import { normalizeHsCode } from './hs-code';

const EIN_FORMAT = /^(\d{2})-?(\d{7})$/;

/** "12-3456789" or "123456789" → "12-3456789"; null when not 9 digits in that shape. */
export function normalizeEin(input: string): string | null {
  const m = EIN_FORMAT.exec(input.trim());
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Prefix check against the IRS assignment table; null when the prefix is issued (or the input is not an EIN). */
export function einPrefixError(ein: string): string | null {
  const prefix = normalizeEin(ein)?.slice(0, 2);
  if (prefix === undefined) return null;
  const n = Number(prefix);
  const issued = EIN_RULES.validPrefixRanges.some(([lo, hi]) => n >= lo && n <= hi);
  return issued ? null : `EIN prefix ${prefix} is not issued by the IRS`;
}

/** Format then prefix; null when the EIN looks valid (a valid prefix does not prove the EIN exists). */
export function einError(ein: string): string | null {
  if (!normalizeEin(ein)) return `EIN must have the format ${EIN_RULES.format}`;
  return einPrefixError(ein);
}

export function isValidZip(zip: string): boolean {
  return ZIP_RULES.pattern.test(zip.trim());
}

/** US phone number in any common notation → E.164 ("+13135550142"); null when not a valid NANP number. */
export function normalizeUsPhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith(US_PHONE_RULES.countryCode)) digits = digits.slice(1);
  else if (trimmed.startsWith('+')) return null;
  return US_PHONE_RULES.nationalPattern.test(digits) ? `+${US_PHONE_RULES.countryCode}${digits}` : null;
}

export function yearFoundedError(year: number, today: Date = new Date()): string | null {
  const current = today.getUTCFullYear();
  if (!Number.isInteger(year) || year < YEAR_FOUNDED_MIN || year > current) {
    return `Year founded must be between ${YEAR_FOUNDED_MIN} and ${current}`;
  }
  return null;
}

/** The category an HS code falls in by the longest matching category prefix, or null. */
export function categoryOfHs(hs: string): CategoryCode | null {
  const code = normalizeHsCode(hs);
  return code ? categoryOfHs6(code.digits) : null;
}

export function hsBelongsToCategory(hs6: string, category: CategoryCode): boolean {
  return categoryOfHs(hs6) === category;
}
