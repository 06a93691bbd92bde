import type { SourceId } from './types';

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
