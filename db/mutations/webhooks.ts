import 'server-only';
import { and, arrayContains, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import {
  DISABLE_AFTER_FAILING_SECONDS,
  EVENTS_FOR,
  isSuccess,
  retryAfterSeconds,
  SECRET_OVERLAP_SECONDS,
  type WebhookEventType,
  type WebhookOwnerKind,
} from '@/lib/domain/webhooks';
import { DomainError, NotFoundError } from '@/lib/errors';
import { newMessageId, newWebhookSecret, webhookHeaders } from '@/lib/webhooks/signature';
import type { SendResult } from '@/lib/webhooks/send';
import { webhookUrlProblem } from '@/lib/webhooks/ssrf';
import type { Db } from '../client';
import { getDb } from '../client';
import { auditEvents, webhookDeliveries, webhookEndpoints, type WebhookEndpoint } from '../schema';
import { myEndpoint, ownerScope, type WebhookOwner } from '../queries/webhooks';
import { notifyBusiness, notifyPartner, notifyStaff } from './notify';
import type { Tx } from '../pagination';

// Webhooks (Standard Webhooks 1.0): endpoints owned by a partner, a business or the portal's staff;
// deliveries queued in the transaction of the event they tell about; a worker (lib/webhooks/worker.ts)
// sends them signed, retrying on the schedule of lib/domain/webhooks.ts.

/** Who an event goes to: every partner (the catalogue's events), some partners, some businesses, staff. */
export interface Recipients {
  partners?: 'all' | readonly string[];
  businesses?: readonly string[];
  staff?: boolean;
}

/**
 * Queues the event for every active endpoint of its recipients subscribed to its type, in the caller's
 * transaction. One message id for all of them (receivers de-duplicate on it). Returns how many.
 */
export async function enqueueWebhookEvent(
  tx: Tx | Db,
  type: WebhookEventType,
  data: Record<string, unknown>,
  to: Recipients,
): Promise<number> {
  const owners: SQL[] = [];
  if (to.partners === 'all') owners.push(eq(webhookEndpoints.ownerKind, 'partner'));
  else if (to.partners?.length) owners.push(inArray(webhookEndpoints.organisationId, [...to.partners]));
  if (to.businesses?.length) owners.push(inArray(webhookEndpoints.businessId, [...to.businesses]));
  if (to.staff) owners.push(eq(webhookEndpoints.ownerKind, 'staff'));
  if (!owners.length) return 0;
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(isNull(webhookEndpoints.disabledAt), arrayContains(webhookEndpoints.events, [type]), or(...owners)));
  if (!endpoints.length) return 0;
  const messageId = newMessageId();
  const payload = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
  await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((e) => ({ endpointId: e.id, messageId, eventType: type, payload })));
  return endpoints.length;
}

export interface EndpointInput {
  url: string;
  events: WebhookEventType[];
  description?: string;
}

export async function createWebhookEndpoint(
  actor: Actor,
  owner: WebhookOwner,
  input: EndpointInput,
  allowLoopback: boolean,
) {
  const o = ownerScope(actor, owner);
  const problem = webhookUrlProblem(input.url, allowLoopback);
  if (problem) throw new DomainError(problem, { url: problem });
  const allowed = EVENTS_FOR[o.kind as WebhookOwnerKind];
  const wrong = input.events.find((e) => !allowed.includes(e));
  if (wrong)
    throw new DomainError(`${wrong} is not an event you can subscribe to.`, { events: `Not for you: ${wrong}.` });
  const db = await getDb();
  const [e] = await db
    .insert(webhookEndpoints)
    .values({
      ownerKind: o.kind,
      ...o.values,
      url: input.url,
      description: input.description ?? null,
      events: [...new Set(input.events)],
      secret: newWebhookSecret(),
      createdBy: actor.userId,
    })
    .returning();
  await db.insert(auditEvents).values({
    actorId: actor.userId,
    targetType: 'webhook_endpoint',
    targetId: e!.id,
    action: 'create',
    after: { url: input.url, events: input.events, owner: o.kind },
  });
  return e!;
}

/** A new secret; the old one keeps signing (both signatures sent) for the overlap, so receivers can switch. */
export async function rotateWebhookSecret(actor: Actor, owner: WebhookOwner, id: string) {
  const e = await myEndpoint(actor, owner, id);
  const db = await getDb();
  await db
    .update(webhookEndpoints)
    .set({
      secret: newWebhookSecret(),
      previousSecret: e.secret,
      previousSecretUntil: sql`now() + make_interval(secs => ${SECRET_OVERLAP_SECONDS})`,
    })
    .where(eq(webhookEndpoints.id, e.id));
  await db
    .insert(auditEvents)
    .values({ actorId: actor.userId, targetType: 'webhook_endpoint', targetId: e.id, action: 'rotate_secret' });
}

/** Turns a disabled endpoint back on (its failed deliveries stay failed: send them again one by one). */
export async function enableWebhookEndpoint(actor: Actor, owner: WebhookOwner, id: string) {
  const e = await myEndpoint(actor, owner, id);
  const db = await getDb();
  await db
    .update(webhookEndpoints)
    .set({ disabledAt: null, disabledReason: null, failingSince: null })
    .where(eq(webhookEndpoints.id, e.id));
}

export async function deleteWebhookEndpoint(actor: Actor, owner: WebhookOwner, id: string) {
  const e = await myEndpoint(actor, owner, id);
  const db = await getDb();
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, e.id));
  await db
    .insert(auditEvents)
    .values({ actorId: actor.userId, targetType: 'webhook_endpoint', targetId: e.id, action: 'delete' });
}

/** "Send again": the same message (same webhook-id and body) queued anew, with its own attempts. */
export async function resendWebhookDelivery(actor: Actor, owner: WebhookOwner, deliveryId: string) {
  const o = ownerScope(actor, owner);
  const db = await getDb();
  const [d] = await db
    .select({ delivery: webhookDeliveries })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.id, deliveryId), o.where));
  if (!d) throw new NotFoundError();
  const [n] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: d.delivery.endpointId,
      messageId: d.delivery.messageId,
      eventType: d.delivery.eventType,
      payload: d.delivery.payload,
    })
    .returning({ id: webhookDeliveries.id });
  return n!;
}

/** A `webhook.test` message to one endpoint, whatever it subscribes to. */
export async function sendTestWebhook(actor: Actor, owner: WebhookOwner, endpointId: string) {
  const e = await myEndpoint(actor, owner, endpointId);
  const db = await getDb();
  const [n] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: e.id,
      messageId: newMessageId(),
      eventType: 'webhook.test',
      payload: JSON.stringify({
        type: 'webhook.test',
        timestamp: new Date().toISOString(),
        data: { message: 'A test event from Heartland Gateway.' },
      }),
    })
    .returning({ id: webhookDeliveries.id });
  return n!;
}

const LEASE_SECONDS = 60;

export type Sender = (url: string, headers: Record<string, string>, body: string) => Promise<SendResult>;

/**
 * Claims due deliveries (SKIP LOCKED: several instances never send one twice; a claim leases the row
 * for a minute in case this process dies mid-send), sends each signed, and records the outcome: success,
 * a retry on the schedule, or failure after the last attempt. An endpoint with no success for three
 * days is disabled and its owner told.
 */
export async function deliverDueWebhooks(db: Db, send: Sender, limit = 20) {
  const claimed = await db.transaction(async (tx) => {
    const due = tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, sql`now()`)))
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    return tx
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      })
      .where(inArray(webhookDeliveries.id, due))
      .returning();
  });
  if (!claimed.length) return { claimed: 0, delivered: 0, failed: 0 };
  const endpoints = new Map(
    (
      await db
        .select()
        .from(webhookEndpoints)
        .where(
          inArray(
            webhookEndpoints.id,
            claimed.map((d) => d.endpointId),
          ),
        )
    ).map((e) => [e.id, e]),
  );
  let delivered = 0;
  let failed = 0;
  for (const d of claimed) {
    const e = endpoints.get(d.endpointId)!;
    let r: SendResult;
    if (e.disabledAt) r = { status: null, error: 'The endpoint is disabled.', durationMs: 0 };
    else {
      const now = new Date();
      const secrets = [e.secret];
      if (e.previousSecret && e.previousSecretUntil && e.previousSecretUntil > now) secrets.push(e.previousSecret);
      const headers = webhookHeaders(secrets, d.messageId, Math.floor(now.getTime() / 1000), d.payload);
      r = await send(e.url, headers, d.payload);
    }
    const outcome = {
      lastAttemptAt: new Date(),
      lastStatusCode: r.status,
      lastError: r.error ?? (r.status !== null && !isSuccess(r.status) ? `HTTP ${r.status}` : null),
      lastDurationMs: r.durationMs,
    };
    if (r.status !== null && isSuccess(r.status)) {
      delivered++;
      await db.transaction(async (tx) => {
        await tx
          .update(webhookDeliveries)
          .set({ ...outcome, status: 'delivered', deliveredAt: new Date() })
          .where(eq(webhookDeliveries.id, d.id));
        await tx.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, e.id));
      });
      continue;
    }
    failed++;
    const after = e.disabledAt ? null : retryAfterSeconds(d.attempts);
    await db.transaction(async (tx) => {
      await tx
        .update(webhookDeliveries)
        .set({
          ...outcome,
          status: after === null ? 'failed' : 'pending',
          nextAttemptAt: after === null ? sql`now()` : sql`now() + make_interval(secs => ${after})`,
        })
        .where(eq(webhookDeliveries.id, d.id));
      if (e.disabledAt) return;
      const [ep] = await tx
        .update(webhookEndpoints)
        .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())` })
        .where(eq(webhookEndpoints.id, e.id))
        .returning({ failingSince: webhookEndpoints.failingSince });
      const sustained = ep!.failingSince!.getTime() <= Date.now() - DISABLE_AFTER_FAILING_SECONDS * 1000;
      if (after === null || sustained) await disableEndpoint(tx, e, outcome.lastError ?? 'no answer');
    });
  }
  return { claimed: claimed.length, delivered, failed };
}

async function disableEndpoint(tx: Tx, e: WebhookEndpoint, lastError: string) {
  const reason = `No delivery succeeded for three days (last: ${lastError}).`;
  const [off] = await tx
    .update(webhookEndpoints)
    .set({ disabledAt: new Date(), disabledReason: reason })
    .where(and(eq(webhookEndpoints.id, e.id), isNull(webhookEndpoints.disabledAt)))
    .returning({ id: webhookEndpoints.id });
  if (!off) return;
  const notice = {
    title: `Webhook endpoint disabled: ${e.url}`,
    lines: [
      `We stopped sending to ${e.url}: ${reason}`,
      'Fix the receiver, turn the endpoint back on, and send the failed deliveries again from its log.',
    ],
    path:
      e.ownerKind === 'partner'
        ? `/partner/webhooks/${e.id}`
        : e.ownerKind === 'business'
          ? `/webhooks/${e.id}`
          : '/admin',
    actionLabel: 'Open the endpoint',
  };
  if (e.ownerKind === 'partner' && e.organisationId) await notifyPartner(tx, e.organisationId, notice);
  else if (e.ownerKind === 'business' && e.businessId) await notifyBusiness(tx, e.businessId, 'members:manage', notice);
  else await notifyStaff(tx, notice);
}
