import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ChangeProvenance, RuleChange } from '@/lib/domain/rule-changes';
import type { RuleSet } from '@/lib/rules';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { users } from './users';

/**
 * The rule set in force, one row per version: the shipped reference data is the seed (a row whose
 * change_id is null), and each approved change adds the next version with the whole rule set it produced.
 * The newest row is what the app answers from; older rows are the history.
 */
export const ruleVersions = pgTable('rule_versions', {
  version: integer('version').primaryKey(),
  /** Version of the shipped reference data this row was built on. */
  seedVersion: text('seed_version').notNull(),
  changeId: uuid('change_id'),
  snapshot: jsonb('snapshot').$type<RuleSet>().notNull(),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

export const RULE_CHANGE_STATUSES = ['proposed', 'approved', 'rejected', 'withdrawn'] as const;
export type RuleChangeStatus = (typeof RULE_CHANGE_STATUSES)[number];

/** A change a rules editor proposed; a second staff member decides on it. */
export const ruleChanges = pgTable(
  'rule_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    change: jsonb('change').$type<RuleChange>().notNull(),
    provenance: jsonb('provenance').$type<ChangeProvenance>().notNull(),
    summary: text('summary').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    rationale: text('rationale').notNull(),
    status: text('status', { enum: RULE_CHANGE_STATUSES }).notNull().default('proposed'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: tstz('proposed_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: tstz('decided_at'),
    decisionNote: text('decision_note'),
    /** The rule version the change was proposed against, and the one its approval produced. */
    baseVersion: integer('base_version').notNull(),
    appliedVersion: integer('applied_version'),
  },
  (t) => [
    // Queue: oldest proposal first; history: newest decision first (both keyset-paginated).
    index('rule_changes_queue_idx').on(t.status, t.proposedAt, t.id),
    index('rule_changes_decided_idx')
      .on(t.decidedAt.desc(), t.id.desc())
      .where(sql`${t.decidedAt} is not null`),
    check('rule_changes_status_check', sql`${t.status} in (${inList(RULE_CHANGE_STATUSES)})`),
    check('rule_changes_decider_check', sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.proposedBy}`),
  ],
);

export type RuleChangeRow = typeof ruleChanges.$inferSelect;

export const RULE_QUESTION_STATUSES = ['open', 'answered'] as const;
export type RuleQuestionStatus = (typeof RULE_QUESTION_STATUSES)[number];

/**
 * "Ask us about this product": a seller meets a product the rules do not cover yet (not assessed, or not
 * in the catalogue) and asks; a rules editor answers, and the seller is told.
 */
export const ruleQuestions = pgTable(
  'rule_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    askedBy: uuid('asked_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The business the asker acted for, if any (shown to the rules editor). */
    businessId: uuid('business_id').references(() => businesses.id, { onDelete: 'set null' }),
    hs6: text('hs6').notNull(),
    product: text('product').notNull(),
    originState: text('origin_state').notNull(),
    /** null: every channel. */
    channel: text('channel'),
    details: text('details'),
    status: text('status', { enum: RULE_QUESTION_STATUSES }).notNull().default('open'),
    askedAt: tstz('asked_at').notNull().defaultNow(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: tstz('answered_at'),
  },
  (t) => [
    // The editors' queue (oldest open first) and the asker's list (newest first), both keyset-paginated.
    index('rule_questions_queue_idx').on(t.status, t.askedAt, t.id),
    index('rule_questions_asker_idx').on(t.askedBy, t.askedAt.desc(), t.id.desc()),
    // One open question per asker, product, origin and channel: asking twice is answered once.
    uniqueIndex('rule_questions_open_once_idx')
      .on(t.askedBy, t.hs6, t.originState, sql`coalesce(${t.channel}, '')`)
      .where(sql`${t.status} = 'open'`),
    check('rule_questions_status_check', sql`${t.status} in (${inList(RULE_QUESTION_STATUSES)})`),
    check('rule_questions_hs6_check', sql`${t.hs6} ~ '^[0-9]{6}$'`),
    check(
      'rule_questions_answer_check',
      sql`(${t.status} = 'open') = (${t.answer} is null and ${t.answeredBy} is null and ${t.answeredAt} is null)`,
    ),
  ],
);

export type RuleQuestionRow = typeof ruleQuestions.$inferSelect;
