import 'server-only';
import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import type { RuleSet } from '@/lib/rules';
import { getDb } from '../client';
import { ruleChanges, ruleVersions, users, type RuleChangeStatus } from '../schema';
import { scope } from '../scope';
import { decodeCursor, encodeCursor, type Page } from '../pagination';

/** The newest rule set on record, or null before the first seeding. */
export async function getLatestRuleVersion(): Promise<{ version: number; seedVersion: string; rules: RuleSet } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ version: ruleVersions.version, seedVersion: ruleVersions.seedVersion, snapshot: ruleVersions.snapshot })
    .from(ruleVersions)
    .orderBy(desc(ruleVersions.version))
    .limit(1);
  return row ? { version: row.version, seedVersion: row.seedVersion, rules: row.snapshot } : null;
}

/** The newest version number only (a primary-key lookup), to notice a change whose announcement was lost. */
export async function getLatestRuleVersionNumber(): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .select({ version: ruleVersions.version })
    .from(ruleVersions)
    .orderBy(desc(ruleVersions.version))
    .limit(1);
  return row?.version ?? null;
}

/** Public history of the rule set: each version, what changed, from when, on which source. */
export interface RuleVersionEntry {
  version: number;
  rulesVersion: string;
  createdAt: Date;
  summary: string;
  effectiveFrom: string | null;
  sourceId: string | null;
}

const PAGE = 25;

/** Newest first, keyset by version (the primary key). */
export async function listRuleVersions(before?: number): Promise<Page<RuleVersionEntry>> {
  const db = await getDb();
  const rows = await db
    .select({
      version: ruleVersions.version,
      seedVersion: ruleVersions.seedVersion,
      createdAt: ruleVersions.createdAt,
      summary: ruleChanges.summary,
      effectiveFrom: ruleChanges.effectiveFrom,
      provenance: ruleChanges.provenance,
      rulesVersion: sql<string>`${ruleVersions.snapshot}->>'version'`,
    })
    .from(ruleVersions)
    .leftJoin(ruleChanges, eq(ruleChanges.id, ruleVersions.changeId))
    .where(before !== undefined ? lt(ruleVersions.version, before) : undefined)
    .orderBy(desc(ruleVersions.version))
    .limit(PAGE + 1);
  const page = rows.slice(0, PAGE).map((r) => ({
    version: r.version,
    rulesVersion: r.rulesVersion,
    createdAt: r.createdAt,
    summary: r.summary ?? `Shipped reference data ${r.seedVersion}, with every approved change re-applied`,
    effectiveFrom: r.effectiveFrom,
    sourceId: r.provenance?.sourceId ?? (r.provenance?.newSource ? 'new' : null),
  }));
  return { rows: page, nextCursor: rows.length > PAGE ? String(page.at(-1)!.version) : null };
}

function requireStaff(actor: Actor) {
  scope(actor, 'staff');
}

const proposer = alias(users, 'proposer');
const decider = alias(users, 'decider');
const changeColumns = {
  change: ruleChanges,
  proposerName: proposer.name,
  deciderName: decider.name,
};

/** Proposals waiting for a decision, oldest first (staff only). */
export async function listProposedRuleChanges(actor: Actor) {
  requireStaff(actor);
  const db = await getDb();
  return db
    .select(changeColumns)
    .from(ruleChanges)
    .innerJoin(proposer, eq(proposer.id, ruleChanges.proposedBy))
    .leftJoin(decider, eq(decider.id, ruleChanges.decidedBy))
    .where(eq(ruleChanges.status, 'proposed'))
    .orderBy(asc(ruleChanges.proposedAt), asc(ruleChanges.id))
    .limit(100);
}

/** Decided changes, newest decision first, keyset-paginated (staff only). */
export async function listDecidedRuleChanges(actor: Actor, cursor?: string) {
  requireStaff(actor);
  const db = await getDb();
  const after = decodeCursor(cursor, 2);
  const rows = await db
    .select(changeColumns)
    .from(ruleChanges)
    .innerJoin(proposer, eq(proposer.id, ruleChanges.proposedBy))
    .leftJoin(decider, eq(decider.id, ruleChanges.decidedBy))
    .where(
      and(
        sql`${ruleChanges.decidedAt} is not null`,
        after
          ? or(
              lt(ruleChanges.decidedAt, new Date(after[0])),
              and(eq(ruleChanges.decidedAt, new Date(after[0])), lt(ruleChanges.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(ruleChanges.decidedAt), desc(ruleChanges.id))
    .limit(PAGE + 1);
  const page = rows.slice(0, PAGE);
  const last = page.at(-1)?.change;
  return {
    rows: page,
    nextCursor: rows.length > PAGE && last ? encodeCursor([last.decidedAt!.toISOString(), last.id]) : null,
  };
}

export async function getRuleChange(actor: Actor, id: string) {
  requireStaff(actor);
  const db = await getDb();
  const [row] = await db
    .select(changeColumns)
    .from(ruleChanges)
    .innerJoin(proposer, eq(proposer.id, ruleChanges.proposedBy))
    .leftJoin(decider, eq(decider.id, ruleChanges.decidedBy))
    .where(eq(ruleChanges.id, id));
  if (!row) throw new NotFoundError();
  return row;
}

export type RuleChangeListRow = Awaited<ReturnType<typeof listProposedRuleChanges>>[number];
export type { RuleChangeStatus };
