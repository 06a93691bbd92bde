import type { Role } from '@/db/schema/users';
import type { ApiScope, PartnerKind } from '@/lib/domain/partners';
import type { Capability, GrantScope, MemberRole } from '@/lib/domain/team';

/** A helper organisation (co-op, state office …) whose staff the actor is. */
export interface HelperMembership {
  organisationId: string;
  organisationName: string;
}

/** A partner organisation (storefront operator, importer, agency) the user works for. */
export interface PartnerMembership {
  organisationId: string;
  organisationName: string;
}

/**
 * The business an actor acts for, and how: as a member with a role, or as a helper organisation's
 * staff under an active grant. Built from the database on every request (lib/auth/guards.ts), so a
 * removed member or a revoked grant loses it on the next request.
 */
export interface Acting {
  businessId: string;
  businessName: string;
  via:
    | { kind: 'member'; role: MemberRole }
    | { kind: 'helper'; grantId: string; organisationId: string; organisationName: string; scopes: GrantScope[] };
  capabilities: readonly Capability[];
}

/** A signed-in user: passed first to every data-layer function (house habit 1). */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  /**
   * The business acted for (`acting.businessId`), null for staff and for a user who acts for none.
   * Only the data layer's scope helper (db/scope.ts) reads it to authorize.
   */
  businessId: string | null;
  /** Staff permission to propose and decide changes to the export rules. */
  rulesEditor?: boolean;
  acting: Acting | null;
  /** Set when the user is staff of a helper organisation (whether or not acting for a business now). */
  helper: HelperMembership | null;
  /** Set when the user works for a partner organisation (manages its API keys at /partner). */
  partner?: PartnerMembership | null;
  /**
   * The business the user had chosen is no longer theirs to act for (removed, grant revoked): the pages
   * say so instead of silently showing another one.
   */
  lostChoice?: boolean;
}

/** Nobody signed in. Public reads take it explicitly, so "public" is written down, never an omission. */
export interface Anonymous {
  readonly kind: 'anonymous';
}

export const ANONYMOUS: Anonymous = Object.freeze({ kind: 'anonymous' });

/**
 * A machine calling /api/v1/partner with an API key (lib/auth/route.ts, access 'partner'): rebuilt from
 * the key's row on every request, so a revoked key fails on the next one. Never a session: it has no
 * user, and the data layer scopes its rows by organisation (db/scope.ts partnerScope).
 */
export interface PartnerCaller {
  readonly kind: 'partner';
  organisationId: string;
  organisationName: string;
  organisationKind: PartnerKind;
  keyId: string;
  keyPrefix: string;
  scopes: readonly ApiScope[];
}

/** Whoever calls: a signed-in actor or the anonymous visitor. */
export type Caller = Actor | Anonymous;

export const isAnonymous = (c: Caller): c is Anonymous => 'kind' in c && c.kind === 'anonymous';

export const isStaff = (a: Caller) => !isAnonymous(a) && (a.role === 'reviewer' || a.role === 'admin');

/** Whether the actor may do this for the business it acts for (never true for staff or anonymous). */
export function can(a: Caller, capability: Capability): boolean {
  return !isAnonymous(a) && a.role === 'business' && !!a.acting && a.acting.capabilities.includes(capability);
}

/** The helper organisation through which the actor acts now, if any. */
export function actingHelper(a: Actor): { organisationId: string; organisationName: string } | null {
  return a.acting?.via.kind === 'helper'
    ? { organisationId: a.acting.via.organisationId, organisationName: a.acting.via.organisationName }
    : null;
}
