import { describe, expect, it } from 'vitest';
import { attribution, capabilitiesOfGrant, capabilitiesOfRole, normalScopes } from './team';

describe('team capabilities', () => {
  it('gives each role exactly its capabilities', () => {
    expect(capabilitiesOfRole('editor')).toEqual([
      'business:view',
      'application:prepare',
      'listings:write',
      'shipments:write',
      'team:view',
    ]);
    expect(capabilitiesOfRole('viewer')).toEqual(['business:view', 'team:view']);
    expect(capabilitiesOfRole('owner')).toContain('application:submit');
    expect(capabilitiesOfRole('owner')).toContain('listings:submit');
  });

  it('never lets a helper submit, send to review, or manage members and helpers', () => {
    const all = capabilitiesOfGrant(['view', 'prepare', 'listings_shipments']);
    expect(all).toEqual(['business:view', 'application:prepare', 'listings:write', 'shipments:write']);
    for (const c of ['application:submit', 'listings:submit', 'members:manage', 'helpers:manage', 'team:view'] as const)
      expect(all).not.toContain(c);
    expect(capabilitiesOfGrant(['view'])).toEqual(['business:view']);
  });

  it('stores scopes in one normal form, always with view', () => {
    expect(normalScopes(['listings_shipments', 'prepare', 'prepare'])).toEqual([
      'view',
      'prepare',
      'listings_shipments',
    ]);
    expect(normalScopes([])).toEqual(['view']);
  });

  it('says who acted, through which helper, for which business', () => {
    expect(
      attribution({
        actorName: 'J. Ortiz',
        organisationName: 'Wisconsin DATCP',
        businessName: 'Northwoods Knitworks LLC',
      }),
    ).toBe('by J. Ortiz, Wisconsin DATCP, for Northwoods Knitworks LLC');
    expect(attribution({ actorName: 'Karen Olsen' })).toBe('by Karen Olsen');
    expect(attribution({ actorName: null })).toBe('by System');
  });
});
