import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SHIPMENT_FLOWS, SHIPMENT_STATUSES, TRANSPORT_MODES } from '@/lib/domain/shipment-status';
import { registrations } from './applications';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { listings } from './listings';
import { helperOrganisations } from './teams';
import { users } from './users';

/**
 * An export shipment. `status`, `status_entered_at` and `held_from` are the fold of its events
 * (lib/domain/shipment-status currentStatus), written in the same transaction as each event so the
 * admin list and the stuck list are index scans. Origin states and categories are copied from the
 * lines for the admin filters.
 */
export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    channel: text('channel', { enum: SHIPMENT_FLOWS }).notNull(),
    buyerName: text('buyer_name').notNull(),
    buyerCity: text('buyer_city').notNull(),
    destination: text('destination').notNull(),
    incoterm: text('incoterm').notNull(),
    carrier: text('carrier').notNull(),
    mode: text('mode', { enum: TRANSPORT_MODES }).notNull(),
    valueUsdCents: bigint('value_usd_cents', { mode: 'number' }).notNull(),
    eeiRequired: boolean('eei_required').notNull(),
    status: text('status', { enum: SHIPMENT_STATUSES }).notNull().default('draft'),
    statusEnteredAt: tstz('status_entered_at').notNull().defaultNow(),
    heldFrom: text('held_from'),
    originStates: text('origin_states')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    categories: text('categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The admin filters' values as tokens, one GIN index for all of them: `f:<channel>`, `s:<state>`,
     * `c:<category>` and every pair of them (`f:cbec_direct/c:fresh_fruit`, `s:MI/c:wine`, …), computed by
     * the database (shipment_facets(), migration 0016). A pair's own statistics tell the planner and
     * listShipments when two filters together match few rows, which independent columns cannot
     * (lib/domain/shipment-facets.ts).
     */
    facets: text('facets')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`shipment_facets(channel, origin_states, categories)`),
    /** Lower-cased reference, for prefix search. */
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shipments_reference_key').on(t.reference),
    index('shipments_business_idx').on(t.businessId, t.createdAt.desc(), t.id.desc()),
    // Admin list: longest in its status first, keyset on (status_entered_at, id); the stuck list reads
    // (status, status_entered_at < cutoff) per status.
    index('shipments_admin_idx').on(t.statusEnteredAt, t.id),
    index('shipments_status_idx').on(t.status, t.statusEnteredAt, t.id),
    // Status + carrier: open statuses are recent, so walking a carrier's whole history (oldest first) for
    // today's "shipped" rows took 0.3 s at 2M shipments (bench/SHIPMENTS.md); this range is exact.
    index('shipments_status_carrier_idx').on(t.status, t.carrier, t.statusEnteredAt, t.id),
    index('shipments_channel_idx').on(t.channel, t.statusEnteredAt, t.id),
    index('shipments_carrier_idx').on(t.carrier, t.statusEnteredAt, t.id),
    // Filters that together match few or no shipments: a bitmap of the matching rows, sorted, instead of
    // walking the whole list order (listShipments picks this path from the facets' statistics).
    index('shipments_facets_idx').using('gin', t.facets),
    // Searches are answered in these indexes' own order (lib/domain/shipment-search.ts): a reference
    // prefix newest first (read backwards), a buyer-name prefix A–Z then newest reference. Ordered by time
    // in status instead, a month's reference prefix took 6 s at 2M shipments (bench/SHIPMENTS.md).
    index('shipments_search_idx').using('btree', t.searchText.op('text_pattern_ops'), t.id),
    index('shipments_buyer_idx').using(
      'btree',
      sql`lower(${t.buyerName}) text_pattern_ops`,
      sql`${t.searchText} text_pattern_ops desc`,
      sql`${t.id} desc`,
    ),
    check('shipments_status_check', sql`${t.status} in (${inList(SHIPMENT_STATUSES)})`),
    check('shipments_channel_check', sql`${t.channel} in (${inList(SHIPMENT_FLOWS)})`),
    check('shipments_mode_check', sql`${t.mode} in (${inList(TRANSPORT_MODES)})`),
    check('shipments_value_check', sql`${t.valueUsdCents} >= 0`),
  ],
);

export type Shipment = typeof shipments.$inferSelect;

export const shipmentLines = pgTable(
  'shipment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id),
    title: text('title').notNull(),
    quantity: integer('quantity').notNull(),
    valueUsdCents: bigint('value_usd_cents', { mode: 'number' }).notNull(),
    hs6: text('hs6').notNull(),
    originState: text('origin_state').notNull(),
    category: text('category').notNull(),
    /** Copied from the listing: children's wear brings in GB 31701 for this shipment. */
    childrensWear: boolean('childrens_wear').notNull().default(false),
    position: integer('position').notNull(),
  },
  (t) => [
    index('shipment_lines_shipment_idx').on(t.shipmentId, t.position),
    check('shipment_lines_quantity_check', sql`${t.quantity} > 0`),
  ],
);

export type ShipmentLine = typeof shipmentLines.$inferSelect;

export const SHIPMENT_DOCUMENT_STATES = ['missing', 'uploaded', 'not_applicable'] as const;
export type ShipmentDocumentState = (typeof SHIPMENT_DOCUMENT_STATES)[number];

/** One row per required document code; the file fields follow the `documents` table. */
export const shipmentDocuments = pgTable(
  'shipment_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    state: text('state', { enum: SHIPMENT_DOCUMENT_STATES }).notNull().default('missing'),
    originalName: text('original_name'),
    storedName: text('stored_name'),
    mimeType: text('mime_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    sha256: text('sha256'),
    issueDate: date('issue_date', { mode: 'string' }),
    expiryDate: date('expiry_date', { mode: 'string' }),
    naReason: text('na_reason'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shipment_documents_code_key').on(t.shipmentId, t.code),
    uniqueIndex('shipment_documents_stored_name_key').on(t.storedName),
    index('shipment_documents_expiry_idx').on(t.expiryDate),
    check('shipment_documents_state_check', sql`${t.state} in (${inList(SHIPMENT_DOCUMENT_STATES)})`),
  ],
);

export type ShipmentDocumentRow = typeof shipmentDocuments.$inferSelect;

export const SHIPMENT_EVENT_KINDS = ['milestone', 'exception', 'release', 'correction', 'note'] as const;
export type ShipmentEventKind = (typeof SHIPMENT_EVENT_KINDS)[number];
export const EVENT_VISIBILITY = ['seller', 'internal'] as const;

export interface ShipmentEvidence {
  itn?: string;
  eeiExemption?: string;
  carrier?: string;
  transportNumber?: string;
  trackingNumber?: string;
}

/** Append-only (trigger shipment_events_append_only): the timeline and the audit log. */
export const shipmentEvents = pgTable(
  'shipment_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SHIPMENT_EVENT_KINDS }).notNull(),
    status: text('status'),
    reason: text('reason'),
    note: text('note'),
    visibility: text('visibility', { enum: EVENT_VISIBILITY }).notNull().default('seller'),
    evidence: jsonb('evidence').$type<ShipmentEvidence>().notNull().default({}),
    corrects: uuid('corrects'),
    place: text('place'),
    actorId: uuid('actor_id').references(() => users.id),
    /** Set when the actor acted as a helper organisation's staff for the business (lib/domain/team.ts). */
    helperOrganisationId: uuid('helper_organisation_id').references(() => helperOrganisations.id),
    occurredAt: tstz('occurred_at').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('shipment_events_timeline_idx').on(t.shipmentId, t.createdAt, t.id),
    check('shipment_events_kind_check', sql`${t.kind} in (${inList(SHIPMENT_EVENT_KINDS)})`),
    check('shipment_events_visibility_check', sql`${t.visibility} in (${inList(EVENT_VISIBILITY)})`),
  ],
);

export type ShipmentEventRow = typeof shipmentEvents.$inferSelect;

/**
 * One row per (registration or shipment document, reminder): the unique keys make "once each" hold
 * under concurrent runs. Exactly one of registration_id and shipment_document_id is set.
 */
export const expiryReminders = pgTable(
  'expiry_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'cascade' }),
    shipmentDocumentId: uuid('shipment_document_id').references(() => shipmentDocuments.id, { onDelete: 'cascade' }),
    daysBefore: integer('days_before').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    skipped: boolean('skipped').notNull().default(false),
    sentAt: tstz('sent_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('expiry_reminders_key').on(t.registrationId, t.daysBefore, t.expiresOn),
    uniqueIndex('expiry_reminders_document_key').on(t.shipmentDocumentId, t.daysBefore, t.expiresOn),
    // The reminder job reads what was already sent for everything expiring within the next 90 days.
    index('expiry_reminders_expires_idx').on(t.expiresOn),
    check('expiry_reminders_subject_check', sql`num_nonnulls(${t.registrationId}, ${t.shipmentDocumentId}) = 1`),
  ],
);
