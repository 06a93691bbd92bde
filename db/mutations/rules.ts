import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { createExportRules, type ExportRules } from '@/lib/domain/export-rules';
import {
  applyRuleChange,
  describeRuleChange,
  RuleChangeError,
  type ChangeProvenance,
  type RuleChange,
} from '@/lib/domain/rule-changes';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { log } from '@/lib/log';
import { SEED_RULES, type RuleSet } from '@/lib/rules';
import { announceStoreChange } from '@/lib/store';
import { getDb } from '../client';
import { getLatestRuleVersion } from '../queries/rules';
import { scope } from '../scope';
import { auditEvents, ruleChanges, ruleVersions, users } from '../schema';
import type { Tx } from '../pagination';

// Every write to the rule set takes this transaction-scoped lock, so versions increase one at a time
// across app instances (approvals and re-seeding never interleave).
const RULES_LOCK = 727_019;

/** The public rules version of database version `n`: the seed it was built on, then the number. */
export const rulesVersionOf = (seedVersion: string, n: number) => `${seedVersion}+${n}`;

/** "2026-03-18.2" is newer than "2026-03-18.1" and than "2025-…": date first, then the suffix number. */
export function isNewerSeed(candidate: string, than: string): boolean {
  const [d1 = '', n1 = '0'] = candidate.split('.');
  const [d2 = '', n2 = '0'] = than.split('.');
  return d1 !== d2 ? d1 > d2 : Number(n1) > Number(n2);
}

async function latestIn(tx: Tx) {
  const [row] = await tx
    .select({ version: ruleVersions.version, seedVersion: ruleVersions.seedVersion, snapshot: ruleVersions.snapshot })
    .from(ruleVersions)
    .orderBy(desc(ruleVersions.version))
    .limit(1);
  return row ?? null;
}

/**
 * The rule set in force, seeding it first when the database has none or was built on older shipped data:
 * the shipped reference data, with every approved change re-applied in order, becomes the next version.
 * A change that no longer applies to the new seed (e.g. the seed now holds the product) is skipped and logged.
 */
export async function ensureRulesSeeded(seed: RuleSet = SEED_RULES): Promise<{ version: number; rules: RuleSet }> {
  const current = await getLatestRuleVersion();
  if (current && !isNewerSeed(seed.version, current.seedVersion)) return current;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RULES_LOCK})`);
    const latest = await latestIn(tx);
    if (latest && !isNewerSeed(seed.version, latest.seedVersion))
      return { version: latest.version, rules: latest.snapshot };
    const n = (latest?.version ?? 0) + 1;
    let rules: RuleSet = { ...seed, version: rulesVersionOf(seed.version, n) };
    const approved = await tx
      .select({ id: ruleChanges.id, change: ruleChanges.change, provenance: ruleChanges.provenance })
      .from(ruleChanges)
      .where(eq(ruleChanges.status, 'approved'))
      .orderBy(asc(ruleChanges.appliedVersion));
    for (const c of approved) {
      try {
        rules = applyRuleChange(rules, c.change, c.provenance, rules.version);
      } catch (e) {
        log.warn('approved rule change no longer applies to the new reference data; skipped', { id: c.id, error: e });
      }
    }
    await tx.insert(ruleVersions).values({ version: n, seedVersion: seed.version, changeId: null, snapshot: rules });
    return { version: n, rules };
  });
}

/** Staff holding the rules editor permission, read in the same transaction; anyone else gets NotFound. */
export async function requireRulesEditor(tx: Tx, actor: Actor) {
  scope(actor, 'staff');
  const [u] = await tx.select({ rulesEditor: users.rulesEditor }).from(users).where(eq(users.id, actor.userId));
  if (!u?.rulesEditor) throw new NotFoundError();
}

function asDomainError(e: unknown): never {
  if (e instanceof RuleChangeError) throw new DomainError(e.message, e.field ? { [e.field]: e.message } : undefined);
  throw e;
}

/** A rules editor proposes a change; it is checked against the rules in force now and waits for a second editor. */
export async function proposeRuleChange(
  actor: Actor,
  input: { change: RuleChange; provenance: ChangeProvenance; rationale: string },
): Promise<{ id: string }> {
  const { version, rules } = await ensureRulesSeeded();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireRulesEditor(tx, actor);
    try {
      applyRuleChange(rules, input.change, input.provenance, rules.version);
    } catch (e) {
      asDomainError(e);
    }
    const [row] = await tx
      .insert(ruleChanges)
      .values({
        kind: input.change.kind,
        change: input.change,
        provenance: input.provenance,
        summary: describeRuleChange(input.change),
        effectiveFrom: input.provenance.effectiveFrom,
        rationale: input.rationale,
        proposedBy: actor.userId,
        baseVersion: version,
      })
      .returning({ id: ruleChanges.id });
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'rule_change',
      targetId: row!.id,
      action: 'propose',
      after: { change: input.change, provenance: input.provenance },
    });
    return { id: row!.id };
  });
}

/**
 * A second rules editor approves or rejects. Approval applies the change to the rules in force now (not the
 * ones it was proposed against) and stores the result as the next version, in one transaction.
 * A new version is announced to every instance after commit (their rules and storefront offers).
 */
export async function decideRuleChange(
  actor: Actor,
  id: string,
  decision: 'approve' | 'reject',
  note: string,
): Promise<{ version: number | null }> {
  await ensureRulesSeeded();
  const db = await getDb();
  const decided = await db.transaction(async (tx) => {
    await requireRulesEditor(tx, actor);
    await tx.execute(sql`select pg_advisory_xact_lock(${RULES_LOCK})`);
    const [c] = await tx.select().from(ruleChanges).where(eq(ruleChanges.id, id)).for('update');
    if (!c) throw new NotFoundError();
    if (c.status !== 'proposed') throw new ConflictError(`This change was already ${c.status}.`);
    if (c.proposedBy === actor.userId)
      throw new DomainError('You proposed this change: a second rules editor must decide on it.');
    if (decision === 'reject' && !note.trim())
      throw new DomainError('Say why the change is rejected.', { note: 'Reason is required to reject.' });
    let version: number | null = null;
    if (decision === 'approve') {
      const latest = await latestIn(tx);
      if (!latest) throw new ConflictError('The rules are not seeded yet; try again.');
      version = latest.version + 1;
      let rules: RuleSet;
      try {
        rules = applyRuleChange(latest.snapshot, c.change, c.provenance, rulesVersionOf(latest.seedVersion, version));
      } catch (e) {
        asDomainError(e);
      }
      await tx
        .insert(ruleVersions)
        .values({ version, seedVersion: latest.seedVersion, changeId: c.id, snapshot: rules });
    }
    await tx
      .update(ruleChanges)
      .set({
        status: decision === 'approve' ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionNote: note.trim() || null,
        appliedVersion: version,
      })
      .where(and(eq(ruleChanges.id, id), eq(ruleChanges.status, 'proposed')));
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'rule_change',
      targetId: id,
      action: decision,
      before: { status: 'proposed' },
      after: { status: decision === 'approve' ? 'approved' : 'rejected', version, note: note.trim() || null },
    });
    return { version };
  });
  if (decided.version !== null) announceStoreChange('rules');
  return decided;
}

/** The proposer takes a proposal back before anyone decided. */
export async function withdrawRuleChange(actor: Actor, id: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireRulesEditor(tx, actor);
    const [c] = await tx.select().from(ruleChanges).where(eq(ruleChanges.id, id)).for('update');
    if (!c || c.proposedBy !== actor.userId) throw new NotFoundError();
    if (c.status !== 'proposed') throw new ConflictError(`This change was already ${c.status}.`);
    await tx
      .update(ruleChanges)
      .set({ status: 'withdrawn', decidedBy: null, decidedAt: new Date() })
      .where(eq(ruleChanges.id, id));
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'rule_change',
      targetId: id,
      action: 'withdraw',
      before: { status: 'proposed' },
      after: { status: 'withdrawn' },
    });
  });
}

/** An admin grants or removes the rules editor permission of a staff member (audited). */
export async function setRulesEditor(actor: Actor, targetId: string, on: boolean): Promise<void> {
  scope(actor, 'admin');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [u] = await tx
      .select({ role: users.role, rulesEditor: users.rulesEditor })
      .from(users)
      .where(eq(users.id, targetId))
      .for('update');
    if (!u) throw new NotFoundError('User not found');
    if (on && u.role === 'business') throw new DomainError('Only staff (reviewers and admins) can edit the rules.');
    if (u.rulesEditor === on) return;
    await tx.update(users).set({ rulesEditor: on, updatedAt: new Date() }).where(eq(users.id, targetId));
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'user',
      targetId,
      action: on ? 'grant_rules_editor' : 'revoke_rules_editor',
      before: { rulesEditor: u.rulesEditor },
      after: { rulesEditor: on },
    });
  });
}

/** The engine over the rules in force, and their database version (uncached: lib/rules-cache.ts keeps one). */
export async function loadExportRules(): Promise<ExportRules & { dbVersion: number }> {
  const { version, rules } = await ensureRulesSeeded();
  return Object.assign(createExportRules(rules), { dbVersion: version });
}
