import { describe, expect, it } from 'vitest';
import { admit } from './access';
import type { Actor } from './actor';

const as = (role: Actor['role']): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: `${role}@example.com`,
  name: role,
  role,
  emailVerified: true,
  businessId: null,
});

describe('admit', () => {
  it('lets anyone through a public door, and nobody else through a signed-in one', () => {
    expect(admit('public', null)).toBe('admitted');
    for (const a of ['user', 'business', 'staff', 'admin'] as const) expect(admit(a, null)).toBe('anonymous');
  });

  it('matches roles to doors', () => {
    const table = {
      user: ['admitted', 'admitted', 'admitted'],
      business: ['admitted', 'refused', 'refused'],
      staff: ['refused', 'admitted', 'admitted'],
      admin: ['refused', 'refused', 'admitted'],
    } as const;
    for (const [access, expected] of Object.entries(table))
      expect(
        (['business', 'reviewer', 'admin'] as const).map((r) => admit(access as keyof typeof table, as(r))),
      ).toEqual(expected);
  });
});
