import type { Role } from '@/db/schema/users';

/** A signed-in user: passed first to every data-layer function (house habit 1). */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  /**
   * The business this user acts for (null for staff and for a user who has not started onboarding).
   * Only the data layer's scope helper (db/scope.ts) reads it to authorize, so members with roles,
   * helper organisations' grants and a chosen business can later replace it with an "acting for"
   * business and capability set without touching every query (docs/authorization.md).
   */
  businessId: string | null;
  /** Staff permission to propose and decide changes to the export rules. */
  rulesEditor?: boolean;
}

/** Nobody signed in. Public reads take it explicitly, so "public" is written down, never an omission. */
export interface Anonymous {
  readonly kind: 'anonymous';
}

export const ANONYMOUS: Anonymous = Object.freeze({ kind: 'anonymous' });

/** Whoever calls: a signed-in actor or the anonymous visitor. */
export type Caller = Actor | Anonymous;

export const isAnonymous = (c: Caller): c is Anonymous => 'kind' in c && c.kind === 'anonymous';

export const isStaff = (a: Caller) => !isAnonymous(a) && (a.role === 'reviewer' || a.role === 'admin');
