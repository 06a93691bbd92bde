import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { newApiKey } from '@/lib/auth/api-keys';
import { DEFAULT_KEY_RATE_LIMIT, type ApiScope, type PartnerKind } from '@/lib/domain/partners';
import { DomainError, NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { auditEvents, partnerApiKeys, partnerKeyUsage, partnerOrganisations, partnerUsers, users } from '../schema';
import { scope } from '../scope';

// Partner organisations and their people are an admin's decisions (audit_events); API keys are the
// partner's own, created and revoked by its people at /partner, and audited too.

export async function createPartnerOrganisation(actor: Actor, input: { name: string; kind: PartnerKind }) {
  scope(actor, 'admin');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx
      .insert(partnerOrganisations)
      .values({ name: input.name, kind: input.kind, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning({ id: partnerOrganisations.id });
    if (!org) throw new DomainError('A partner with this name exists already.', { name: 'This name is taken.' });
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'partner_organisation',
      targetId: org.id,
      action: 'create',
      after: input,
    });
    return org;
  });
}

/** Adds an existing account by e-mail; a person works for one partner, and never for the portal's staff. */
export async function addPartnerUser(actor: Actor, organisationId: string, email: string) {
  scope(actor, 'admin');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: partnerOrganisations.id })
      .from(partnerOrganisations)
      .where(eq(partnerOrganisations.id, organisationId));
    if (!org) throw new NotFoundError();
    const [u] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.email, email.toLowerCase()));
    if (!u)
      throw new DomainError('No account uses this e-mail address.', {
        email: 'No account uses this address: ask the person to sign up first, then add them.',
      });
    if (u.role !== 'business')
      throw new DomainError('Portal staff cannot join a partner.', { email: 'This is a staff account.' });
    const added = await tx
      .insert(partnerUsers)
      .values({ organisationId, userId: u.id, addedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ userId: partnerUsers.userId });
    if (!added.length)
      throw new DomainError('This person already works for a partner.', {
        email: 'This person already works for a partner organisation.',
      });
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'partner_organisation',
      targetId: organisationId,
      action: 'add_user',
      after: { userId: u.id, email: email.toLowerCase() },
    });
  });
}

export interface NewKeyInput {
  name: string;
  scopes: ApiScope[];
  rateLimitPerMinute?: number;
}

/** A new key for the actor's partner: the secret is returned this once and never stored. */
export async function createApiKey(actor: Actor, input: NewKeyInput, rotatedFrom: string | null = null) {
  const { organisationId } = scope(actor, 'partner');
  const db = await getDb();
  const k = newApiKey();
  const [row] = await db
    .insert(partnerApiKeys)
    .values({
      organisationId,
      name: input.name,
      prefix: k.prefix,
      secretHash: k.hash,
      scopes: [...new Set(input.scopes)],
      rateLimitPerMinute: input.rateLimitPerMinute ?? DEFAULT_KEY_RATE_LIMIT,
      createdBy: actor.userId,
      rotatedFrom,
    })
    .returning({ id: partnerApiKeys.id, prefix: partnerApiKeys.prefix });
  await db.insert(auditEvents).values({
    actorId: actor.userId,
    targetType: 'partner_api_key',
    targetId: row!.id,
    action: rotatedFrom ? 'rotate' : 'create',
    after: { name: input.name, scopes: input.scopes, prefix: k.prefix, rotatedFrom },
  });
  return { id: row!.id, prefix: row!.prefix, key: k.key };
}

/** Revoked at once: the next request with it is refused (the key row is read on every request). */
export async function revokeApiKey(actor: Actor, keyId: string) {
  const { organisationId } = scope(actor, 'partner');
  const db = await getDb();
  const [k] = await db
    .update(partnerApiKeys)
    .set({ revokedAt: sql`now()`, revokedBy: actor.userId })
    .where(
      and(
        eq(partnerApiKeys.id, keyId),
        eq(partnerApiKeys.organisationId, organisationId),
        isNull(partnerApiKeys.revokedAt),
      ),
    )
    .returning({ id: partnerApiKeys.id, name: partnerApiKeys.name, scopes: partnerApiKeys.scopes });
  if (!k) throw new NotFoundError();
  await db.insert(auditEvents).values({
    actorId: actor.userId,
    targetType: 'partner_api_key',
    targetId: k.id,
    action: 'revoke',
  });
  return k;
}

/** A new secret with the same name, scopes and limit; the old key stops working at once. */
export async function rotateApiKey(actor: Actor, keyId: string) {
  const { organisationId } = scope(actor, 'partner');
  const db = await getDb();
  const [old] = await db
    .select()
    .from(partnerApiKeys)
    .where(
      and(
        eq(partnerApiKeys.id, keyId),
        eq(partnerApiKeys.organisationId, organisationId),
        isNull(partnerApiKeys.revokedAt),
      ),
    );
  if (!old) throw new NotFoundError();
  await revokeApiKey(actor, keyId);
  return createApiKey(
    actor,
    { name: old.name, scopes: old.scopes as ApiScope[], rateLimitPerMinute: old.rateLimitPerMinute },
    old.id,
  );
}

/** Counts a request (or a refused one, over the rate limit) against the key's day. */
export async function recordKeyUsage(keyId: string, refused: boolean) {
  const db = await getDb();
  await db
    .insert(partnerKeyUsage)
    .values({ keyId, day: sql`(now() at time zone 'utc')::date`, requests: 1, refused: refused ? 1 : 0 })
    .onConflictDoUpdate({
      target: [partnerKeyUsage.keyId, partnerKeyUsage.day],
      set: {
        requests: sql`${partnerKeyUsage.requests} + 1`,
        refused: sql`${partnerKeyUsage.refused} + ${refused ? 1 : 0}`,
      },
    });
}
