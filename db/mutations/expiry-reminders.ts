import 'server-only';
import { APPLICATION_REQUIREMENTS } from '@/lib/rules';
import { and, eq, gte, isNotNull, lte } from 'drizzle-orm';
import { daysUntilExpiry, dueReminders, REMINDER_DAYS } from '@/lib/domain/expiry-reminders';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { log } from '@/lib/log';
import { getDb } from '../client';
import { expiryReminders, registrations } from '../schema';
import { notifyBusiness } from './notify';

const DAY_MS = 86_400_000;

/**
 * The reminder job (a system task, no actor): registrations expiring within 90 days get the reminder
 * now due, once each. The unique (registration, days, expiry date) row is claimed with ON CONFLICT DO
 * NOTHING in the same transaction as the notification, so two app processes running the job at once
 * send it once; a renewed registration (new expiry date) starts over.
 */
export async function runExpiryReminders(now = new Date()): Promise<{ sent: number; skipped: number }> {
  const db = await getDb();
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + (Math.max(...REMINDER_DAYS) + 1) * DAY_MS).toISOString().slice(0, 10);
  const due = await db
    .select()
    .from(registrations)
    .where(and(isNotNull(registrations.expiresOn), gte(registrations.expiresOn, today), lte(registrations.expiresOn, horizon)));
  let sent = 0;
  let skipped = 0;
  for (const reg of due) {
    const expiresOn = reg.expiresOn!;
    const done = await db
      .select({ days: expiryReminders.daysBefore })
      .from(expiryReminders)
      .where(and(eq(expiryReminders.registrationId, reg.id), eq(expiryReminders.expiresOn, expiresOn)));
    const r = dueReminders({ expiresOn, now, alreadySent: done.map((d) => d.days) });
    if (r.send === null && !r.skip.length) continue;
    await db.transaction(async (tx) => {
      for (const days of r.skip) {
        const [row] = await tx.insert(expiryReminders).values({ registrationId: reg.id, daysBefore: days, expiresOn, skipped: true, sentAt: now }).onConflictDoNothing().returning({ id: expiryReminders.id });
        if (row) skipped++;
      }
      if (r.send === null) return;
      const [claimed] = await tx.insert(expiryReminders).values({ registrationId: reg.id, daysBefore: r.send, expiresOn, sentAt: now }).onConflictDoNothing().returning({ id: expiryReminders.id });
      if (!claimed) return;
      const left = daysUntilExpiry(expiresOn, now);
      const name = APPLICATION_REQUIREMENTS.find((a) => a.code === reg.code)?.title ?? reg.code.replaceAll('_', ' ');
      await notifyBusiness(tx, reg.businessId, {
        title: `Your ${name} expires in ${left} day${left === 1 ? '' : 's'}`,
        lines: [
          `Registration ${reg.number} (${reg.issuer}) is valid through ${expiresOn}.`,
          'Renew it before then: when it expires, the listings and open shipments that depend on it are flagged and may be held at the border.',
        ],
        path: '/dashboard',
        actionLabel: 'Open your dashboard',
      });
      sent++;
    });
  }
  if (sent) kickOutbox();
  return { sent, skipped };
}

/** Runs the job now and then hourly in the app process; a failed run is logged and retried next hour. */
export function startExpiryReminderJob(intervalMs = 60 * 60 * 1000) {
  const run = () =>
    runExpiryReminders().then(
      (r) => r.sent && log.info('expiry reminders sent', r),
      (error: unknown) => log.error('expiry reminders failed', { error }),
    );
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref?.();
  return timer;
}
