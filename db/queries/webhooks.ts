import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { webhookDeliveries, webhookEndpoints } from '../schema';
import { scope } from '../scope';

export type WebhookOwner = 'partner' | 'business' | 'staff';

/** The actor's endpoints: its partner's, the business it acts for (owner's members:manage), or staff's (admin). */
export function ownerScope(actor: Actor, owner: WebhookOwner) {
  if (owner === 'partner') {
    const { organisationId } = scope(actor, 'partner');
    return {
      kind: 'partner' as const,
      where: eq(webhookEndpoints.organisationId, organisationId),
      values: { organisationId },
    };
  }
  if (owner === 'business') {
    const { businessId } = scope(actor, 'members:manage');
    return { kind: 'business' as const, where: eq(webhookEndpoints.businessId, businessId), values: { businessId } };
  }
  scope(actor, 'admin');
  return { kind: 'staff' as const, where: eq(webhookEndpoints.ownerKind, 'staff'), values: {} };
}

export async function myEndpoint(actor: Actor, owner: WebhookOwner, id: string) {
  const o = ownerScope(actor, owner);
  const db = await getDb();
  const [e] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), o.where));
  if (!e) throw new NotFoundError();
  return e;
}

export async function listWebhookEndpoints(actor: Actor, owner: WebhookOwner) {
  const o = ownerScope(actor, owner);
  const db = await getDb();
  return db.select().from(webhookEndpoints).where(o.where).orderBy(desc(webhookEndpoints.createdAt)).limit(100);
}

/** The endpoint and its newest deliveries (webhook_deliveries_endpoint_idx). */
export async function getWebhookEndpoint(actor: Actor, owner: WebhookOwner, id: string, limit = 50) {
  const e = await myEndpoint(actor, owner, id);
  const db = await getDb();
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, id))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
  return { endpoint: e, deliveries };
}
