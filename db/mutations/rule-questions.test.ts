import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { ANONYMOUS } from '@/lib/auth/actor';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { askRuleQuestionSchema } from '@/lib/validation/rule-question';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { getRuleQuestion, listMyRuleQuestions, listRuleQuestions } from '../queries/rule-questions';
import { auditEvents, notifications, outbox, ruleQuestions, users } from '../schema';
import { answerRuleQuestion, askRuleQuestion } from './rule-questions';

// "Ask us about this product": a seller asks about a product the rules do not cover, a rules editor
// answers once, the seller is told in the app and by e-mail, and nobody else can read or answer it.

setTestEnv({ uploads: 'rule-questions-uploads' });
const { conn } = withTestDatabase();

async function person(email: string, role: Actor['role'], rulesEditor = false): Promise<Actor> {
  const [u] = await conn()
    .db.insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, rulesEditor, emailVerifiedAt: new Date() })
    .returning();
  return actorOf(u!.id);
}

const ask = (raw: Record<string, string>) => askRuleQuestionSchema.parse(raw);
const ginseng = {
  hs: '1211.20',
  product: 'Wild-simulated American ginseng root',
  state: 'wi',
  channel: 'general_trade',
};

let editor: Actor;
let reviewer: Actor;
let seller: Actor;
let other: Actor;

beforeAll(async () => {
  editor = await person('editor@heartland.example', 'admin', true);
  reviewer = await person('reviewer@heartland.example', 'reviewer');
  seller = await person('anna@northwoods.example', 'business');
  other = await person('otto@elsewhere.example', 'business');
});

const mailTo = async (to: string) =>
  (await conn().db.select().from(outbox).where(eq(outbox.toAddress, to))).map((m) => m.subject);

describe('asking', () => {
  it('validates every field with a message naming it', () => {
    const r = askRuleQuestionSchema.safeParse({ hs: '12', product: 'x', state: 'ZZ', channel: 'teleport' });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField.hs).toMatch(/^HS code must have 6, 8, 10 or 13 digits/);
    expect(byField.product).toMatch(/^Product must be at least 3 characters/);
    expect(byField.state).toMatch(/^State must be a two-letter US state code/);
    expect(byField.channel).toMatch(/^Channel must be one of/);
  });

  it('stores the question with its six-digit code and tells every rules editor, once per open question', async () => {
    const first = await askRuleQuestion(seller, ask(ginseng));
    expect(first.duplicate).toBe(false);
    const [row] = await conn().db.select().from(ruleQuestions).where(eq(ruleQuestions.id, first.id));
    expect(row).toMatchObject({ hs6: '121120', originState: 'WI', channel: 'general_trade', status: 'open' });
    expect(await mailTo('editor@heartland.example')).toEqual([
      '[Rules] A seller asks about Wild-simulated American ginseng root (HS 121120)',
    ]);
    expect(await mailTo('reviewer@heartland.example')).toEqual([]);

    const again = await askRuleQuestion(seller, ask(ginseng));
    expect(again).toEqual({ id: first.id, duplicate: true });
    // Another channel is another question.
    const direct = await askRuleQuestion(seller, ask({ ...ginseng, channel: 'cbec_direct' }));
    expect(direct.duplicate).toBe(false);
    expect(await mailTo('editor@heartland.example')).toHaveLength(2);
  });

  it('refuses an anonymous caller', async () => {
    await expect(askRuleQuestion(ANONYMOUS as unknown as Actor, ask(ginseng))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('reading', () => {
  it('the asker and staff see a question; another business does not', async () => {
    const { id } = await askRuleQuestion(seller, ask({ ...ginseng, hs: '0810.90', product: 'Fresh pawpaws' }));
    expect((await getRuleQuestion(seller, id)).product).toBe('Fresh pawpaws');
    expect((await getRuleQuestion(reviewer, id)).askerEmail).toBe('anna@northwoods.example');
    await expect(getRuleQuestion(other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMyRuleQuestions(other)).rows).toEqual([]);
    expect((await listMyRuleQuestions(seller)).rows.map((q) => q.id)).toContain(id);
    await expect(listRuleQuestions(seller, 'open')).rejects.toBeInstanceOf(NotFoundError);
    const queue = await listRuleQuestions(reviewer, 'open');
    // Oldest first.
    const times = queue.rows.map((q) => q.askedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('answering', () => {
  it('only a rules editor answers; the asker is told; a second answer is refused; the answer is audited', async () => {
    const { id } = await askRuleQuestion(seller, ask({ ...ginseng, hs: '440799', product: 'Black walnut boards' }));
    const answer = 'Sawn hardwood needs a phytosanitary certificate; we are adding its rules this month.';
    const before = await conn().db.select().from(ruleQuestions).where(eq(ruleQuestions.id, id));

    await expect(answerRuleQuestion(reviewer, id, answer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerRuleQuestion(seller, id, answer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerRuleQuestion(other, id, answer)).rejects.toBeInstanceOf(NotFoundError);
    expect(await conn().db.select().from(ruleQuestions).where(eq(ruleQuestions.id, id))).toEqual(before);

    await answerRuleQuestion(editor, id, answer);
    const q = await getRuleQuestion(seller, id);
    expect(q).toMatchObject({ status: 'answered', answer, answeredByName: 'editor' });

    const [note] = await conn()
      .db.select()
      .from(notifications)
      .where(eq(notifications.link, `/questions/${id}`));
    expect(note).toMatchObject({ title: 'Your question about Black walnut boards has an answer' });
    expect(note!.body).toContain(answer);
    expect(await mailTo('anna@northwoods.example')).toContain('Your question about Black walnut boards has an answer');

    await expect(answerRuleQuestion(editor, id, 'A second answer that should not be kept.')).rejects.toBeInstanceOf(
      ConflictError,
    );
    const audit = await conn().db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(audit.map((a) => a.action)).toEqual(['answer_rule_question']);
  });

  it('an unknown question is not found', async () => {
    await expect(
      answerRuleQuestion(editor, '00000000-0000-4000-8000-000000000000', 'An answer to nothing at all here.'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
