import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { ANONYMOUS, type Acting, type Actor } from '@/lib/auth/actor';
import {
  CAPABILITIES,
  capabilitiesOfGrant,
  capabilitiesOfRole,
  type GrantScope,
  type MemberRole,
} from '@/lib/domain/team';
import { NotFoundError } from '@/lib/errors';
import { listings } from './schema';
import { scope, type Need } from './scope';

const B = '00000000-0000-4000-8000-0000000000b1';
const ORG = '00000000-0000-4000-8000-0000000000c1';
const user = (role: Actor['role'], acting: Acting | null = null): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'x@example.com',
  name: 'X',
  role,
  emailVerified: true,
  businessId: acting?.businessId ?? null,
  acting,
  helper: null,
});
const member = (role: MemberRole): Acting => ({
  businessId: B,
  businessName: 'B LLC',
  via: { kind: 'member', role },
  capabilities: capabilitiesOfRole(role),
});
const helper = (scopes: GrantScope[]): Acting => ({
  businessId: B,
  businessName: 'B LLC',
  via: { kind: 'helper', grantId: ORG, organisationId: ORG, organisationName: 'Wisconsin DATCP', scopes },
  capabilities: capabilitiesOfGrant(scopes),
});
const NEEDS: Need[] = [
  'user',
  'seller',
  'staff',
  'admin',
  ...CAPABILITIES,
  'business:view|staff',
  'shipments:write|staff',
];
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
    expect(allowed(user('reviewer'))).toEqual(['user', 'staff', 'business:view|staff', 'shipments:write|staff']);
    expect(allowed(user('admin'))).toEqual(['user', 'staff', 'admin', 'business:view|staff', 'shipments:write|staff']);
    // A staff row carrying an acting business (never built by the guards) still acts for no business.
    expect(allowed(user('reviewer', member('owner')))).toEqual([
      'user',
      'staff',
      'business:view|staff',
      'shipments:write|staff',
    ]);
  });

  it('gives members their role’s capabilities', () => {
    expect(allowed(user('business', member('owner')))).toEqual([
      'user',
      'seller',
      ...CAPABILITIES,
      'business:view|staff',
      'shipments:write|staff',
    ]);
    expect(allowed(user('business', member('editor')))).toEqual([
      'user',
      'seller',
      'business:view',
      'application:prepare',
      'listings:write',
      'shipments:write',
      'team:view',
      'business:view|staff',
      'shipments:write|staff',
    ]);
    expect(allowed(user('business', member('viewer')))).toEqual([
      'user',
      'seller',
      'business:view',
      'team:view',
      'business:view|staff',
    ]);
  });

  it('gives helpers their grant’s scopes, and never submitting, members or helpers', () => {
    expect(allowed(user('business', helper(['view'])))).toEqual([
      'user',
      'seller',
      'business:view',
      'business:view|staff',
    ]);
    expect(allowed(user('business', helper(['view', 'prepare'])))).toEqual([
      'user',
      'seller',
      'business:view',
      'application:prepare',
      'business:view|staff',
    ]);
    expect(allowed(user('business', helper(['view', 'prepare', 'listings_shipments'])))).toEqual([
      'user',
      'seller',
      'business:view',
      'application:prepare',
      'listings:write',
      'shipments:write',
      'business:view|staff',
      'shipments:write|staff',
    ]);
  });

  it('scopes a business to its own rows, leaves staff unrestricted, and attributes helpers', () => {
    const sql = (s: ReturnType<typeof scope>) => {
      const cond = s.owns(listings.businessId);
      return cond ? new PgDialect().sqlToQuery(cond) : undefined;
    };
    expect(sql(scope(user('business', member('editor')), 'listings:write'))).toMatchObject({
      sql: '"listings"."business_id" = $1',
      params: [B],
    });
    expect(sql(scope(user('admin'), 'business:view|staff'))).toBeUndefined();
    expect(() => scope(user('business'), 'seller').owns(listings.businessId)).toThrow(NotFoundError);
    expect(scope(user('business', member('owner')), 'business:view').by.helperOrganisationId).toBeNull();
    expect(scope(user('business', helper(['view'])), 'business:view').by).toEqual({
      actorId: '00000000-0000-4000-8000-000000000001',
      helperOrganisationId: ORG,
    });
  });
});
