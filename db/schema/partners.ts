import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  API_SCOPES,
  DESTINATION_KINDS,
  PARTNER_KINDS,
  PURCHASE_ORDER_STATUSES,
  STOREFRONT_STATUSES,
} from '@/lib/domain/partners';
import { SHIPMENT_FLOWS, TRANSPORT_MODES } from '@/lib/domain/shipment-status';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { listings } from './listings';
import { shipments } from './shipments';
import { users } from './users';

// Partner organisations call the API with keys; their people (ordinary accounts, users.role 'business',
// never staff) manage the keys at /partner. An admin creates the organisation and adds its people.

export const partnerOrganisations = pgTable(
  'partner_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partner_organisations_name_key').on(sql`lower(${t.name})`),
    check('partner_organisations_kind_check', sql`${t.kind} in (${inList(PARTNER_KINDS)})`),
  ],
);

export type PartnerOrganisation = typeof partnerOrganisations.$inferSelect;

/** People of a partner organisation; a person works for at most one. */
export const partnerUsers = pgTable(
  'partner_users',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => partnerOrganisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedBy: uuid('added_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), uniqueIndex('partner_users_user_key').on(t.userId)],
);

/**
 * An API key. The secret is shown once and only its SHA-256 is kept; `prefix` identifies the key in
 * lists. Revoking sets revoked_at, read on every request, so the next request with it fails.
 */
export const partnerApiKeys = pgTable(
  'partner_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => partnerOrganisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    rateLimitPerMinute: integer('rate_limit_per_minute').notNull(),
    requestCount: bigint('request_count', { mode: 'number' }).notNull().default(0),
    lastUsedAt: tstz('last_used_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
    /** The key this one replaced (rotation revokes the old one). */
    rotatedFrom: uuid('rotated_from'),
    revokedAt: tstz('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('partner_api_keys_secret_key').on(t.secretHash),
    uniqueIndex('partner_api_keys_prefix_key').on(t.prefix),
    index('partner_api_keys_organisation_idx').on(t.organisationId, t.createdAt.desc()),
    check('partner_api_keys_scopes_check', sql`${t.scopes} <@ array[${inList(API_SCOPES)}]::text[]`),
    check('partner_api_keys_rate_check', sql`${t.rateLimitPerMinute} between 1 and 100000`),
  ],
);

export type PartnerApiKey = typeof partnerApiKeys.$inferSelect;

/** Requests per key and UTC day, for the usage shown at /partner. */
export const partnerKeyUsage = pgTable(
  'partner_key_usage',
  {
    keyId: uuid('key_id')
      .notNull()
      .references(() => partnerApiKeys.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    requests: integer('requests').notNull().default(0),
    refused: integer('refused').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.day] })],
);

/**
 * What a storefront partner last reported about a listing it carries (received, live with its item id
 * and address, rejected with a reason, withdrawn). One row per partner and listing; each report is also
 * a listing event (the listing's timeline and audit log).
 */
export const storefrontListings = pgTable(
  'storefront_listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => partnerOrganisations.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    status: text('status', { enum: STOREFRONT_STATUSES }).notNull(),
    storefrontItemId: text('storefront_item_id'),
    storefrontUrl: text('storefront_url'),
    reason: text('reason'),
    /** When it went live (kept while it stays live through later reports). */
    liveSince: tstz('live_since'),
    reportedAt: tstz('reported_at').notNull().defaultNow(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('storefront_listings_key').on(t.organisationId, t.listingId),
    index('storefront_listings_listing_idx').on(t.listingId),
    check('storefront_listings_status_check', sql`${t.status} in (${inList(STOREFRONT_STATUSES)})`),
    check(
      'storefront_listings_live_check',
      sql`${t.status} <> 'live' or (${t.storefrontItemId} is not null and ${t.storefrontUrl} is not null)`,
    ),
    check('storefront_listings_rejected_check', sql`${t.status} <> 'rejected' or ${t.reason} is not null`),
  ],
);

export type StorefrontListing = typeof storefrontListings.$inferSelect;

/** A partner's (importer's) order for one seller's live listings; the seller accepts or declines it. */
export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => partnerOrganisations.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    /** The partner's own order number, if it sent one. */
    partnerReference: text('partner_reference'),
    status: text('status', { enum: PURCHASE_ORDER_STATUSES }).notNull().default('submitted'),
    channel: text('channel', { enum: SHIPMENT_FLOWS }).notNull(),
    mode: text('mode', { enum: TRANSPORT_MODES }).notNull(),
    incoterm: text('incoterm').notNull(),
    requestedDate: date('requested_date', { mode: 'string' }).notNull(),
    destinationKind: text('destination_kind', { enum: DESTINATION_KINDS }).notNull(),
    destination: text('destination').notNull(),
    buyerCity: text('buyer_city').notNull(),
    valueUsdCents: bigint('value_usd_cents', { mode: 'number' }).notNull(),
    declineReason: text('decline_reason'),
    shipmentId: uuid('shipment_id').references(() => shipments.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: tstz('decided_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('purchase_orders_reference_key').on(t.reference),
    index('purchase_orders_organisation_idx').on(t.organisationId, t.createdAt.desc(), t.id.desc()),
    index('purchase_orders_business_idx').on(t.businessId, t.createdAt.desc(), t.id.desc()),
    uniqueIndex('purchase_orders_shipment_key').on(t.shipmentId),
    check('purchase_orders_status_check', sql`${t.status} in (${inList(PURCHASE_ORDER_STATUSES)})`),
    check('purchase_orders_channel_check', sql`${t.channel} in (${inList(SHIPMENT_FLOWS)})`),
    check('purchase_orders_mode_check', sql`${t.mode} in (${inList(TRANSPORT_MODES)})`),
    check('purchase_orders_destination_check', sql`${t.destinationKind} in (${inList(DESTINATION_KINDS)})`),
    check(
      'purchase_orders_decision_check',
      sql`(${t.status} = 'submitted') = (${t.decidedAt} is null) and (${t.status} <> 'declined' or ${t.declineReason} is not null) and (${t.status} = 'accepted') = (${t.shipmentId} is not null)`,
    ),
  ],
);

export type PurchaseOrder = typeof purchaseOrders.$inferSelect;

export const purchaseOrderLines = pgTable(
  'purchase_order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id),
    title: text('title').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceUsdCents: integer('unit_price_usd_cents').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    index('purchase_order_lines_order_idx').on(t.purchaseOrderId, t.position),
    check('purchase_order_lines_quantity_check', sql`${t.quantity} > 0`),
  ],
);

export type PurchaseOrderLine = typeof purchaseOrderLines.$inferSelect;

/**
 * Idempotency-Key of every partner POST, per key: the first request's body hash and answer, replayed for
 * a retry with the same body; the same key with another body is refused (422). A row without an answer
 * is a request still running.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    apiKeyId: uuid('api_key_id')
      .notNull()
      .references(() => partnerApiKeys.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
