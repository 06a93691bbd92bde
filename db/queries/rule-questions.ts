import 'server-only';
import { and, asc, desc, eq, gt, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { businesses, ruleQuestions, users, type RuleQuestionStatus } from '../schema';
import { scope } from '../scope';
import { decodeCursor, encodeCursor, type Page } from '../pagination';

const PAGE = 50;
const asker = alias(users, 'asker');
const answerer = alias(users, 'answerer');

const columns = {
  id: ruleQuestions.id,
  hs6: ruleQuestions.hs6,
  product: ruleQuestions.product,
  originState: ruleQuestions.originState,
  channel: ruleQuestions.channel,
  details: ruleQuestions.details,
  status: ruleQuestions.status,
  askedAt: ruleQuestions.askedAt,
  answer: ruleQuestions.answer,
  answeredAt: ruleQuestions.answeredAt,
  askerName: asker.name,
  askerEmail: asker.email,
  businessName: businesses.legalName,
  answeredByName: answerer.name,
};

function base(db: Awaited<ReturnType<typeof getDb>>) {
  return db
    .select(columns)
    .from(ruleQuestions)
    .innerJoin(asker, eq(asker.id, ruleQuestions.askedBy))
    .leftJoin(businesses, eq(businesses.id, ruleQuestions.businessId))
    .leftJoin(answerer, eq(answerer.id, ruleQuestions.answeredBy));
}

export type RuleQuestionView = RuleQuestionViewRow;

/** The questions the signed-in user asked, newest first (keyset by asked_at, id). */
export async function listMyRuleQuestions(actor: Actor, cursor?: string): Promise<Page<RuleQuestionViewRow>> {
  const s = scope(actor, 'user');
  const db = await getDb();
  const after = decodeCursor(cursor, 2);
  const rows = await base(db)
    .where(
      and(
        eq(ruleQuestions.askedBy, s.actor.userId),
        after
          ? or(
              lt(ruleQuestions.askedAt, new Date(after[0])),
              and(eq(ruleQuestions.askedAt, new Date(after[0])), lt(ruleQuestions.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(ruleQuestions.askedAt), desc(ruleQuestions.id))
    .limit(PAGE + 1);
  return pageOf(rows);
}

/** The rules editors' queue: one status, oldest first for open questions, newest first once answered. */
export async function listRuleQuestions(
  actor: Actor,
  status: RuleQuestionStatus,
  cursor?: string,
): Promise<Page<RuleQuestionViewRow>> {
  scope(actor, 'staff');
  const db = await getDb();
  const after = decodeCursor(cursor, 2);
  const open = status === 'open';
  const [cmp, order] = open ? [gt, asc] : [lt, desc];
  const rows = await base(db)
    .where(
      and(
        eq(ruleQuestions.status, status),
        after
          ? or(
              cmp(ruleQuestions.askedAt, new Date(after[0])),
              and(eq(ruleQuestions.askedAt, new Date(after[0])), cmp(ruleQuestions.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(order(ruleQuestions.askedAt), order(ruleQuestions.id))
    .limit(PAGE + 1);
  return pageOf(rows);
}

type RuleQuestionViewRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function pageOf(rows: RuleQuestionViewRow[]): Page<RuleQuestionViewRow> {
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > PAGE && last ? encodeCursor([last.askedAt.toISOString(), last.id]) : null,
  };
}

/** One question: staff see any, the asker sees their own; anyone else gets NotFound. */
export async function getRuleQuestion(actor: Actor, id: string): Promise<RuleQuestionViewRow> {
  const s = scope(actor, 'user');
  const db = await getDb();
  const [row] = await base(db).where(
    and(eq(ruleQuestions.id, id), s.staff ? undefined : eq(ruleQuestions.askedBy, s.actor.userId)),
  );
  if (!row) throw new NotFoundError();
  return row;
}
