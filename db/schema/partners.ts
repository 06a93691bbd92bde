import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { API_SCOPES, PARTNER_KINDS } from '@/lib/domain/partners';
import { inList, tstz } from './columns';
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
