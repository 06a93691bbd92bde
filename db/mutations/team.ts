import 'server-only';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor, Caller } from '@/lib/auth/actor';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { ROLE_LABELS, SCOPE_LABELS, type AssignableRole, type GrantScope } from '@/lib/domain/team';
import { invitationEmail } from '@/lib/email/templates';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { env } from '@/lib/env';
import { DomainError, NotFoundError } from '@/lib/errors';
import type { InviteMemberInput } from '@/lib/validation/team';
import { getDb } from '../client';
import {
  businessMembers,
  businesses,
  helperGrants,
  helperOrganisations,
  helperStaff,
  teamInvitations,
  users,
} from '../schema';
import { scope, type BusinessScope } from '../scope';
import { recordActivity } from './activity';
import { notifyBusiness } from './notify';
import type { Tx } from '../pagination';
import { enqueueEmail } from './outbox';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60_000;

const invitationLink = (token: string) => `${env().APP_URL}/invitations/accept?token=${encodeURIComponent(token)}`;

const businessNameOf = async (tx: Tx, businessId: string) => {
  const [b] = await tx
    .select({ legalName: businesses.legalName, dba: businesses.dba })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  return b?.legalName || b?.dba || 'a business';
};

async function memberOrThrow(tx: Tx, s: BusinessScope, userId: string) {
  const [m] = await tx
    .select({ userId: businessMembers.userId, role: businessMembers.role, name: users.name, email: users.email })
    .from(businessMembers)
    .innerJoin(users, eq(users.id, businessMembers.userId))
    .where(and(s.owns(businessMembers.businessId), eq(businessMembers.userId, userId)))
    .for('update', { of: businessMembers });
  if (!m) throw new NotFoundError();
  return m;
}

/**
 * The owner invites someone by e-mail as an editor or viewer. The e-mail carries a single-use link that
 * works for INVITATION_DAYS; only its SHA-256 is stored. Inviting the same address again replaces the
 * pending invitation (the old link stops working).
 */
export async function inviteMember(actor: Actor, input: InviteMemberInput, now = new Date()) {
  const s = scope(actor, 'members:manage');
  const db = await getDb();
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    const [already] = await tx
      .select({ userId: businessMembers.userId })
      .from(businessMembers)
      .innerJoin(users, eq(users.id, businessMembers.userId))
      .where(and(s.owns(businessMembers.businessId), eq(users.email, input.email)));
    if (already)
      throw new DomainError(`${input.email} is already a member of this business.`, {
        email: 'E-mail belongs to someone who is already a member.',
      });
    await tx
      .update(teamInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          s.owns(teamInvitations.businessId),
          eq(teamInvitations.email, input.email),
          isNull(teamInvitations.acceptedAt),
          isNull(teamInvitations.revokedAt),
        ),
      );
    const [inv] = await tx
      .insert(teamInvitations)
      .values({
        businessId: s.businessId,
        email: input.email,
        role: input.role,
        tokenHash: hash,
        invitedBy: actor.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
      })
      .returning({ id: teamInvitations.id });
    const businessName = await businessNameOf(tx, s.businessId);
    await enqueueEmail(
      tx,
      input.email,
      invitationEmail({
        inviter: actor.name,
        team: businessName,
        role: ROLE_LABELS[input.role].toLowerCase(),
        url: invitationLink(token),
        days: INVITATION_DAYS,
      }),
    );
    await recordActivity(tx, s, {
      action: 'member.invited',
      subject: `invitation:${inv!.id}`,
      summary: `Invited ${input.email} as ${ROLE_LABELS[input.role].toLowerCase()}`,
    });
  });
  kickOutbox();
}

/** The owner withdraws a pending invitation: its link stops working. */
export async function revokeInvitation(actor: Actor, invitationId: string, now = new Date()) {
  const s = scope(actor, 'members:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [inv] = await tx
      .update(teamInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(teamInvitations.id, invitationId),
          s.owns(teamInvitations.businessId),
          isNull(teamInvitations.acceptedAt),
          isNull(teamInvitations.revokedAt),
        ),
      )
      .returning({ email: teamInvitations.email });
    if (!inv) throw new NotFoundError();
    await recordActivity(tx, s, {
      action: 'member.invitation_withdrawn',
      subject: `invitation:${invitationId}`,
      summary: `Withdrew the invitation to ${inv.email}`,
    });
  });
}

export type InvitationState = 'open' | 'used' | 'expired' | 'withdrawn';

export interface InvitationView {
  state: InvitationState;
  email: string;
  /** The business or helper organisation it is for. */
  team: string;
  kind: 'business' | 'organisation';
  role: string;
  invitedBy: string | null;
}

/**
 * What an invitation link is for, shown before accepting. Anyone holding the link may read this (the
 * link was sent to the address it names); nothing is changed.
 */
export async function getInvitationByToken(
  _caller: Caller,
  token: string,
  now = new Date(),
): Promise<InvitationView | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      email: teamInvitations.email,
      role: teamInvitations.role,
      expiresAt: teamInvitations.expiresAt,
      acceptedAt: teamInvitations.acceptedAt,
      revokedAt: teamInvitations.revokedAt,
      businessName: businesses.legalName,
      organisationName: helperOrganisations.name,
      invitedBy: users.name,
    })
    .from(teamInvitations)
    .leftJoin(businesses, eq(businesses.id, teamInvitations.businessId))
    .leftJoin(helperOrganisations, eq(helperOrganisations.id, teamInvitations.organisationId))
    .leftJoin(users, eq(users.id, teamInvitations.invitedBy))
    .where(eq(teamInvitations.tokenHash, hashToken(token)));
  if (!row) return null;
  return {
    state: row.acceptedAt ? 'used' : row.revokedAt ? 'withdrawn' : row.expiresAt <= now ? 'expired' : 'open',
    email: row.email,
    team: row.businessName ?? row.organisationName ?? '',
    kind: row.businessName !== null ? 'business' : 'organisation',
    role: row.role === 'helper_staff' ? 'staff member' : ROLE_LABELS[row.role].toLowerCase(),
    invitedBy: row.invitedBy,
  };
}

const INVITATION_REFUSALS: Record<Exclude<InvitationState, 'open'> | 'missing', string> = {
  missing: 'This invitation link is not valid. Use the link from the e-mail, or ask for a new invitation.',
  used: 'This invitation has already been used. Each link works once.',
  expired: `This invitation has expired (links work for ${INVITATION_DAYS} days). Ask the person who invited you to send a new one.`,
  withdrawn: 'This invitation was withdrawn or replaced by a newer one. Use the latest e-mail, or ask for a new one.',
};

/**
 * The signed-in invitee joins: the link works once, before it expires, and only for someone signed in as
 * the address it was sent to (holding the link is not enough). Opening the link proves the mailbox, so
 * the address counts as confirmed. Returns what was joined.
 */
export async function acceptInvitation(actor: Actor, token: string, now = new Date()) {
  scope(actor, 'user');
  if (actor.role !== 'business')
    throw new DomainError('Portal staff accounts cannot join a business. Sign in with a business account.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .select()
      .from(teamInvitations)
      .where(eq(teamInvitations.tokenHash, hashToken(token)))
      .for('update');
    if (!inv) throw new DomainError(INVITATION_REFUSALS.missing);
    if (inv.acceptedAt) throw new DomainError(INVITATION_REFUSALS.used);
    if (inv.revokedAt) throw new DomainError(INVITATION_REFUSALS.withdrawn);
    if (inv.expiresAt <= now) throw new DomainError(INVITATION_REFUSALS.expired);
    if (inv.email !== actor.email.toLowerCase())
      throw new DomainError(
        `This invitation was sent to another e-mail address than yours (${actor.email}). Sign out, then sign in or create an account with the address the invitation was sent to.`,
      );
    const [used] = await tx
      .update(teamInvitations)
      .set({ acceptedAt: now, acceptedBy: actor.userId })
      .where(
        and(eq(teamInvitations.id, inv.id), isNull(teamInvitations.acceptedAt), gt(teamInvitations.expiresAt, now)),
      )
      .returning({ id: teamInvitations.id });
    if (!used) throw new DomainError(INVITATION_REFUSALS.used);
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, actor.userId));
    const by = { actorId: actor.userId, helperOrganisationId: null };
    if (inv.businessId) {
      const joined = await tx
        .insert(businessMembers)
        .values({ businessId: inv.businessId, userId: actor.userId, role: inv.role as AssignableRole })
        .onConflictDoNothing()
        .returning({ businessId: businessMembers.businessId });
      if (!joined.length) throw new DomainError('You are already a member of this business.');
      await recordActivity(
        tx,
        { businessId: inv.businessId, by },
        {
          action: 'member.joined',
          subject: `member:${actor.userId}`,
          summary: `${actor.name} (${actor.email}) joined as ${ROLE_LABELS[inv.role as AssignableRole].toLowerCase()}`,
        },
      );
      return { kind: 'business' as const, businessId: inv.businessId };
    }
    const [other] = await tx
      .select({ organisationId: helperStaff.organisationId })
      .from(helperStaff)
      .where(eq(helperStaff.userId, actor.userId));
    if (other && other.organisationId !== inv.organisationId)
      throw new DomainError('You already work for another helper organisation; a person works for one at a time.');
    if (!other)
      await tx
        .insert(helperStaff)
        .values({ organisationId: inv.organisationId!, userId: actor.userId, addedBy: inv.invitedBy });
    return { kind: 'organisation' as const, organisationId: inv.organisationId! };
  });
}

/** The owner makes a member an editor or a viewer. Ownership moves only by transfer. */
export async function changeMemberRole(actor: Actor, userId: string, role: AssignableRole) {
  const s = scope(actor, 'members:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const m = await memberOrThrow(tx, s, userId);
    if (m.role === 'owner')
      throw new DomainError('The owner’s role changes only by handing ownership to another member.', {
        role: 'Role of the owner cannot be changed here; transfer ownership instead.',
      });
    if (m.role === role) return;
    await tx
      .update(businessMembers)
      .set({ role })
      .where(and(s.owns(businessMembers.businessId), eq(businessMembers.userId, userId)));
    await recordActivity(tx, s, {
      action: 'member.role_changed',
      subject: `member:${userId}`,
      summary: `Changed ${m.name}’s role from ${ROLE_LABELS[m.role].toLowerCase()} to ${ROLE_LABELS[role].toLowerCase()}`,
    });
  });
}

/** The owner removes a member; their next request no longer acts for the business. */
export async function removeMember(actor: Actor, userId: string) {
  const s = scope(actor, 'members:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const m = await memberOrThrow(tx, s, userId);
    if (m.role === 'owner')
      throw new DomainError('The owner cannot be removed: hand ownership to another member first.');
    await tx.delete(businessMembers).where(and(s.owns(businessMembers.businessId), eq(businessMembers.userId, userId)));
    await recordActivity(tx, s, {
      action: 'member.removed',
      subject: `member:${userId}`,
      summary: `Removed ${m.name} (${m.email})`,
    });
  });
}

/**
 * The owner hands ownership to another member and becomes an editor, in one transaction: the business
 * always has exactly one owner (a partial unique index and a deferred trigger hold it in the database).
 */
export async function transferOwnership(actor: Actor, userId: string) {
  const s = scope(actor, 'members:manage');
  if (userId === actor.userId)
    throw new DomainError('You are already the owner.', { userId: 'Choose another member.' });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const m = await memberOrThrow(tx, s, userId);
    // The old owner steps down first: the one-owner index is not deferrable.
    await tx
      .update(businessMembers)
      .set({ role: 'editor' })
      .where(
        and(
          s.owns(businessMembers.businessId),
          eq(businessMembers.userId, actor.userId),
          eq(businessMembers.role, 'owner'),
        ),
      );
    await tx
      .update(businessMembers)
      .set({ role: 'owner' })
      .where(and(s.owns(businessMembers.businessId), eq(businessMembers.userId, m.userId)));
    await recordActivity(tx, s, {
      action: 'member.ownership_transferred',
      subject: `member:${userId}`,
      summary: `Handed ownership to ${m.name} (${m.email}) and became an editor`,
    });
  });
}

const scopeList = (scopes: readonly GrantScope[]) => scopes.map((x) => SCOPE_LABELS[x].toLowerCase()).join(', ');

/**
 * The owner gives a helper organisation access with these scopes. A pending request from that
 * organisation is accepted by it; an active grant gets the new scopes.
 */
export async function grantHelperAccess(
  actor: Actor,
  input: { organisationId: string; scopes: GrantScope[] },
  now = new Date(),
) {
  const s = scope(actor, 'helpers:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: helperOrganisations.id, name: helperOrganisations.name })
      .from(helperOrganisations)
      .where(eq(helperOrganisations.id, input.organisationId));
    if (!org)
      throw new DomainError('Choose one of the organisations offered.', {
        organisationId: 'Organisation must be one of the choices offered.',
      });
    const [live] = await tx
      .select()
      .from(helperGrants)
      .where(
        and(
          s.owns(helperGrants.businessId),
          eq(helperGrants.organisationId, org.id),
          inArray(helperGrants.status, ['requested', 'active']),
        ),
      )
      .for('update');
    if (live)
      await tx
        .update(helperGrants)
        .set({ scopes: input.scopes, status: 'active', decidedBy: actor.userId, decidedAt: now })
        .where(eq(helperGrants.id, live.id));
    else
      await tx.insert(helperGrants).values({
        businessId: s.businessId,
        organisationId: org.id,
        scopes: input.scopes,
        status: 'active',
        decidedBy: actor.userId,
        decidedAt: now,
      });
    await recordActivity(tx, s, {
      action: live?.status === 'active' ? 'helper.changed' : 'helper.granted',
      subject: `helper:${org.id}`,
      summary: `${live?.status === 'active' ? 'Changed' : 'Gave'} ${org.name} access: ${scopeList(input.scopes)}`,
    });
  });
}

/** The owner accepts a helper's request (with the scopes the owner chose) or declines it. */
export async function decideHelperRequest(
  actor: Actor,
  grantId: string,
  decision: { accept: true; scopes: GrantScope[] } | { accept: false },
  now = new Date(),
) {
  const s = scope(actor, 'helpers:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [g] = await tx
      .update(helperGrants)
      .set({
        status: decision.accept ? 'active' : 'declined',
        ...(decision.accept ? { scopes: decision.scopes } : {}),
        decidedBy: actor.userId,
        decidedAt: now,
      })
      .where(and(eq(helperGrants.id, grantId), s.owns(helperGrants.businessId), eq(helperGrants.status, 'requested')))
      .returning({ organisationId: helperGrants.organisationId, scopes: helperGrants.scopes });
    if (!g) throw new NotFoundError();
    const [org] = await tx
      .select({ name: helperOrganisations.name })
      .from(helperOrganisations)
      .where(eq(helperOrganisations.id, g.organisationId));
    await recordActivity(tx, s, {
      action: decision.accept ? 'helper.accepted' : 'helper.declined',
      subject: `helper:${g.organisationId}`,
      summary: decision.accept
        ? `Accepted ${org!.name}’s request: ${scopeList(g.scopes as GrantScope[])}`
        : `Declined ${org!.name}’s request for access`,
    });
  });
}

/** The owner ends a helper's access. The actor is rebuilt on every request, so it ends at the next one. */
export async function revokeHelperAccess(actor: Actor, grantId: string, now = new Date()) {
  const s = scope(actor, 'helpers:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [g] = await tx
      .update(helperGrants)
      .set({ status: 'revoked', revokedBy: actor.userId, revokedAt: now })
      .where(and(eq(helperGrants.id, grantId), s.owns(helperGrants.businessId), eq(helperGrants.status, 'active')))
      .returning({ organisationId: helperGrants.organisationId });
    if (!g) throw new NotFoundError();
    const [org] = await tx
      .select({ name: helperOrganisations.name })
      .from(helperOrganisations)
      .where(eq(helperOrganisations.id, g.organisationId));
    await recordActivity(tx, s, {
      action: 'helper.revoked',
      subject: `helper:${g.organisationId}`,
      summary: `Ended ${org!.name}’s access`,
    });
  });
}

/**
 * A helper organisation's staff asks for access to the businesses owned by `ownerEmail`; the owner sees
 * the request on their team page and is notified. Returns the names of the businesses asked: helper
 * organisations are created by admins, and the names of businesses are no secret to those who help them.
 */
export async function requestHelperAccess(
  actor: Actor,
  input: { ownerEmail: string; scopes: GrantScope[]; message: string | null },
  now = new Date(),
) {
  scope(actor, 'seller');
  const helper = actor.helper;
  if (!helper) throw new NotFoundError();
  const db = await getDb();
  const asked: string[] = [];
  await db.transaction(async (tx) => {
    const owned = await tx
      .select({ businessId: businessMembers.businessId, name: businesses.legalName })
      .from(businessMembers)
      .innerJoin(users, eq(users.id, businessMembers.userId))
      .innerJoin(businesses, eq(businesses.id, businessMembers.businessId))
      .where(and(eq(users.email, input.ownerEmail), eq(businessMembers.role, 'owner')))
      .limit(20);
    for (const { businessId, name } of owned) {
      const [created] = await tx
        .insert(helperGrants)
        .values({
          businessId,
          organisationId: helper.organisationId,
          scopes: input.scopes,
          status: 'requested',
          message: input.message,
          requestedBy: actor.userId,
          createdAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: helperGrants.id });
      if (!created) continue;
      asked.push(name);
      await recordActivity(
        tx,
        { businessId, by: { actorId: actor.userId, helperOrganisationId: helper.organisationId } },
        {
          action: 'helper.requested',
          subject: `helper:${helper.organisationId}`,
          summary: `${helper.organisationName} asked for access: ${scopeList(input.scopes)}`,
        },
      );
      await notifyBusiness(tx, businessId, 'helpers:manage', {
        title: `${helper.organisationName} asks to help with your business`,
        lines: [
          `${actor.name} of ${helper.organisationName} asks for access: ${scopeList(input.scopes)}.`,
          ...(input.message ? [`Their message: ${input.message}`] : []),
          'You decide on your team page; you can end their access at any time.',
        ],
        path: '/team',
        actionLabel: 'Review the request',
      });
    }
  });
  kickOutbox();
  return { asked };
}
