import { describe, expect, it } from 'vitest';
import { ZIP_PREFIX_RANGES } from '@/lib/rules/zip-prefixes';
import { US_STATES } from '@/lib/rules/us-states';
import { stateOfZip, zipStateMismatch } from './zip-state';

describe('ZIP code and state', () => {
  it('knows the state of a ZIP code by its first three digits', () => {
    expect(stateOfZip('54701')).toBe('WI'); // Eau Claire
    expect(stateOfZip('90210')).toBe('CA');
    expect(stateOfZip('49684-1234')).toBe('MI'); // Traverse City, ZIP+4
    expect(stateOfZip('02134')).toBe('MA');
    expect(stateOfZip('73301')).toBe('TX'); // Austin's IRS prefix inside Oklahoma's range
    expect(stateOfZip('20500')).toBe('DC');
    expect(stateOfZip('99501')).toBe('AK');
  });

  it('says nothing about territories, military post offices, unassigned prefixes or malformed input', () => {
    for (const zip of ['00901', '09001', '96201', '00100', '5470', 'abcde', '547011'])
      expect(stateOfZip(zip)).toBeNull();
  });

  it('names the field, both states and what to do when they disagree', () => {
    expect(zipStateMismatch('90210', 'WI')).toBe(
      'ZIP code 90210 is in California, not Wisconsin: check the ZIP code or the state.',
    );
    expect(zipStateMismatch('54701', 'wi')).toBeNull();
    expect(zipStateMismatch('00901', 'WI')).toBeNull();
  });

  it('the table is ordered, does not overlap, and names only real states', () => {
    let last = -1;
    for (const [first, end, state] of ZIP_PREFIX_RANGES) {
      expect(first).toBeGreaterThan(last);
      expect(end).toBeGreaterThanOrEqual(first);
      expect(US_STATES[state]).toBeDefined();
      last = end;
    }
    // Every state and DC has at least one prefix.
    expect(new Set(ZIP_PREFIX_RANGES.map((r) => r[2])).size).toBe(51);
  });
});
