import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { getRules } from '@/lib/rules-cache';
import { handleInvalidation } from '@/lib/store/notify';
import { SEED_RULES } from '@/lib/rules';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { getLatestRuleVersion, listDecidedRuleChanges, listRuleVersions } from '../queries/rules';
import { auditEvents, ruleChanges, ruleVersions, users } from '../schema';
import {
  decideRuleChange,
  ensureRulesSeeded,
  isNewerSeed,
  loadExportRules,
  proposeRuleChange,
  setRulesEditor,
  withdrawRuleChange,
} from './rules';

// Rules staff can maintain: the shipped data seeds the database, a rules editor proposes a dated, sourced
// change, a second editor approves it, the version increments, and answers for earlier dates do not change.

setTestEnv({ uploads: 'rules-uploads' });
const { conn } = withTestDatabase();

async function staff(email: string, role: Actor['role'], rulesEditor = false): Promise<Actor> {
  const [u] = await conn()
    .db.insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, rulesEditor, emailVerifiedAt: new Date() })
    .returning();
  return actorOf(u!.id);
}

let admin: Actor;
let alice: Actor; // rules editor
let bob: Actor; // rules editor
let carol: Actor; // reviewer without the permission
let owner: Actor; // a business user

const merinoMfn = (rate: string, effectiveFrom: string) => ({
  change: { kind: 'mfn_rate' as const, hs6: '611011', rate },
  provenance: { effectiveFrom, sourceId: 'S66' },
  rationale: 'Tariff database lists 611011 at this rate.',
});

beforeAll(async () => {
  admin = await staff('admin@heartland.example', 'admin');
  alice = await staff('alice@heartland.example', 'reviewer', true);
  bob = await staff('bob@heartland.example', 'admin', true);
  carol = await staff('carol@heartland.example', 'reviewer');
  owner = await staff('owner@example.com', 'business');
});

describe('seeding', () => {
  it('the shipped reference data becomes version 1 once; a newer shipped seed re-applies approved changes', async () => {
    expect(await getLatestRuleVersion()).toBeNull();
    const first = await ensureRulesSeeded();
    expect(first.version).toBe(1);
    expect(first.rules.version).toBe(`${SEED_RULES.version}+1`);
    expect((await ensureRulesSeeded()).version).toBe(1);
    expect(isNewerSeed('2026-03-18.10', '2026-03-18.9')).toBe(true);
    expect(isNewerSeed('2026-03-18.2', '2027-01-01.1')).toBe(false);
  });
});

describe('proposing and deciding', () => {
  it('only rules editors propose; a business user is told nothing exists', async () => {
    await expect(proposeRuleChange(carol, merinoMfn('0.12', '2027-01-01'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeRuleChange(owner, merinoMfn('0.12', '2027-01-01'))).rejects.toBeInstanceOf(NotFoundError);
    expect((await conn().db.select().from(ruleChanges)).length).toBe(0);
  });

  it('a change that cannot apply is refused with the field named, and nothing is stored', async () => {
    const e = await proposeRuleChange(alice, {
      ...merinoMfn('0.12', '2027-01-01'),
      change: { kind: 'mfn_rate', hs6: '999999', rate: '0.12' },
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).fieldErrors).toEqual({
      hs6: 'HS 999999 is not in the catalogue; add the product first.',
    });
    expect((await conn().db.select().from(ruleChanges)).length).toBe(0);
  });

  it('two people: the proposer cannot approve, a second editor can; the version increments; past dates keep what was in force', async () => {
    const { id } = await proposeRuleChange(alice, merinoMfn('0.12', '2027-01-01'));
    await expect(decideRuleChange(alice, id, 'approve', '')).rejects.toThrow(/second rules editor/);
    await expect(decideRuleChange(carol, id, 'approve', '')).rejects.toBeInstanceOf(NotFoundError);
    // The database refuses it too.
    await expect(
      conn().db.execute(sql`update rule_changes set decided_by = proposed_by where id = ${id}`),
    ).rejects.toThrow();

    expect(await decideRuleChange(bob, id, 'approve', 'Checked against the tariff schedule.')).toEqual({ version: 2 });
    await expect(decideRuleChange(bob, id, 'approve', '')).rejects.toBeInstanceOf(ConflictError);

    const engine = await loadExportRules();
    expect(engine.version).toBe(`${SEED_RULES.version}+2`);
    const mfnNote = (date: string) =>
      engine
        .checkExport({ hs: '611011', state: 'WI', channel: 'general_trade', priceCny: 1000, date })
        .results[0]!.tax!.notes.find((n) => n.startsWith('MFN tariff'));
    expect(mfnNote('2026-12-31')).toBeUndefined(); // still UNVERIFIED then: no MFN figure
    expect(mfnNote('2027-01-01')).toBe('MFN tariff 12% (S66).');

    const audit = await conn().db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(['approve', 'propose']);
    expect((await listDecidedRuleChanges(bob)).rows[0]?.change).toMatchObject({
      id,
      status: 'approved',
      appliedVersion: 2,
      decidedBy: bob.userId,
    });
    const history = await listRuleVersions();
    expect(history.rows.map((r) => r.version)).toEqual([2, 1]);
    expect(history.rows[0]).toMatchObject({ summary: 'HS 611011: China MFN tariff 12%', effectiveFrom: '2027-01-01' });
  });

  it('rejecting needs a reason; the proposer may withdraw; no version is added', async () => {
    const { id } = await proposeRuleChange(bob, {
      change: { kind: 'fruit_access_state', hs6: '080929', state: 'MI', treatment: true },
      provenance: {
        effectiveFrom: '2027-06-01',
        newSource: {
          title: 'GACC announcement (example)',
          url: 'https://www.customs.gov.cn/',
          kind: 'primary',
          date: null,
        },
      },
      rationale: 'Protocol signed.',
    });
    await expect(decideRuleChange(alice, id, 'reject', '  ')).rejects.toThrow(/Say why/);
    expect(await decideRuleChange(alice, id, 'reject', 'No protocol text yet.')).toEqual({ version: null });
    const other = await proposeRuleChange(bob, merinoMfn('0.10', '2028-01-01'));
    await expect(withdrawRuleChange(alice, other.id)).rejects.toBeInstanceOf(NotFoundError);
    await withdrawRuleChange(bob, other.id);
    expect((await getLatestRuleVersion())?.version).toBe(2);
  });

  it('a fruit access change through the editor opens the state from its date only', async () => {
    const { id } = await proposeRuleChange(alice, {
      change: { kind: 'fruit_access_state', hs6: '080929', state: 'MI', treatment: true },
      provenance: {
        effectiveFrom: '2027-06-01',
        newSource: {
          title: 'GACC protocol (example)',
          url: 'https://www.customs.gov.cn/',
          kind: 'primary',
          date: null,
        },
      },
      rationale: 'Protocol published.',
    });
    await decideRuleChange(bob, id, 'approve', '');
    const engine = await loadExportRules();
    const gt = (date: string) =>
      engine.checkExport({ hs: '080929', state: 'MI', channel: 'general_trade', date }).results[0]!;
    expect(gt('2027-05-31').blockers.map((b) => b.code)).toEqual(['no_market_access']);
    expect(gt('2027-06-01').status).toBe('eligible');
    expect(gt('2027-06-01').requirements.map((r) => r.code)).toContain('phytosanitary_treatment');
    // The new source is cited, classified as given, and about fresh fruit only.
    expect(engine.rules.sources.E1).toMatchObject({ kind: 'primary', categories: ['fresh_fruit'] });
    // Washington cherries were open before and stay open on both sides of the date.
    expect(
      engine.checkExport({ hs: '080929', state: 'WA', channel: 'general_trade', date: '2027-05-31' }).results[0]!
        .status,
    ).toBe('eligible');
  });

  it('rule versions are append-only', async () => {
    const appendOnly = (e: unknown) =>
      String((e as { cause?: unknown }).cause ?? e).includes('table rule_versions is append-only');
    expect(
      appendOnly(
        await conn()
          .db.delete(ruleVersions)
          .catch((e: unknown) => e),
      ),
    ).toBe(true);
    expect(
      appendOnly(
        await conn()
          .db.update(ruleVersions)
          .set({ seedVersion: 'x' })
          .catch((e: unknown) => e),
      ),
    ).toBe(true);
    expect((await getLatestRuleVersion())?.version).toBeGreaterThan(1);
  });
});

describe('GET /api/v1/rules/versions', () => {
  it('lists the versions newest first with what changed, keyset by version; a bad cursor is a 400', async () => {
    const { GET } = await import('@/app/api/v1/rules/versions/route');
    const res = await GET(new Request('http://localhost/api/v1/rules/versions'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { versions: { version: number; summary: string }[]; rulesVersion: string };
    expect(body.versions[0]!.version).toBeGreaterThan(body.versions.at(-1)!.version);
    expect(body.versions.at(-1)).toMatchObject({ version: 1 });
    expect(body.versions.map((v) => v.summary)).toContain('HS 611011: China MFN tariff 12%');
    const older = await GET(new Request('http://localhost/api/v1/rules/versions?before=2'));
    expect(((await older.json()) as { versions: { version: number }[] }).versions.map((v) => v.version)).toEqual([1]);
    const bad = await GET(new Request('http://localhost/api/v1/rules/versions?before=abc'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ errors: { before: 'before must be a version number.' } });
  });
});

describe('the rules editor permission', () => {
  it('is granted by an admin only, to staff only, and audited', async () => {
    await expect(setRulesEditor(alice, carol.userId, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setRulesEditor(admin, owner.userId, true)).rejects.toThrow(/Only staff/);
    await setRulesEditor(admin, carol.userId, true);
    const [u] = await conn()
      .db.select({ rulesEditor: users.rulesEditor })
      .from(users)
      .where(eq(users.id, carol.userId));
    expect(u?.rulesEditor).toBe(true);
    const audit = await conn().db.select().from(auditEvents).where(eq(auditEvents.targetId, carol.userId));
    expect(audit).toEqual([expect.objectContaining({ action: 'grant_rules_editor', actorId: admin.userId })]);
    await setRulesEditor(admin, carol.userId, false);
  });
});

describe('the in-memory rules', () => {
  it('are loaded once, and dropped by an approval here (announced by the data layer) or by another instance’s announcement', async () => {
    const first = await getRules();
    expect(await getRules()).toBe(first);
    const { id } = await proposeRuleChange(alice, merinoMfn('0.11', '2029-01-01'));
    await decideRuleChange(bob, id, 'approve', '');
    const second = await getRules();
    expect(second).not.toBe(first);
    expect(second.version).toBe(`${SEED_RULES.version}+${(await getLatestRuleVersion())!.version}`);
    // Another instance's NOTIFY payload drops them too; this instance's own does not.
    expect(handleInvalidation(JSON.stringify({ from: 'another-instance', tags: ['rules'] }))).toEqual(['rules']);
    expect(await getRules()).not.toBe(second);
  });
});
