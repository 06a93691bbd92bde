import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { newToken } from '@/lib/auth/tokens';
import { HELPER_KIND_LABELS } from '@/lib/domain/team';
import { invitationEmail } from '@/lib/email/templates';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { env } from '@/lib/env';
import { DomainError, NotFoundError } from '@/lib/errors';
import type { AddHelperStaffInput, CreateHelperOrganisationInput } from '@/lib/validation/team';
import { getDb } from '../client';
import { auditEvents, helperOrganisations, helperStaff, teamInvitations, users } from '../schema';
import { scope } from '../scope';
import { enqueueEmail } from './outbox';
import { INVITATION_DAYS } from './team';

const DAY_MS = 24 * 60 * 60_000;

/** An admin creates a helper organisation (its staff are added next). In the audit log. */
export async function createHelperOrganisation(actor: Actor, input: CreateHelperOrganisationInput) {
  scope(actor, 'admin');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx
      .insert(helperOrganisations)
      .values({ name: input.name, kind: input.kind, states: input.states, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!org)
      throw new DomainError(`There is already a helper organisation named ${input.name}.`, {
        name: 'Name is already taken by another organisation.',
      });
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'helper_organisation',
      targetId: org.id,
      action: 'create',
      after: { name: org.name, kind: org.kind, states: org.states },
    });
    return { id: org.id };
  });
}

/**
 * An admin adds a staff member by e-mail: an existing business account joins at once; anyone else gets
 * an invitation (single use, expiring) to sign up with that address and join. A person works for one
 * organisation, and portal staff (reviewers, admins) never act as helpers.
 */
export async function addHelperStaff(actor: Actor, input: AddHelperStaffInput, now = new Date()) {
  scope(actor, 'admin');
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [org] = await tx.select().from(helperOrganisations).where(eq(helperOrganisations.id, input.organisationId));
    if (!org) throw new NotFoundError();
    const [u] = await tx.select().from(users).where(eq(users.email, input.email));
    if (u) {
      if (u.role !== 'business')
        throw new DomainError('Portal staff accounts cannot be helper staff.', {
          email: 'E-mail belongs to a reviewer or admin account; use a business account.',
        });
      const [other] = await tx.select().from(helperStaff).where(eq(helperStaff.userId, u.id));
      if (other)
        throw new DomainError(
          other.organisationId === org.id
            ? `${u.email} is already on the staff.`
            : `${u.email} already works for another helper organisation.`,
          { email: 'E-mail belongs to someone already on a helper organisation’s staff.' },
        );
      await tx.insert(helperStaff).values({ organisationId: org.id, userId: u.id, addedBy: actor.userId });
      await tx.insert(auditEvents).values({
        actorId: actor.userId,
        targetType: 'helper_organisation',
        targetId: org.id,
        action: 'add_staff',
        after: { userId: u.id, email: u.email },
      });
      return 'added' as const;
    }
    const { token, hash } = newToken();
    await tx
      .update(teamInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(teamInvitations.organisationId, org.id),
          eq(teamInvitations.email, input.email),
          isNull(teamInvitations.acceptedAt),
          isNull(teamInvitations.revokedAt),
        ),
      );
    await tx.insert(teamInvitations).values({
      organisationId: org.id,
      email: input.email,
      role: 'helper_staff',
      tokenHash: hash,
      invitedBy: actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
    });
    await enqueueEmail(
      tx,
      input.email,
      invitationEmail({
        inviter: actor.name,
        team: `${org.name} (${HELPER_KIND_LABELS[org.kind]})`,
        role: 'staff member',
        url: `${env().APP_URL}/invitations/accept?token=${encodeURIComponent(token)}`,
        days: INVITATION_DAYS,
      }),
    );
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'helper_organisation',
      targetId: org.id,
      action: 'invite_staff',
      after: { email: input.email },
    });
    return 'invited' as const;
  });
  if (result === 'invited') kickOutbox();
  return result;
}

/** An admin removes a staff member; their next request no longer acts for the organisation's businesses. */
export async function removeHelperStaff(actor: Actor, input: { organisationId: string; userId: string }) {
  scope(actor, 'admin');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(helperStaff)
      .where(and(eq(helperStaff.organisationId, input.organisationId), eq(helperStaff.userId, input.userId)))
      .returning();
    if (!gone) throw new NotFoundError();
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'helper_organisation',
      targetId: input.organisationId,
      action: 'remove_staff',
      before: { userId: input.userId },
    });
  });
}
