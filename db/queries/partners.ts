import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor, PartnerCaller } from '@/lib/auth/actor';
import { hashApiKey } from '@/lib/auth/api-keys';
import type { ApiScope, PartnerKind } from '@/lib/domain/partners';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { partnerApiKeys, partnerKeyUsage, partnerOrganisations, partnerUsers, users } from '../schema';
import { scope } from '../scope';

/**
 * The caller an API key stands for, or null (unknown or revoked). One indexed statement that also
 * records the use (last_used_at, request_count), so a revoked key fails on its very next request.
 */
export async function authenticateApiKey(
  key: string,
): Promise<(PartnerCaller & { rateLimitPerMinute: number }) | null> {
  const db = await getDb();
  const [k] = await db
    .update(partnerApiKeys)
    .set({ lastUsedAt: sql`now()`, requestCount: sql`${partnerApiKeys.requestCount} + 1` })
    .from(partnerOrganisations)
    .where(
      and(
        eq(partnerApiKeys.secretHash, hashApiKey(key)),
        isNull(partnerApiKeys.revokedAt),
        eq(partnerOrganisations.id, partnerApiKeys.organisationId),
      ),
    )
    .returning({
      keyId: partnerApiKeys.id,
      keyPrefix: partnerApiKeys.prefix,
      scopes: partnerApiKeys.scopes,
      rateLimitPerMinute: partnerApiKeys.rateLimitPerMinute,
      organisationId: partnerOrganisations.id,
      organisationName: partnerOrganisations.name,
      organisationKind: partnerOrganisations.kind,
    });
  if (!k) return null;
  return {
    kind: 'partner',
    ...k,
    scopes: k.scopes as ApiScope[],
    organisationKind: k.organisationKind as PartnerKind,
  };
}

/** Admin: every partner organisation with its people (a handful each). */
export async function listPartnerOrganisations(actor: Actor) {
  scope(actor, 'admin');
  const db = await getDb();
  const orgs = await db
    .select()
    .from(partnerOrganisations)
    .orderBy(asc(sql`lower(${partnerOrganisations.name})`))
    .limit(500);
  const people = orgs.length
    ? await db
        .select({ organisationId: partnerUsers.organisationId, email: users.email, name: users.name })
        .from(partnerUsers)
        .innerJoin(users, eq(users.id, partnerUsers.userId))
        .where(
          inArray(
            partnerUsers.organisationId,
            orgs.map((o) => o.id),
          ),
        )
        .orderBy(asc(users.email))
    : [];
  return orgs.map((o) => ({ ...o, people: people.filter((p) => p.organisationId === o.id) }));
}

export async function getPartnerOrganisation(actor: Actor, id: string) {
  const all = await listPartnerOrganisations(actor);
  const o = all.find((x) => x.id === id);
  if (!o) throw new NotFoundError();
  return o;
}

/** The actor's partner organisation's keys, newest first, with the last seven days of use. */
export async function listMyApiKeys(actor: Actor) {
  const { organisationId } = scope(actor, 'partner');
  const db = await getDb();
  const keys = await db
    .select({
      id: partnerApiKeys.id,
      name: partnerApiKeys.name,
      prefix: partnerApiKeys.prefix,
      scopes: partnerApiKeys.scopes,
      rateLimitPerMinute: partnerApiKeys.rateLimitPerMinute,
      requestCount: partnerApiKeys.requestCount,
      lastUsedAt: partnerApiKeys.lastUsedAt,
      createdAt: partnerApiKeys.createdAt,
      revokedAt: partnerApiKeys.revokedAt,
    })
    .from(partnerApiKeys)
    .where(eq(partnerApiKeys.organisationId, organisationId))
    .orderBy(desc(partnerApiKeys.createdAt))
    .limit(200);
  const usage = keys.length
    ? await db
        .select()
        .from(partnerKeyUsage)
        .where(
          and(
            inArray(
              partnerKeyUsage.keyId,
              keys.map((k) => k.id),
            ),
            gte(partnerKeyUsage.day, sql`(now() at time zone 'utc')::date - 6`),
          ),
        )
    : [];
  return keys.map((k) => {
    const mine = usage.filter((u) => u.keyId === k.id);
    return {
      ...k,
      scopes: k.scopes as ApiScope[],
      last7Days: mine.reduce((a, u) => a + u.requests, 0),
      refused7Days: mine.reduce((a, u) => a + u.refused, 0),
    };
  });
}

export type MyApiKey = Awaited<ReturnType<typeof listMyApiKeys>>[number];
