import { describe, expect, it } from 'vitest';
import { capabilitiesOfGrant, capabilitiesOfRole, type MemberRole } from '@/lib/domain/team';
import { ACCESS, admit } from './access';
import type { Actor } from './actor';

const as = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: `${role}@example.com`,
  name: role,
  role,
  emailVerified: true,
  businessId: null,
  acting: null,
  helper: null,
  ...extra,
});
const B = '00000000-0000-4000-8000-0000000000b1';
const member = (role: MemberRole) =>
  as('business', {
    businessId: B,
    acting: { businessId: B, businessName: 'B', via: { kind: 'member', role }, capabilities: capabilitiesOfRole(role) },
  });
const helperStaff = as('business', {
  helper: { organisationId: B, organisationName: 'Wisconsin DATCP' },
  businessId: B,
  acting: {
    businessId: B,
    businessName: 'B',
    via: {
      kind: 'helper',
      grantId: B,
      organisationId: B,
      organisationName: 'Wisconsin DATCP',
      scopes: ['view', 'prepare'],
    },
    capabilities: capabilitiesOfGrant(['view', 'prepare']),
  },
});

describe('admit', () => {
  it('lets anyone through a public door, and nobody else through a signed-in one', () => {
    expect(admit('public', null)).toBe('admitted');
    for (const a of ACCESS.filter((x) => x !== 'public')) expect(admit(a, null)).toBe('anonymous');
  });

  it('matches roles to doors', () => {
    const table = {
      user: ['admitted', 'admitted', 'admitted'],
      business: ['admitted', 'refused', 'refused'],
      helper: ['refused', 'refused', 'refused'],
      staff: ['refused', 'admitted', 'admitted'],
      admin: ['refused', 'refused', 'admitted'],
      'business:view': ['refused', 'refused', 'refused'],
      // API keys only: a session of any kind, even a partner's own people, never passes.
      partner: ['refused', 'refused', 'refused'],
    } as const;
    for (const [access, expected] of Object.entries(table))
      expect(
        (['business', 'reviewer', 'admin'] as const).map((r) => admit(access as keyof typeof table, as(r))),
      ).toEqual(expected);
  });

  it('admits a capability door by the role or grant of the business acted for', () => {
    const doors = [
      'business:view',
      'application:prepare',
      'application:submit',
      'listings:write',
      'members:manage',
    ] as const;
    const row = (a: Actor) => doors.map((d) => admit(d, a) === 'admitted');
    expect(row(member('owner'))).toEqual([true, true, true, true, true]);
    expect(row(member('editor'))).toEqual([true, true, false, true, false]);
    expect(row(member('viewer'))).toEqual([true, false, false, false, false]);
    expect(row(helperStaff)).toEqual([true, true, false, false, false]);
    expect(admit('helper', helperStaff)).toBe('admitted');
    // Staff never pass a business capability door, even carrying a business.
    expect(admit('business:view', as('admin', { acting: member('owner').acting }))).toBe('refused');
  });
});
