import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { CHANNELS, US_STATES } from '@/lib/domain/export-rules';
import { notificationEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { AskRuleQuestionInput } from '@/lib/validation/rule-question';
import { getDb } from '../client';
import { auditEvents, notifications, ruleQuestions, users } from '../schema';
import { scope } from '../scope';
import { enqueueEmail } from './outbox';
import { requireRulesEditor } from './rules';

const channelLabel = (code: string | null) =>
  code ? (CHANNELS.find((c) => c.code === code)?.label ?? code) : 'every channel';

/** What the question is about, in one line, for e-mails and notifications. */
export function describeQuestion(q: { hs6: string; product: string; originState: string; channel: string | null }) {
  const state = US_STATES[q.originState as keyof typeof US_STATES]?.en ?? q.originState;
  return `${q.product} (HS ${q.hs6}) from ${state}, ${channelLabel(q.channel)}`;
}

/**
 * A seller asks about a product the rules do not cover. Asking again about the same product, origin and
 * channel while the first question is open returns that question instead of a second one. Every rules
 * editor is told by e-mail, in the same transaction.
 */
export async function askRuleQuestion(
  actor: Actor,
  input: AskRuleQuestionInput,
): Promise<{ id: string; duplicate: boolean }> {
  const s = scope(actor, 'user');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ruleQuestions)
      .values({
        askedBy: s.actor.userId,
        businessId: s.businessId,
        hs6: input.hs,
        product: input.product,
        originState: input.state,
        channel: input.channel ?? null,
        details: input.details ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: ruleQuestions.id });
    if (!row) {
      const [open] = await tx
        .select({ id: ruleQuestions.id })
        .from(ruleQuestions)
        .where(
          and(
            eq(ruleQuestions.askedBy, s.actor.userId),
            eq(ruleQuestions.hs6, input.hs),
            eq(ruleQuestions.originState, input.state),
            sql`coalesce(${ruleQuestions.channel}, '') = ${input.channel ?? ''}`,
            eq(ruleQuestions.status, 'open'),
          ),
        );
      if (!open) throw new ConflictError('Your question could not be saved. Please try again.');
      return { id: open.id, duplicate: true };
    }
    const editors = await tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(and(eq(users.rulesEditor, true), isNull(users.disabledAt)));
    const about = describeQuestion({
      hs6: input.hs,
      product: input.product,
      originState: input.state,
      channel: input.channel ?? null,
    });
    for (const e of editors) {
      await enqueueEmail(
        tx,
        e.email,
        notificationEmail({
          name: e.name,
          subject: `[Rules] A seller asks about ${input.product} (HS ${input.hs})`,
          lines: [`${s.actor.name} asks about ${about}.`, 'Answer it from the rules questions queue.'],
          url: `${env().APP_URL}/admin/rules/questions/${row.id}`,
          actionLabel: 'Answer the question',
        }),
      );
    }
    return { id: row.id, duplicate: false };
  });
}

/**
 * A rules editor answers an open question (once: a second answer is refused). The answer is in the audit
 * log, and the asker gets a notification and, unless they chose in-app only, an e-mail.
 */
export async function answerRuleQuestion(actor: Actor, id: string, answer: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireRulesEditor(tx, actor);
    const now = new Date();
    const [q] = await tx
      .update(ruleQuestions)
      .set({ status: 'answered', answer, answeredBy: actor.userId, answeredAt: now })
      .where(and(eq(ruleQuestions.id, id), eq(ruleQuestions.status, 'open')))
      .returning();
    if (!q) {
      const [exists] = await tx.select({ id: ruleQuestions.id }).from(ruleQuestions).where(eq(ruleQuestions.id, id));
      if (!exists) throw new NotFoundError();
      throw new ConflictError('This question has already been answered.');
    }
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'rule_question',
      targetId: id,
      action: 'answer_rule_question',
      before: { status: 'open' },
      after: { status: 'answered', answer },
    });
    const [asker] = await tx
      .select({ id: users.id, email: users.email, name: users.name, emailNotifications: users.emailNotifications })
      .from(users)
      .where(and(eq(users.id, q.askedBy), isNull(users.disabledAt)));
    if (!asker) return;
    const title = `Your question about ${q.product} has an answer`;
    const lines = [`About ${describeQuestion(q)}:`, answer];
    const link = `/questions/${id}`;
    await tx.insert(notifications).values({ userId: asker.id, title, body: lines.join('\n\n'), link });
    if (asker.emailNotifications)
      await enqueueEmail(
        tx,
        asker.email,
        notificationEmail({
          name: asker.name,
          subject: title,
          lines,
          url: `${env().APP_URL}${link}`,
          actionLabel: 'Read the answer',
        }),
      );
  });
}
