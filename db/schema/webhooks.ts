import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, WEBHOOK_OWNER_KINDS } from '@/lib/domain/webhooks';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { partnerOrganisations } from './partners';
import { users } from './users';

/**
 * A webhook endpoint of a partner, of a business (its own events), or of the portal's staff
 * (integrations for applications). The secret signs every delivery (Standard Webhooks); it is kept in
 * clear because signing needs it. During a rotation the previous secret signs too, until
 * previous_secret_until.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerKind: text('owner_kind', { enum: WEBHOOK_OWNER_KINDS }).notNull(),
    organisationId: uuid('organisation_id').references(() => partnerOrganisations.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id').references(() => businesses.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description'),
    events: text('events').array().notNull(),
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretUntil: tstz('previous_secret_until'),
    disabledAt: tstz('disabled_at'),
    disabledReason: text('disabled_reason'),
    /** First failure since the last success; cleared by a success. */
    failingSince: tstz('failing_since'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('webhook_endpoints_organisation_idx').on(t.organisationId),
    index('webhook_endpoints_business_idx').on(t.businessId),
    check('webhook_endpoints_owner_kind_check', sql`${t.ownerKind} in (${inList(WEBHOOK_OWNER_KINDS)})`),
    check(
      'webhook_endpoints_owner_check',
      sql`(${t.ownerKind} = 'partner') = (${t.organisationId} is not null) and (${t.ownerKind} = 'business') = (${t.businessId} is not null)`,
    ),
    check('webhook_endpoints_events_check', sql`${t.events} <@ array[${inList(WEBHOOK_EVENT_TYPES)}]::text[]`),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;

/**
 * One message to one endpoint: a durable queue row written in the same transaction as the event it
 * tells about, so an event that commits is delivered and one that rolls back never is. `message_id`
 * (webhook-id) and `payload` stay the same across retries; the last attempt's outcome is kept here.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: text('payload').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tstz('next_attempt_at').notNull().defaultNow(),
    lastAttemptAt: tstz('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastDurationMs: integer('last_duration_ms'),
    deliveredAt: tstz('delivered_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // The worker's claim: due pending deliveries, oldest due first.
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    // An endpoint's delivery log, newest first.
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt.desc(), t.id.desc()),
    check('webhook_deliveries_status_check', sql`${t.status} in (${inList(DELIVERY_STATUSES)})`),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
