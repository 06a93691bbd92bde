import type { Sourced } from './types';
import { RULES_COVER_FROM } from './version';

/** China import VAT by period: `general` rate and the `reduced` rate for agricultural and other listed goods. */
export interface VatPeriod extends Sourced {
  readonly general: string;
  readonly reduced: string;
}

export const VAT_PERIODS: readonly VatPeriod[] = [
  {
    general: '0.17',
    reduced: '0.11',
    effectiveFrom: '2016-04-08',
    effectiveTo: '2018-04-30',
    sources: ['S28'],
    verified: true,
    note: 'In force before 2016-04-08 too; the rule set starts with the CBEC tax regime.',
  },
  {
    general: '0.16',
    reduced: '0.10',
    effectiveFrom: '2018-05-01',
    effectiveTo: '2019-03-31',
    sources: ['S28', 'S27'],
    verified: true,
  },
  {
    general: '0.13',
    reduced: '0.09',
    effectiveFrom: '2019-04-01',
    effectiveTo: '2025-12-31',
    sources: ['S27'],
    verified: true,
  },
  {
    general: '0.13',
    reduced: '0.09',
    effectiveFrom: '2026-01-01',
    sources: ['S29a', 'S29b'],
    verified: true,
    note: 'VAT Law in force; MOF Ann. 9/2026 lists the 9% goods.',
  },
];

/** CBEC retail-import limits in RMB (Cai Guan Shui [2016] No.18, [2018] No.49). */
export interface CbecLimitPeriod extends Sourced {
  readonly perOrderCny: number;
  readonly annualCny: number;
}

export const CBEC_LIMITS: readonly CbecLimitPeriod[] = [
  {
    perOrderCny: 2000,
    annualCny: 20000,
    effectiveFrom: '2016-04-08',
    effectiveTo: '2018-12-31',
    sources: ['S9', 'S25'],
    verified: true,
  },
  {
    perOrderCny: 5000,
    annualCny: 26000,
    effectiveFrom: '2019-01-01',
    sources: ['S5', 'S10'],
    verified: true,
    note: 'Confirmed current by Ningbo Customs Q&A dated 2025-11-18.',
  },
];

/** Within the CBEC limits: tariff 0%, VAT and consumption tax at 70% of the statutory amount. */
export const CBEC_IN_LIMIT_TAX = {
  tariffRate: '0',
  vatCtFactor: '0.7',
  effectiveFrom: '2016-04-08',
  sources: ['S5', 'S6', 'S7'],
  verified: true,
} as const;

/**
 * China's additional tariffs on US-origin goods began 2018-04-02 (Section 232 retaliation) [S63];
 * the stack in force per HS line after 2025-11-10 is UNVERIFIED, so totals from that date on are
 * never presented as verified.
 */
export const US_ADDITIONAL_TARIFFS = {
  effectiveFrom: '2018-04-02',
  sources: ['S63', 'S72'],
  verified: false,
  note: 'China’s additional tariffs on US-origin goods are not included: the stack in force per HS line is UNVERIFIED (e.g. +10% on all US goods retained from 2025-11-10).',
  cbecNote:
    'Whether China’s additional tariffs on US-origin goods are collected on in-limit CBEC orders is UNVERIFIED.',
} as const;

/** EEI must be filed in AES when the value per Schedule B number exceeds USD 2,500 (15 CFR 30.37(a)). */
export const EEI_THRESHOLD = {
  usd: 2500,
  effectiveFrom: RULES_COVER_FROM,
  sources: ['S114', 'S125'],
  verified: true,
} as const;
