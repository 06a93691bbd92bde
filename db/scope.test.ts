import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { ANONYMOUS, type Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { listings } from './schema';
import { scope, type Need } from './scope';

const B = '00000000-0000-4000-8000-0000000000b1';
const user = (role: Actor['role'], businessId: string | null = null): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'x@example.com',
  name: 'X',
  role,
  emailVerified: true,
  businessId,
});
const NEEDS: Need[] = ['user', 'seller', 'business', 'staff', 'admin', 'business-or-staff'];
const allowed = (c: Parameters<typeof scope>[0]) =>
  NEEDS.filter((n) => {
    try {
      scope(c, n);
      return true;
    } catch (e) {
      expect(e).toBeInstanceOf(NotFoundError);
      return false;
    }
  });

describe('scope: the one refusal is NotFoundError', () => {
  it('admits each caller to exactly its needs', () => {
    expect(allowed(ANONYMOUS)).toEqual([]);
    expect(allowed(user('business'))).toEqual(['user', 'seller']);
    expect(allowed(user('business', B))).toEqual(['user', 'seller', 'business', 'business-or-staff']);
    expect(allowed(user('reviewer'))).toEqual(['user', 'staff', 'business-or-staff']);
    expect(allowed(user('admin'))).toEqual(['user', 'staff', 'admin', 'business-or-staff']);
    // A staff row carrying a business id (never built by the guards) still acts for no business.
    expect(allowed(user('reviewer', B))).toEqual(['user', 'staff', 'business-or-staff']);
  });

  it('scopes a business to its own rows and leaves staff unrestricted', () => {
    const sql = (s: ReturnType<typeof scope>) => {
      const cond = s.owns(listings.businessId);
      return cond ? new PgDialect().sqlToQuery(cond) : undefined;
    };
    expect(sql(scope(user('business', B), 'business'))).toMatchObject({
      sql: '"listings"."business_id" = $1',
      params: [B],
    });
    expect(sql(scope(user('admin'), 'business-or-staff'))).toBeUndefined();
    expect(() => scope(user('business'), 'seller').owns(listings.businessId)).toThrow(NotFoundError);
  });
});
