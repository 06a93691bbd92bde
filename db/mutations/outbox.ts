import 'server-only';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { SCRUBBED_BODY, SECRET_TEMPLATES, type RenderedEmail } from '@/lib/email/templates';
import type { Db } from '../client';
import type { Tx } from '../pagination';
import { outbox, type OutboxMessage } from '../schema';

/** Writes a message in the caller's transaction: it is sent only if the change commits. */
export async function enqueueEmail(tx: Tx | Db, to: string, email: RenderedEmail) {
  await tx.insert(outbox).values({
    toAddress: to,
    subject: email.subject,
    textBody: email.text,
    htmlBody: email.html,
    template: email.template,
  });
}

/** A one-time link is useless once sent (or given up on) and must not stay readable in the database. */
function scrubbed(m: OutboxMessage) {
  return SECRET_TEMPLATES.includes(m.template) ? { textBody: SCRUBBED_BODY, htmlBody: SCRUBBED_BODY } : {};
}

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 60;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

export interface Transport {
  sendMail(m: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

/**
 * Claims due messages (SKIP LOCKED, so several instances never send one twice), sends them,
 * and records the outcome. A claim leases the row for a minute in case this process dies mid-send.
 */
export async function deliverDueMessages(db: Db, transport: Transport, from: string, limit = 20) {
  const claimed = await db.transaction(async (tx) => {
    const due = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, sql`now()`)))
      .orderBy(outbox.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    return tx
      .update(outbox)
      .set({
        attempts: sql`${outbox.attempts} + 1`,
        nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      })
      .where(inArray(outbox.id, due))
      .returning();
  });
  let sent = 0;
  let failed = 0;
  for (const m of claimed as OutboxMessage[]) {
    try {
      await transport.sendMail({ from, to: m.toAddress, subject: m.subject, text: m.textBody, html: m.htmlBody });
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: sql`now()`, lastError: null, ...scrubbed(m) })
        .where(eq(outbox.id, m.id));
      sent++;
    } catch (e) {
      failed++;
      const giveUp = m.attempts >= MAX_ATTEMPTS;
      await db
        .update(outbox)
        .set({
          status: giveUp ? 'failed' : 'pending',
          ...(giveUp ? scrubbed(m) : {}),
          lastError: String((e as Error).message ?? e).slice(0, 500),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(m.attempts)})`,
        })
        .where(eq(outbox.id, m.id));
    }
  }
  return { claimed: claimed.length, sent, failed };
}
