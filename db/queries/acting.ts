import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Acting, Actor, HelperMembership, PartnerMembership } from '@/lib/auth/actor';
import { NEW_BUSINESS } from '@/lib/auth/chosen-business';
import { capabilitiesOfGrant, capabilitiesOfRole, type GrantScope } from '@/lib/domain/team';
import { getDb } from '../client';
import {
  businessMembers,
  businesses,
  helperGrants,
  helperOrganisations,
  helperStaff,
  partnerOrganisations,
  partnerUsers,
  type User,
} from '../schema';
import { scope } from '../scope';

export type ActorUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'emailVerifiedAt'> & { rulesEditor?: boolean };

const businessName = (b: { legalName: string; dba: string | null }) => b.legalName || b.dba || 'Your business';

/**
 * Part of building the actor on every request: the business the user acts for and how. `chosen` is the
 * business picked with the switcher (a cookie, so it is only a wish): it is used when the user is a
 * member of it or their helper organisation holds an active grant for it, and otherwise the user's
 * oldest membership is. Staff act for no business.
 */
export async function buildActor(u: ActorUser, chosen: string | null): Promise<Actor> {
  const base = {
    userId: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    emailVerified: u.emailVerifiedAt !== null,
  };
  if (u.role !== 'business')
    return {
      ...base,
      businessId: null,
      acting: null,
      helper: null,
      partner: null,
      lostChoice: false,
      // Staff permission to propose and decide changes to the export rules.
      rulesEditor: u.rulesEditor === true,
    };
  const db = await getDb();
  const [helperRows, chosenMember, partnerRows] = await Promise.all([
    db
      .select({ organisationId: helperStaff.organisationId, organisationName: helperOrganisations.name })
      .from(helperStaff)
      .innerJoin(helperOrganisations, eq(helperOrganisations.id, helperStaff.organisationId))
      .where(eq(helperStaff.userId, u.id)),
    chosen && chosen !== NEW_BUSINESS ? memberships(u.id, chosen) : Promise.resolve([]),
    db
      .select({ organisationId: partnerUsers.organisationId, organisationName: partnerOrganisations.name })
      .from(partnerUsers)
      .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, partnerUsers.organisationId))
      .where(eq(partnerUsers.userId, u.id)),
  ]);
  const helper: HelperMembership | null = helperRows[0] ?? null;
  const partner: PartnerMembership | null = partnerRows[0] ?? null;
  if (chosen === NEW_BUSINESS) return { ...base, businessId: null, acting: null, helper, partner, lostChoice: false };
  let acting: Acting | null = chosenMember[0] ?? null;
  if (!acting && chosen && helper) acting = await grantFor(helper, chosen);
  const lostChoice = chosen !== null && acting === null;
  // Helpers' staff start from their home, not from a business they happen to belong to.
  if (!acting && !(helper && lostChoice)) acting = (await memberships(u.id, null))[0] ?? null;
  return { ...base, businessId: acting?.businessId ?? null, acting, helper, partner, lostChoice };
}

async function memberships(userId: string, businessId: string | null): Promise<Acting[]> {
  const db = await getDb();
  const rows = await db
    .select({
      businessId: businessMembers.businessId,
      role: businessMembers.role,
      legalName: businesses.legalName,
      dba: businesses.dba,
    })
    .from(businessMembers)
    .innerJoin(businesses, eq(businesses.id, businessMembers.businessId))
    .where(
      businessId
        ? and(eq(businessMembers.userId, userId), eq(businessMembers.businessId, businessId))
        : eq(businessMembers.userId, userId),
    )
    .orderBy(asc(businessMembers.createdAt), asc(businessMembers.businessId))
    .limit(1);
  return rows.map((r) => ({
    businessId: r.businessId,
    businessName: businessName(r),
    via: { kind: 'member', role: r.role },
    capabilities: capabilitiesOfRole(r.role),
  }));
}

/** The helper organisation's active grant for the business, checked on every request. */
async function grantFor(helper: HelperMembership, businessId: string): Promise<Acting | null> {
  const db = await getDb();
  const [g] = await db
    .select({ id: helperGrants.id, scopes: helperGrants.scopes, legalName: businesses.legalName, dba: businesses.dba })
    .from(helperGrants)
    .innerJoin(businesses, eq(businesses.id, helperGrants.businessId))
    .where(
      and(
        eq(helperGrants.organisationId, helper.organisationId),
        eq(helperGrants.businessId, businessId),
        eq(helperGrants.status, 'active'),
      ),
    );
  if (!g) return null;
  const scopes = g.scopes as GrantScope[];
  return {
    businessId,
    businessName: businessName(g),
    via: { kind: 'helper', grantId: g.id, ...helper, scopes },
    capabilities: capabilitiesOfGrant(scopes),
  };
}

export interface MyBusiness {
  businessId: string;
  name: string;
  role: (typeof businessMembers.$inferSelect)['role'];
}

/** The businesses the user belongs to, for the switcher (a person belongs to a handful). */
export async function listMyBusinesses(actor: Actor): Promise<MyBusiness[]> {
  scope(actor, 'seller');
  const db = await getDb();
  const rows = await db
    .select({
      businessId: businessMembers.businessId,
      role: businessMembers.role,
      legalName: businesses.legalName,
      dba: businesses.dba,
    })
    .from(businessMembers)
    .innerJoin(businesses, eq(businesses.id, businessMembers.businessId))
    .where(eq(businessMembers.userId, actor.userId))
    .orderBy(asc(businessMembers.createdAt), asc(businessMembers.businessId))
    .limit(100);
  return rows.map((r) => ({ businessId: r.businessId, name: businessName(r), role: r.role }));
}

/**
 * How the actor could act for this business if they chose it (a membership, or their helper
 * organisation's active grant), or null: the switcher's check, and what /switch may name.
 */
export async function actingChoice(actor: Actor, businessId: string): Promise<Acting | null> {
  scope(actor, 'seller');
  const [m] = await memberships(actor.userId, businessId);
  if (m) return m;
  return actor.helper ? grantFor(actor.helper, businessId) : null;
}
