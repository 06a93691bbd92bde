import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { APPLICATION_STATUSES } from '@/lib/domain/application-status';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { helperOrganisations } from './teams';
import { users } from './users';

/**
 * One application per business. The queue's filter and search columns (state, midwest, names, EIN,
 * owner e-mail, city) are copied here when the business step is saved, so the reviewer queue at a
 * million rows is one index scan on one table.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('draft'),
    categories: text('categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    channels: text('channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Asked when apparel is chosen: sells clothing for babies or children up to 14 (GB 31701). null = not asked. */
    childrensWear: boolean('childrens_wear'),
    /** Steps the applicant has saved at least once (1–5), for "Step 2 of 5" and resuming. */
    stepsDone: integer('steps_done')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    submittedAt: tstz('submitted_at'),
    firstSubmittedAt: tstz('first_submitted_at'),
    decidedAt: tstz('decided_at'),
    assignedTo: uuid('assigned_to').references(() => users.id),
    /** Bumped on every change; forms carry it so a stale page cannot overwrite a newer one. */
    version: integer('version').notNull().default(1),
    searchName: text('search_name').notNull().default(''),
    ein: text('ein'),
    ownerEmail: text('owner_email').notNull(),
    city: text('city'),
    state: text('state'),
    midwest: boolean('midwest').notNull().default(false),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_business_key').on(t.businessId),
    // Queue: oldest submission first. "Open" (submitted or in review) is the default view, so it gets
    // partial indexes whose order matches ORDER BY submitted_at, id; a single status uses the first.
    index('applications_queue_idx').on(t.status, t.submittedAt, t.id),
    index('applications_state_queue_idx').on(t.state, t.status, t.submittedAt, t.id),
    index('applications_open_queue_idx')
      .on(t.submittedAt, t.id)
      .where(sql`${t.status} in ('submitted', 'in_review')`),
    index('applications_open_state_idx')
      .on(t.state, t.submittedAt, t.id)
      .where(sql`${t.status} in ('submitted', 'in_review')`),
    index('applications_open_assignee_idx')
      .on(t.assignedTo, t.submittedAt, t.id)
      .where(sql`${t.status} in ('submitted', 'in_review')`),
    // No index on categories or channels: each value covers a quarter to a third of all applications, so
    // they are filters along the ordered scan. GIN indexes on them (there were) let the planner AND a
    // 250k-row bitmap into selective searches: 50–150 ms at 1M rows instead of 1–10 ms (bench/QUEUE.md).
    // Search: one index per branch of the OR (name prefix, exact EIN, e-mail prefix, city prefix). Leading
    // them with status (migration 0004) made the planner prefer bitmap heap scans that measured slower
    // at 1M rows for "search + assigned to me" and "search + state"; 0007 restores these (bench/QUEUE.md).
    index('applications_search_name_idx').using('btree', t.searchName.op('text_pattern_ops')),
    index('applications_ein_idx').on(t.ein),
    index('applications_owner_email_idx').using('btree', t.ownerEmail.op('text_pattern_ops')),
    index('applications_city_idx').using('btree', sql`lower(${t.city}) text_pattern_ops`),
    check('applications_status_check', sql`${t.status} in (${inList(APPLICATION_STATUSES)})`),
  ],
);

export type Application = typeof applications.$inferSelect;

/** Registrations the business holds (FDA, GACC, TTB, trademark …), one per requirement code. */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    number: text('number').notNull(),
    issuer: text('issuer').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('registrations_business_code_key').on(t.businessId, t.code),
    index('registrations_expiry_idx').on(t.expiresOn),
  ],
);

export type Registration = typeof registrations.$inferSelect;

export const DOCUMENT_STATUSES = ['pending_review', 'accepted', 'rejected', 'superseded'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Uploaded files: stored under a server-generated name, never the user's. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'cascade' }),
    requirementCode: text('requirement_code').notNull(),
    originalName: text('original_name').notNull(),
    storedName: text('stored_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull().default('pending_review'),
    reviewReason: text('review_reason'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: tstz('reviewed_at'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('documents_application_idx').on(t.applicationId, t.requirementCode, t.createdAt),
    index('documents_business_idx').on(t.businessId, t.createdAt),
    uniqueIndex('documents_stored_name_key').on(t.storedName),
    // The programme view's "documents most often rejected, with reasons": the latest rejections of one requirement.
    index('documents_rejections_idx')
      .on(t.requirementCode, t.reviewedAt.desc())
      .where(sql`${t.reviewReason} is not null`),
    check('documents_status_check', sql`${t.status} in (${inList(DOCUMENT_STATUSES)})`),
    check('documents_mime_check', sql`${t.mimeType} in ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')`),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;

/**
 * The timeline and the audit log are this one append-only table. `internalNote` is staff-only;
 * `message` is what the applicant reads.
 */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id),
    /** Set when the actor acted as a helper organisation's staff for the business (lib/domain/team.ts). */
    helperOrganisationId: uuid('helper_organisation_id').references(() => helperOrganisations.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reason: text('reason'),
    internalNote: text('internal_note'),
    message: text('message'),
    /** What the event is about, when narrower than the application: `document:<id>` or `field:<name>`. */
    subject: text('subject'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('application_events_timeline_idx').on(t.applicationId, t.createdAt, t.id)],
);

export type ApplicationEvent = typeof applicationEvents.$inferSelect;
