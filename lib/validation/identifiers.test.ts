import { describe, expect, it } from 'vitest';
import {
  categoryOfHs,
  einError,
  einPrefixError,
  hsBelongsToCategory,
  isValidZip,
  normalizeEin,
  normalizeUsPhone,
  yearFoundedError,
  EIN_RULES,
} from './identifiers';

const pad = (n: number) => String(n).padStart(2, '0');
// The reference's regex (§7.3), used as an independent oracle for the prefix table.
const REFERENCE_EIN = /^(0[1-6]|1[0-6]|2[0-7]|3\d|4[0-8]|5\d|6[0-8]|7[1-7]|8[0-8]|9[0-5]|9[89])-?\d{7}$/;

describe('EIN', () => {
  it('normalises 9 digits with or without the hyphen', () => {
    expect(normalizeEin('12-3456789')).toBe('12-3456789');
    expect(normalizeEin(' 123456789 ')).toBe('12-3456789');
    for (const bad of ['1-23456789', '12-345678', '12-34567890', '12 3456789', 'ab-cdefghi', ''])
      expect(normalizeEin(bad)).toBeNull();
  });

  it.each(['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97'])(
    'rejects prefix %s',
    (prefix) => {
      expect(einPrefixError(`${prefix}-1234567`)).toBe(`EIN prefix ${prefix} is not issued by the IRS`);
    },
  );

  it('agrees with the reference regex and invalid list for all 100 prefixes', () => {
    for (let n = 0; n < 100; n++) {
      const ein = `${pad(n)}-1234567`;
      expect(einPrefixError(ein) === null, ein).toBe(REFERENCE_EIN.test(ein));
      expect(einPrefixError(ein) !== null, ein).toBe((EIN_RULES.invalidPrefixes as readonly string[]).includes(pad(n)));
    }
  });

  it('einError checks the format, then the prefix', () => {
    expect(einError('12-3456789')).toBeNull();
    expect(einError('98-7654321')).toBeNull();
    expect(einError('12-34567')).toBe('EIN must have the format NN-NNNNNNN');
    expect(einError('07-1234567')).toBe('EIN prefix 07 is not issued by the IRS');
    expect(einPrefixError('garbage')).toBeNull();
  });
});

describe('ZIP', () => {
  it.each(['48201', '48201-1234'])('accepts %s', (zip) => expect(isValidZip(zip)).toBe(true));
  it.each(['4820', '482011', '48201-123', '48201 1234', '482011234', 'ABCDE'])('rejects %s', (zip) =>
    expect(isValidZip(zip)).toBe(false),
  );
});

describe('US phone', () => {
  it.each([
    ['(313) 555-0142', '+13135550142'],
    ['313-555-0142', '+13135550142'],
    ['313.555.0142', '+13135550142'],
    ['+1 313 555 0142', '+13135550142'],
    ['1-313-555-0142', '+13135550142'],
    ['3135550142', '+13135550142'],
  ])('%s → %s', (input, e164) => expect(normalizeUsPhone(input)).toBe(e164));

  it.each([
    '555-0142',
    '(013) 555-0142',
    '(313) 155-0142',
    '+44 20 7946 0958',
    '+313 555 0142',
    '2-313-555-0142',
    '313-555-0142 ext 5',
    '',
  ])('rejects %j', (input) => expect(normalizeUsPhone(input)).toBeNull());
});

describe('year founded', () => {
  const today = new Date('2026-11-25T12:00:00Z');
  it('accepts 1800 through the current year', () => {
    expect(yearFoundedError(1800, today)).toBeNull();
    expect(yearFoundedError(2026, today)).toBeNull();
    expect(yearFoundedError(new Date().getUTCFullYear())).toBeNull();
  });
  it('rejects years out of range or not whole', () => {
    expect(yearFoundedError(1799, today)).toBe('Year founded must be between 1800 and 2026');
    expect(yearFoundedError(2027, today)).toBe('Year founded must be between 1800 and 2026');
    expect(yearFoundedError(2001.5, today)).not.toBeNull();
    expect(yearFoundedError(Number.NaN, today)).not.toBeNull();
  });
});

describe('HS code category', () => {
  it.each([
    ['080929', 'fresh_fruit'],
    ['0806.10', 'fresh_fruit'],
    ['0806.20', 'processed_food'],
    ['0813.20', 'processed_food'],
    ['040900', 'processed_food'],
    ['2204.21.0000', 'wine'],
    ['610910', 'apparel'],
    ['6203.42.4011', 'apparel'],
  ] as const)('%s is %s', (hs, category) => {
    expect(categoryOfHs(hs)).toBe(category);
    expect(hsBelongsToCategory(hs, category)).toBe(true);
  });

  it('rejects codes of other categories or outside every category', () => {
    expect(hsBelongsToCategory('610910', 'wine')).toBe(false);
    expect(hsBelongsToCategory('080620', 'fresh_fruit')).toBe(false);
    expect(hsBelongsToCategory('847130', 'apparel')).toBe(false);
    expect(categoryOfHs('847130')).toBeNull();
    expect(categoryOfHs('nonsense')).toBeNull();
  });
});
