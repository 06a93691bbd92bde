import { describe, expect, it } from 'vitest';
import { dependentsOf, registrationsNeeded } from './registration-dependencies';

describe('registrationsNeeded', () => {
  it('wine needs the TTB basic permit and the GACC producer registration on general trade', () => {
    const codes = registrationsNeeded({ categories: ['wine'], channels: ['general_trade'], date: '2026-11-25' });
    expect(codes.has('ttb_basic_permit')).toBe(true);
    expect(codes.has('gacc_registration')).toBe(true);
    expect(codes.has('orchard_packhouse_registration')).toBe(false);
  });

  it('fresh fruit needs the orchard/packhouse approval; apparel needs neither GACC nor TTB', () => {
    expect(
      registrationsNeeded({ categories: ['fresh_fruit'], channels: ['general_trade'], date: '2026-11-25' }).has(
        'orchard_packhouse_registration',
      ),
    ).toBe(true);
    const apparel = registrationsNeeded({ categories: ['apparel'], channels: ['general_trade'], date: '2026-11-25' });
    expect(apparel.has('gacc_registration')).toBe(false);
    expect(apparel.has('ttb_basic_permit')).toBe(false);
  });

  it('nothing without a category or a channel', () => {
    expect(registrationsNeeded({ categories: [], channels: ['general_trade'] }).size).toBe(0);
    expect(registrationsNeeded({ categories: ['wine'], channels: [] }).size).toBe(0);
  });
});

describe('dependentsOf', () => {
  const wine = { id: 'w', label: 'Pinot noir', categories: ['wine'] as const, channels: ['general_trade'] as const };
  const shirt = {
    id: 's',
    label: 'Work shirt',
    categories: ['apparel'] as const,
    channels: ['general_trade'] as const,
  };
  const cherries = {
    id: 'c',
    label: 'Cherries',
    categories: ['fresh_fruit'] as const,
    channels: ['general_trade'] as const,
  };

  it('flags only the items that need the expired registration', () => {
    const deps = dependentsOf(
      [{ code: 'ttb_basic_permit', number: 'SD-W-1', expiresOn: '2026-01-01' }],
      [wine, shirt, cherries],
      '2026-11-25',
    );
    expect(deps.get('ttb_basic_permit')?.map((d) => d.id)).toEqual(['w']);
  });

  it('a GACC registration that expired flags the wine and the fruit, not the apparel', () => {
    const deps = dependentsOf(
      [{ code: 'gacc_registration', number: 'CUSA1', expiresOn: '2026-01-01' }],
      [wine, shirt, cherries],
      '2026-11-25',
    );
    expect(
      deps
        .get('gacc_registration')
        ?.map((d) => d.id)
        .sort(),
    ).toEqual(['c', 'w']);
  });

  it('no expired registrations, no flags', () => {
    expect(dependentsOf([], [wine]).size).toBe(0);
  });
});
