import 'server-only';
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { attribution, type GrantScope, type HelperKind, type MemberRole } from '@/lib/domain/team';
import { getDb } from '../client';
import {
  businessActivity,
  businessMembers,
  businesses,
  helperGrants,
  helperOrganisations,
  teamInvitations,
  users,
} from '../schema';
import { scope } from '../scope';
import { descNullsLast } from './order';
import { decodeCursor, encodeCursor, type Page } from '../pagination';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  since: Date;
}

/** The members of the business acted for, owner first (members only: a helper does not see the team). */
export async function listMembers(actor: Actor): Promise<MemberRow[]> {
  const { businessId } = scope(actor, 'team:view');
  const db = await getDb();
  return db
    .select({
      userId: businessMembers.userId,
      name: users.name,
      email: users.email,
      role: businessMembers.role,
      since: businessMembers.createdAt,
    })
    .from(businessMembers)
    .innerJoin(users, eq(users.id, businessMembers.userId))
    .where(eq(businessMembers.businessId, businessId))
    .orderBy(sql`${businessMembers.role} = 'owner' desc`, asc(users.name), asc(businessMembers.userId))
    .limit(500);
}

export interface InvitationRow {
  id: string;
  email: string;
  role: string;
  expiresAt: Date;
  invitedBy: string | null;
}

/** Pending invitations (not used, withdrawn or expired) of the business acted for: the owner's to manage. */
export async function listPendingInvitations(actor: Actor, now = new Date()): Promise<InvitationRow[]> {
  const s = scope(actor, 'members:manage');
  const db = await getDb();
  return db
    .select({
      id: teamInvitations.id,
      email: teamInvitations.email,
      role: teamInvitations.role,
      expiresAt: teamInvitations.expiresAt,
      invitedBy: users.name,
    })
    .from(teamInvitations)
    .leftJoin(users, eq(users.id, teamInvitations.invitedBy))
    .where(
      and(
        s.owns(teamInvitations.businessId),
        isNull(teamInvitations.acceptedAt),
        isNull(teamInvitations.revokedAt),
        gt(teamInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(teamInvitations.email))
    .limit(200);
}

export interface GrantRow {
  id: string;
  organisationId: string;
  organisationName: string;
  kind: HelperKind;
  states: string[];
  scopes: GrantScope[];
  status: 'requested' | 'active';
  message: string | null;
  since: Date;
}

/** The helper organisations acting for the business acted for, and those asking to (members see them). */
export async function listBusinessHelpers(actor: Actor): Promise<GrantRow[]> {
  const s = scope(actor, 'team:view');
  const db = await getDb();
  const rows = await db
    .select({
      id: helperGrants.id,
      organisationId: helperGrants.organisationId,
      organisationName: helperOrganisations.name,
      kind: helperOrganisations.kind,
      states: helperOrganisations.states,
      scopes: helperGrants.scopes,
      status: helperGrants.status,
      message: helperGrants.message,
      since: sql<Date>`coalesce(${helperGrants.decidedAt}, ${helperGrants.createdAt})`.mapWith(
        (v: string | Date) => new Date(v),
      ),
    })
    .from(helperGrants)
    .innerJoin(helperOrganisations, eq(helperOrganisations.id, helperGrants.organisationId))
    .where(and(s.owns(helperGrants.businessId), inArray(helperGrants.status, ['requested', 'active'])))
    .orderBy(asc(helperOrganisations.name))
    .limit(200);
  return rows.map((r) => ({ ...r, scopes: r.scopes as GrantScope[], status: r.status as 'requested' | 'active' }));
}

export interface HelperChoice {
  id: string;
  name: string;
  kind: HelperKind;
  states: string[];
}

/** Helper organisations an owner may give access to: those serving the business's state first. */
export async function listHelperChoices(actor: Actor): Promise<HelperChoice[]> {
  const s = scope(actor, 'helpers:manage');
  const db = await getDb();
  const [b] = await db.select({ state: businesses.state }).from(businesses).where(s.owns(businesses.id));
  return db
    .select({
      id: helperOrganisations.id,
      name: helperOrganisations.name,
      kind: helperOrganisations.kind,
      states: helperOrganisations.states,
    })
    .from(helperOrganisations)
    .orderBy(
      sql`${b?.state ?? ''} = any(${helperOrganisations.states}) desc`,
      asc(helperOrganisations.name),
      asc(helperOrganisations.id),
    )
    .limit(500);
}

export interface ActivityRow {
  id: string;
  at: Date;
  action: string;
  summary: string;
  /** "by J. Ortiz, Wisconsin DATCP, for Northwoods Knitworks LLC" */
  by: string;
  helper: boolean;
}

const ACTIVITY_PAGE = 30;

/**
 * The business's activity log, newest first, keyset on (created_at, id) along business_activity_business_idx;
 * `helpersOnly` reads the partial index of the helpers' actions. Members only: it names people.
 */
export async function listActivity(
  actor: Actor,
  opts: { helpersOnly?: boolean; cursor?: string } = {},
): Promise<Page<ActivityRow>> {
  const s = scope(actor, 'team:view');
  const db = await getDb();
  const c = decodeCursor(opts.cursor, 2);
  const a = businessActivity;
  const rows = await db
    .select({
      id: a.id,
      at: a.createdAt,
      action: a.action,
      summary: a.summary,
      actorName: users.name,
      organisationName: helperOrganisations.name,
      businessName: businesses.legalName,
    })
    .from(a)
    .innerJoin(businesses, eq(businesses.id, a.businessId))
    .leftJoin(users, eq(users.id, a.actorId))
    .leftJoin(helperOrganisations, eq(helperOrganisations.id, a.helperOrganisationId))
    .where(
      and(
        s.owns(a.businessId),
        opts.helpersOnly ? isNotNull(a.helperOrganisationId) : undefined,
        c ? or(lt(a.createdAt, new Date(c[0])), and(eq(a.createdAt, new Date(c[0])), lt(a.id, c[1]))) : undefined,
      ),
    )
    .orderBy(descNullsLast(a.createdAt), descNullsLast(a.id))
    .limit(ACTIVITY_PAGE + 1);
  const page = rows.slice(0, ACTIVITY_PAGE);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      summary: r.summary,
      by: attribution(r),
      helper: r.organisationName !== null,
    })),
    nextCursor: rows.length > ACTIVITY_PAGE && last ? encodeCursor([last.at.toISOString(), last.id]) : null,
  };
}
