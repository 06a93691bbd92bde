import 'server-only';
import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { isAnonymous, isStaff, type Actor, type Caller } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';

// The data layer's one authorization helper. Every check fails the same way, NotFoundError, so another
// business's row, a staff-only row and a missing row all look alike (404). It is also the one place that
// reads the actor's role and business: members with roles, helper organisations acting under grants and
// a chosen business among several will change what it reads, not every query (docs/authorization.md).

export type Need =
  /** Any signed-in user (their own notifications, preferences, password). */
  | 'user'
  /** A business user, who may not have a business yet (before onboarding step 1). */
  | 'seller'
  /** A business user acting for a business: rows are scoped to it. */
  | 'business'
  /** Reviewers and admins. */
  | 'staff'
  /** Admins only. */
  | 'admin'
  /** The business's own users, or staff (who see every business's rows). */
  | 'business-or-staff';

export interface Scope {
  actor: Actor;
  /** The business acted for; null for staff (and for a seller before onboarding). */
  businessId: string | null;
  staff: boolean;
  /** The tenant condition on a business-owned column: undefined (no condition) for staff. */
  owns(column: AnyPgColumn): SQL | undefined;
}

export interface BusinessScope extends Scope {
  businessId: string;
  owns(column: AnyPgColumn): SQL;
}

export function scope(caller: Caller, need: 'business'): BusinessScope;
export function scope(caller: Caller, need: Need): Scope;
export function scope(caller: Caller, need: Need): Scope {
  if (isAnonymous(caller)) throw new NotFoundError();
  const staff = isStaff(caller);
  const businessId = caller.role === 'business' ? caller.businessId : null;
  const allowed =
    need === 'user' ||
    (need === 'seller' && caller.role === 'business') ||
    (need === 'business' && businessId !== null) ||
    (need === 'staff' && staff) ||
    (need === 'admin' && caller.role === 'admin') ||
    (need === 'business-or-staff' && (staff || businessId !== null));
  if (!allowed) throw new NotFoundError();
  return {
    actor: caller,
    businessId,
    staff,
    owns(column) {
      if (staff) return undefined;
      if (!businessId) throw new NotFoundError();
      return eq(column, businessId);
    },
  } as Scope;
}

/** Whether the caller acts for this business (a seller's own row), without failing. */
export function actsFor(caller: Caller, businessId: string): boolean {
  return !isAnonymous(caller) && caller.role === 'business' && caller.businessId === businessId;
}
