import type { Sourced } from './types';

/**
 * US fresh-fruit market access to China by origin state, as reported. Access is protocol-specific and
 * can be suspended; the authoritative list is GACC's (last seen 2024-01-29) and APHIS PExD [S53].
 */
export interface FruitAccessRule extends Sourced {
  /** HS prefix the protocol covers (0805 = all citrus). */
  readonly hsPrefix: string;
  readonly fruit: string;
  readonly states: readonly string[] | 'all';
  /** States whose fruit needs a quarantine treatment (others: systems approach). */
  readonly treatmentStates?: readonly string[];
}

// Fruit "on the 2014 list" is dated by the GACC/AQSIQ list publication reported 2014-09-23 [S40].
const LIST_2014 = '2014-09-23';

export const FRUIT_ACCESS: readonly FruitAccessRule[] = [
  {
    hsPrefix: '080810',
    fruit: 'apples',
    states: 'all',
    effectiveFrom: '2015-01-26',
    sources: ['S42', 'S41', 'S43'],
    verified: true,
    note: 'All varieties from 2015-01-26, reported as open to all states (Michigan growers named as beneficiaries).',
  },
  {
    hsPrefix: '080929',
    fruit: 'sweet cherries',
    states: ['WA', 'OR', 'CA', 'ID'],
    effectiveFrom: LIST_2014,
    sources: ['S40'],
    verified: true,
  },
  {
    hsPrefix: '080610',
    fruit: 'table grapes',
    states: ['CA'],
    effectiveFrom: LIST_2014,
    sources: ['S40'],
    verified: true,
  },
  {
    hsPrefix: '0805',
    fruit: 'citrus',
    states: ['CA', 'FL', 'AZ', 'TX'],
    effectiveFrom: LIST_2014,
    sources: ['S40', 'S45', 'S44'],
    verified: true,
    note: 'California citrus under a work plan since Aug-2014; Tulare County citrus suspended from 2015-02-18.',
  },
  {
    hsPrefix: '080830',
    fruit: 'pears',
    states: ['CA', 'WA', 'OR'],
    effectiveFrom: LIST_2014,
    sources: ['S40'],
    verified: true,
  },
  {
    hsPrefix: '080940',
    fruit: 'plums',
    states: ['CA'],
    effectiveFrom: LIST_2014,
    sources: ['S40', 'S46'],
    verified: true,
    note: 'Originally five San Joaquin Valley counties.',
  },
  {
    hsPrefix: '081010',
    fruit: 'strawberries',
    states: ['CA'],
    effectiveFrom: '2016-08-18',
    sources: ['S47', 'S48'],
    verified: true,
  },
  {
    hsPrefix: '080930',
    fruit: 'nectarines',
    states: ['CA'],
    effectiveFrom: '2020-03-04',
    sources: ['S49'],
    verified: true,
    note: 'Nectarines only, from Fresno, Tulare, Kern, Kings and Madera counties.',
  },
  {
    hsPrefix: '081040',
    fruit: 'blueberries',
    states: ['CA', 'FL', 'GA', 'IN', 'LA', 'MI', 'MS', 'NJ', 'NC', 'OR', 'WA'],
    treatmentStates: ['FL', 'GA', 'IN', 'LA', 'MI', 'MS', 'NJ', 'NC'],
    effectiveFrom: '2020-05-13',
    sources: ['S50', 'S51', 'S52'],
    verified: true,
    note: 'GACC Announcement 64/2020: treatment for FL, GA, IN, LA, MI, MS, NJ, NC; systems approach for CA, WA, OR.',
  },
  {
    hsPrefix: '080440',
    fruit: 'Hass avocados',
    states: ['CA'],
    // Source gives "late April 2020" only; access is counted from the next full month.
    effectiveFrom: '2020-05-01',
    sources: ['S50', 'S51'],
    verified: true,
    note: 'Approved shipper list published by China.',
  },
];
