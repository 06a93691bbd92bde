import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { businesses } from './businesses';
import { tstz } from './columns';

/**
 * The programme view's rollups (docs/programme-rollups.md). Database triggers on the tables that hold
 * the truth (users, applications, listings, shipments, documents, application events, submit refusals)
 * append one signed delta per changed fact to `programme_deltas`, in the writer's own transaction; a job
 * folds them into `programme_cells` (programme_fold()). Readers sum cells and pending deltas, so every
 * figure is exact at the reader's snapshot whether or not the fold has run.
 *
 * A cell is one figure on one day for one (state, category, channel), where each of the three may be
 * '*' (all): a business selling wine and fruit counts once under '*' and once under each category, so a
 * filter on any combination reads exactly one row per day and nothing is counted twice.
 */
export const programmeCells = pgTable(
  'programme_cells',
  {
    metric: text('metric').notNull(),
    category: text('category').notNull(),
    channel: text('channel').notNull(),
    state: text('state').notNull(),
    /** UTC day; the Monday of the week for weekly histograms; -infinity for current totals. */
    day: date('day', { mode: 'string' }).notNull(),
    /** A sub-key: a histogram bucket, a reviewer id, a requirement code; '' when the metric has none. */
    k: text('k').notNull().default(''),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
    amount: bigint('amount', { mode: 'number' }).notNull().default(0),
  },
  // Every read fixes metric, category, channel and state (= or = ANY) and takes a day range.
  (t) => [primaryKey({ columns: [t.metric, t.category, t.channel, t.state, t.day, t.k] })],
);

/** Not yet folded: the dimensions as sets, expanded into cells (with '*') by the fold and by readers. */
export const programmeDeltas = pgTable('programme_deltas', {
  metric: text('metric').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  states: text('states').array().notNull(),
  categories: text('categories').array().notNull(),
  channels: text('channels').array().notNull(),
  k: text('k').notNull().default(''),
  n: integer('n').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull().default(0),
});

/**
 * Per-business facts that no single row holds, kept by the same triggers: counts of published and live
 * listings and delivered shipments (a business reaches "first listing live" when its count leaves 0,
 * which a row lock on this row makes exact under concurrent approvals) and the first staff action after
 * the first submission. No foreign key: a trigger may touch it while a business is being deleted.
 */
export const programmeBusinesses = pgTable('programme_businesses', {
  businessId: uuid('business_id').primaryKey(),
  firstTouchedAt: tstz('first_touched_at'),
  publishedListings: integer('published_listings').notNull().default(0),
  liveListings: integer('live_listings').notNull().default(0),
  deliveredShipments: integer('delivered_shipments').notNull().default(0),
});

/**
 * A press of "Submit" that was refused, with what was missing (requirement codes, or `email`,
 * `business_details`, `categories`, `channels`) and the application's state, categories and channels at
 * that moment: "what stops applicants at submit" for the programme view.
 */
export const submitRefusals = pgTable(
  'submit_refusals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    state: text('state'),
    categories: text('categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    channels: text('channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    missing: text('missing').array().notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('submit_refusals_application_idx').on(t.applicationId, t.createdAt)],
);
