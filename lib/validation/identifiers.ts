import { normalizeHsCode } from '@/lib/domain/hs-code';
import { categoryOfHs6 } from '@/lib/rules/channels';
import type { CategoryCode, SourceId } from '@/lib/rules/types';

// Identifiers a business gives us (EIN, ZIP, phone, year founded, HS code), checked against their
// published rules: the rule data with its sources, and the checks the forms' schemas use.

/** IRS EIN: NN-NNNNNNN (26 CFR 301.6109-1); prefixes per the IRS campus/Internet assignment table. */
export const EIN_RULES = {
  format: 'NN-NNNNNNN',
  validPrefixRanges: [
    [1, 6],
    [10, 16],
    [20, 27],
    [30, 48],
    [50, 68],
    [71, 77],
    [80, 88],
    [90, 95],
    [98, 99],
  ],
  /** Rejected by the IRS's own validator [S144]; 00 is not on the IRS list either [S142]. */
  invalidPrefixes: [
    '00',
    '07',
    '08',
    '09',
    '17',
    '18',
    '19',
    '28',
    '29',
    '49',
    '69',
    '70',
    '78',
    '79',
    '89',
    '96',
    '97',
  ],
  note: 'A valid prefix does not prove the EIN exists; use IRS TIN matching for that.',
  sources: ['S116', 'S142', 'S143', 'S144'],
} as const satisfies {
  validPrefixRanges: readonly (readonly [number, number])[];
  invalidPrefixes: readonly string[];
  sources: readonly SourceId[];
  [k: string]: unknown;
};

/** 5-digit ZIP or ZIP+4 with a hyphen. */
export const ZIP_RULES = {
  pattern: /^\d{5}(-\d{4})?$/,
  sources: ['S145', 'S146'],
} as const satisfies { pattern: RegExp; sources: readonly SourceId[] };

/**
 * US phone numbers: North American Numbering Plan, area code and exchange start with 2–9,
 * stored as E.164 (+1XXXXXXXXXX). Not covered by the reference, hence no source.
 */
export const US_PHONE_RULES = {
  countryCode: '1',
  nationalPattern: /^[2-9]\d{2}[2-9]\d{6}$/,
  sources: [],
  verified: false,
} as const satisfies { countryCode: string; nationalPattern: RegExp; sources: readonly SourceId[]; verified: boolean };

export const YEAR_FOUNDED_MIN = 1800;

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
