import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ChangeProvenance, RuleChange } from '@/lib/domain/rule-changes';
import type { RuleSet } from '@/lib/rules';
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
