import 'server-only';
import { and, asc, count, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { ApplicationStatus } from '@/lib/domain/application-status';
import { stuckCutoffs } from '@/lib/domain/shipment-stuck';
import type { GrantScope, HelperKind } from '@/lib/domain/team';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import {
  applications,
  businesses,
  helperGrants,
  helperOrganisations,
  helperStaff,
  registrations,
  shipments,
  teamInvitations,
  users,
} from '../schema';
import { scope } from '../scope';

/** Registrations that expire within this many days count as "expiring soon" on the helper's home. */
export const EXPIRING_DAYS = 60;
const PAGE_SIZE = 25;
const DAY_MS = 24 * 60 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface HelperOrganisationRow {
  id: string;
  name: string;
  kind: HelperKind;
  states: string[];
  staff: number;
  businesses: number;
}

/** Every helper organisation, for admins (a short list: organisations, not businesses). */
export async function listHelperOrganisations(actor: Actor): Promise<HelperOrganisationRow[]> {
  scope(actor, 'admin');
  const db = await getDb();
  const o = helperOrganisations;
  // Written out: drizzle leaves the columns of a one-table select unqualified, which would bind the
  // subqueries' "id" to their own tables.
  const orgId = sql.raw('"helper_organisations"."id"');
  return db
    .select({
      id: o.id,
      name: o.name,
      kind: o.kind,
      states: o.states,
      staff: sql<number>`(select count(*) from ${helperStaff} where ${helperStaff.organisationId} = ${orgId})`.mapWith(
        Number,
      ),
      businesses:
        sql<number>`(select count(*) from ${helperGrants} where ${helperGrants.organisationId} = ${orgId} and ${helperGrants.status} = 'active')`.mapWith(
          Number,
        ),
    })
    .from(o)
    .orderBy(asc(o.name), asc(o.id))
    .limit(1000);
}

/** One organisation with its staff and the staff invitations still open, for admins. */
export async function getHelperOrganisation(actor: Actor, id: string, now = new Date()) {
  scope(actor, 'admin');
  if (!UUID.test(id)) throw new NotFoundError();
  const db = await getDb();
  const [org] = await db.select().from(helperOrganisations).where(eq(helperOrganisations.id, id));
  if (!org) throw new NotFoundError();
  const [staff, invitations, [grants]] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email, since: helperStaff.createdAt })
      .from(helperStaff)
      .innerJoin(users, eq(users.id, helperStaff.userId))
      .where(eq(helperStaff.organisationId, id))
      .orderBy(asc(users.name), asc(users.id))
      .limit(500),
    db
      .select({ id: teamInvitations.id, email: teamInvitations.email, expiresAt: teamInvitations.expiresAt })
      .from(teamInvitations)
      .where(
        and(
          eq(teamInvitations.organisationId, id),
          isNull(teamInvitations.acceptedAt),
          isNull(teamInvitations.revokedAt),
          gt(teamInvitations.expiresAt, now),
        ),
      )
      .orderBy(asc(teamInvitations.email))
      .limit(500),
    db
      .select({ n: count() })
      .from(helperGrants)
      .where(and(eq(helperGrants.organisationId, id), eq(helperGrants.status, 'active'))),
  ]);
  return { organisation: org, staff, invitations, activeGrants: grants?.n ?? 0 };
}

export const ATTENTION = ['expiring', 'stuck', 'not_submitted', 'changes_requested'] as const;
export type Attention = (typeof ATTENTION)[number];

export interface HelperBusinessFilter {
  status?: ApplicationStatus;
  state?: string;
  attention?: Attention;
  /** The last business id of the previous page (keyset on the grant's business id). */
  after?: string;
}

export interface HelperBusinessRow {
  businessId: string;
  name: string;
  city: string | null;
  state: string | null;
  scopes: GrantScope[];
  status: ApplicationStatus | null;
  stepsDone: number[];
  expiringSoon: number;
  /** The earliest expiry among registrations expired or expiring soon (YYYY-MM-DD). */
  nextExpiry: string | null;
  stuckShipments: number;
}

/**
 * The helper organisation's businesses (active grants only), with what the helper needs to act on:
 * application status, registrations expiring soon, shipments stuck. Keyset on business id along the
 * partial index helper_grants_organisation_idx (organisation_id, business_id) WHERE status = 'active';
 * each row's figures are per-business lookups on the businesses' own indexes, so a page costs the same
 * for a helper with 50 or 5,000 businesses. Filters are checked along that ordered scan.
 */
export async function listHelperBusinesses(
  actor: Actor,
  filter: HelperBusinessFilter = {},
  now = new Date(),
): Promise<{ rows: HelperBusinessRow[]; nextAfter: string | null }> {
  scope(actor, 'seller');
  const helper = actor.helper;
  if (!helper) throw new NotFoundError();
  const db = await getDb();
  const g = helperGrants;
  const soon = new Date(now.getTime() + EXPIRING_DAYS * DAY_MS).toISOString().slice(0, 10);
  const expiringWhere = sql`${registrations.businessId} = ${g.businessId} and ${registrations.expiresOn} <= ${soon}`;
  const stuck = stuckCutoffs(now);
  const stuckWhere = sql`${shipments.businessId} = ${g.businessId} and (${sql.join(
    stuck.map(
      (c) =>
        sql`(${shipments.status} = ${c.status} and ${shipments.mode} = ${c.mode} and ${shipments.statusEnteredAt} < ${c.enteredBefore.toISOString()})`,
    ),
    sql` or `,
  )})`;
  const where: (SQL | undefined)[] = [eq(g.organisationId, helper.organisationId), eq(g.status, 'active')];
  if (filter.after && UUID.test(filter.after)) where.push(gt(g.businessId, filter.after));
  if (filter.status) where.push(eq(applications.status, filter.status));
  if (filter.state) where.push(eq(businesses.state, filter.state));
  if (filter.attention === 'expiring') where.push(sql`exists (select 1 from ${registrations} where ${expiringWhere})`);
  if (filter.attention === 'stuck') where.push(sql`exists (select 1 from ${shipments} where ${stuckWhere})`);
  if (filter.attention === 'not_submitted') where.push(sql`coalesce(${applications.status}, 'draft') = 'draft'`);
  if (filter.attention === 'changes_requested') where.push(eq(applications.status, 'changes_requested'));
  const rows = await db
    .select({
      businessId: g.businessId,
      legalName: businesses.legalName,
      dba: businesses.dba,
      city: businesses.city,
      state: businesses.state,
      scopes: g.scopes,
      status: applications.status,
      stepsDone: applications.stepsDone,
      expiringSoon: sql<number>`(select count(*) from ${registrations} where ${expiringWhere})`.mapWith(Number),
      nextExpiry: sql<
        string | null
      >`(select min(${registrations.expiresOn}) from ${registrations} where ${expiringWhere})`,
      stuckShipments: sql<number>`(select count(*) from ${shipments} where ${stuckWhere})`.mapWith(Number),
    })
    .from(g)
    .innerJoin(businesses, eq(businesses.id, g.businessId))
    .leftJoin(applications, eq(applications.businessId, g.businessId))
    .where(and(...where))
    .orderBy(asc(g.businessId))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  return {
    rows: page.map((r) => ({
      businessId: r.businessId,
      name: r.legalName || r.dba || 'Unnamed business',
      city: r.city,
      state: r.state,
      scopes: r.scopes as GrantScope[],
      status: r.status,
      stepsDone: r.stepsDone ?? [],
      expiringSoon: r.expiringSoon,
      nextExpiry: r.nextExpiry ? String(r.nextExpiry).slice(0, 10) : null,
      stuckShipments: r.stuckShipments,
    })),
    nextAfter: rows.length > PAGE_SIZE ? page[page.length - 1]!.businessId : null,
  };
}

export interface HelperRequestRow {
  id: string;
  businessName: string;
  scopes: GrantScope[];
  status: 'requested' | 'declined';
  at: Date;
}

/** The organisation's recent requests for access still waiting or declined (the helper's own). */
export async function listHelperRequests(actor: Actor): Promise<HelperRequestRow[]> {
  scope(actor, 'seller');
  const helper = actor.helper;
  if (!helper) throw new NotFoundError();
  const db = await getDb();
  const rows = await db
    .select({
      id: helperGrants.id,
      legalName: businesses.legalName,
      scopes: helperGrants.scopes,
      status: helperGrants.status,
      at: helperGrants.createdAt,
    })
    .from(helperGrants)
    .innerJoin(businesses, eq(businesses.id, helperGrants.businessId))
    .where(
      and(
        eq(helperGrants.organisationId, helper.organisationId),
        inArray(helperGrants.status, ['requested', 'declined']),
      ),
    )
    .orderBy(sql`${helperGrants.createdAt} desc`, asc(helperGrants.id))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    businessName: r.legalName,
    scopes: r.scopes as GrantScope[],
    status: r.status as 'requested' | 'declined',
    at: r.at,
  }));
}
