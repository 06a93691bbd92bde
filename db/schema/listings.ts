import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ListingContent } from '@/lib/domain/listing-content';
import { LISTING_STATUSES } from '@/lib/domain/listing-status';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { helperOrganisations } from './teams';
import { users } from './users';

/**
 * A listing keeps two copies: `content` is what the seller edits (reviewed when it changes what
 * the product is), `published` is the approved copy the storefront shows. Price and stock are
 * applied at once. The storefront reads only the pub_* columns, so a pending change is never seen.
 */
export const listings = pgTable(
  'listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    status: text('status', { enum: LISTING_STATUSES }).notNull().default('draft'),
    content: jsonb('content').$type<ListingContent>().notNull(),
    published: jsonb('published').$type<ListingContent>(),
    priceUsdCents: integer('price_usd_cents').notNull(),
    stock: integer('stock').notNull().default(0),
    /** Copied from the business's application status: a suspended or rejected seller has no live listings. */
    sellerActive: boolean('seller_active').notNull().default(false),
    live: boolean('live').notNull().default(false),
    pubCategory: text('pub_category'),
    pubOriginState: text('pub_origin_state'),
    pubTitleZh: text('pub_title_zh'),
    pubSearch: text('pub_search'),
    /**
     * Every 1- and 2-character substring of pub_search that holds a non-ASCII (e.g. Chinese) character,
     * computed by the database (short_grams(), migration 0017). A search term of one or two Chinese
     * characters ("樱桃") has no trigram, so without this it walked every live listing (bench/STORE.md).
     */
    pubGrams: text('pub_grams')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`short_grams(pub_search)`),
    publishedAt: tstz('published_at'),
    /** When the listing was first approved (published_at moves with each approved change). */
    firstPublishedAt: tstz('first_published_at'),
    submittedAt: tstz('submitted_at'),
    version: integer('version').notNull().default(1),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('listings_slug_key').on(t.slug),
    index('listings_business_idx').on(t.businessId, t.updatedAt.desc(), t.id.desc()),
    // Storefront: live listings newest first, optionally by category and origin state.
    index('listings_store_idx')
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.live}`),
    index('listings_store_category_idx')
      .on(t.pubCategory, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.live}`),
    index('listings_store_state_idx')
      .on(t.pubOriginState, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.live}`),
    // Storefront search: substring match (LIKE '%term%') on the approved titles, served by trigrams for
    // rare terms (pg_trgm: CREATE EXTENSION in migration 0011; PGlite loads it in db/driver.ts).
    index('listings_store_search_idx')
      .using('gin', t.pubSearch.op('gin_trgm_ops'))
      .where(sql`${t.live}`),
    // …and terms of one or two Chinese characters, which make no trigram, by their own grams.
    index('listings_store_grams_idx')
      .using('gin', t.pubGrams)
      .where(sql`${t.live}`),
    // Review queue: oldest submission first.
    index('listings_review_idx').on(t.status, t.submittedAt, t.id),
    // Feed: incremental sync by (updated_at, id).
    index('listings_feed_idx').on(t.updatedAt, t.id),
    check('listings_status_check', sql`${t.status} in (${inList(LISTING_STATUSES)})`),
    check('listings_price_check', sql`${t.priceUsdCents} > 0`),
    check('listings_stock_check', sql`${t.stock} >= 0`),
  ],
);

export type Listing = typeof listings.$inferSelect;

export const listingPhotos = pgTable(
  'listing_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id').references(() => listings.id, { onDelete: 'cascade' }),
    storedName: text('stored_name').notNull(),
    thumbName: text('thumb_name').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('listing_photos_listing_idx').on(t.listingId, t.createdAt)],
);

export const listingEvents = pgTable(
  'listing_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id),
    /** Set when the actor acted as a helper organisation's staff for the business (lib/domain/team.ts). */
    helperOrganisationId: uuid('helper_organisation_id').references(() => helperOrganisations.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    message: text('message'),
    internalNote: text('internal_note'),
    /** The field-by-field change proposed or applied, as shown to the reviewer. */
    diff: jsonb('diff'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('listing_events_listing_idx').on(t.listingId, t.createdAt, t.id)],
);

/** USD→CNY rates an admin maintains; the newest effective one prices the storefront. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Millionths of a yuan per US dollar (7.1234 → 7123400). */
    usdCnyMicro: integer('usd_cny_micro').notNull(),
    effectiveOn: text('effective_on').notNull(),
    source: text('source').notNull(),
    setBy: uuid('set_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('exchange_rates_effective_idx').on(t.effectiveOn.desc(), t.createdAt.desc()),
    check('exchange_rates_positive', sql`${t.usdCnyMicro} > 0`),
  ],
);
