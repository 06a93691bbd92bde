import 'server-only';
import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { actingHelper, isAnonymous, isStaff, type Actor, type Caller, type PartnerCaller } from '@/lib/auth/actor';
import type { ApiScope } from '@/lib/domain/partners';
import { isCapability, type Capability } from '@/lib/domain/team';
import { NotFoundError } from '@/lib/errors';

// The data layer's one authorization helper. Every check fails the same way, NotFoundError, so another
// business's row, a staff-only row and a missing row all look alike (404). It is also the one place that
// reads the actor's business and capabilities: a member's role and a helper's grant become a capability
// set when the actor is built (lib/auth/guards.ts), and every query asks for one capability here.

export type Need =
  /** Any signed-in user (their own notifications, preferences, password). */
  | 'user'
  /** A business user (not portal staff), who may act for no business yet (before onboarding step 1). */
  | 'seller'
  /** Reviewers and admins. */
  | 'staff'
  /** Admins only. */
  | 'admin'
  /** A person of a partner organisation (its keys and webhooks at /partner): rows scoped to the organisation. */
  | 'partner'
  /** Someone acting for a business with this capability: rows are scoped to that business. */
  | Capability
  /** The same, or staff (who see and act on every business's rows). */
  | `${Capability}|staff`;

/** Who wrote a row, for event and activity rows: the person, and the helper organisation they acted through. */
export interface Attribution {
  actorId: string;
  helperOrganisationId: string | null;
}

export interface Scope {
  actor: Actor;
  /** The business acted for; null for staff (and for a seller acting for none). */
  businessId: string | null;
  staff: boolean;
  /** The partner organisation the actor works for (need 'partner'); null otherwise. */
  organisationId: string | null;
  /** The tenant condition on a business-owned column: undefined (no condition) for staff. */
  owns(column: AnyPgColumn): SQL | undefined;
  by: Attribution;
}

export interface BusinessScope extends Scope {
  businessId: string;
  owns(column: AnyPgColumn): SQL;
}

export interface PartnerPersonScope extends Scope {
  organisationId: string;
}

export function scope(caller: Caller, need: Capability): BusinessScope;
export function scope(caller: Caller, need: 'partner'): PartnerPersonScope;
export function scope(caller: Caller, need: Need): Scope;
export function scope(caller: Caller, need: Need): Scope {
  if (isAnonymous(caller)) throw new NotFoundError();
  const staff = isStaff(caller);
  const acting = caller.role === 'business' ? caller.acting : null;
  const businessId = acting?.businessId ?? null;
  const [capability, orStaff] = need.endsWith('|staff') ? [need.slice(0, -'|staff'.length), true] : [need, false];
  const allowed =
    need === 'user' ||
    (need === 'seller' && caller.role === 'business') ||
    (need === 'staff' && staff) ||
    (need === 'admin' && caller.role === 'admin') ||
    (need === 'partner' && caller.role === 'business' && !!caller.partner) ||
    (isCapability(capability) && ((orStaff && staff) || !!acting?.capabilities.includes(capability)));
  if (!allowed) throw new NotFoundError();
  return {
    actor: caller,
    businessId,
    organisationId: need === 'partner' ? caller.partner!.organisationId : null,
    staff,
    owns(column) {
      if (staff) return undefined;
      if (!businessId) throw new NotFoundError();
      return eq(column, businessId);
    },
    by: attributionOf(caller),
  } as Scope;
}

/**
 * An API key's caller (route() access 'partner'): the key must hold the scope (the wrapper has checked it
 * already; this is the second lock), and its rows are the organisation's own (`owns`).
 */
export function partnerScope(caller: PartnerCaller, need: ApiScope) {
  if (caller?.kind !== 'partner' || !caller.scopes.includes(need)) throw new NotFoundError();
  return {
    organisationId: caller.organisationId,
    owns: (column: AnyPgColumn): SQL => eq(column, caller.organisationId),
  };
}

/** The person, and the helper organisation they act through now, for event and activity rows. */
export function attributionOf(actor: Actor): Attribution {
  return { actorId: actor.userId, helperOrganisationId: actingHelper(actor)?.organisationId ?? null };
}

/** Whether the caller acts for this business with this capability, without failing. */
export function actsFor(caller: Caller, businessId: string, capability: Capability = 'business:view'): boolean {
  return (
    !isAnonymous(caller) &&
    caller.role === 'business' &&
    caller.acting?.businessId === businessId &&
    caller.acting.capabilities.includes(capability)
  );
}
