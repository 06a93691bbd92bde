import 'server-only';
import { APPLICATION_REQUIREMENTS, SHIPMENT_REQUIREMENTS } from '@/lib/rules';
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { daysUntilExpiry, dueReminders, REMINDER_DAYS } from '@/lib/domain/expiry-reminders';
import { OPEN_SHIPMENT_STATUSES } from '@/lib/domain/shipment-status';
import type { Capability } from '@/lib/domain/team';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { log } from '@/lib/log';
import { getDb } from '../client';
import { expiryReminders, registrations, shipmentDocuments, shipments } from '../schema';
import { notifyBusiness } from './notify';

const DAY_MS = 86_400_000;

interface Subject {
  key: { registrationId: string } | { shipmentDocumentId: string };
  businessId: string;
  /** Who should act: those who keep registrations, or those who record shipments. */
  capability: Capability;
  expiresOn: string;
  title: (left: number) => string;
  lines: string[];
  path: string;
  actionLabel: string;
}

/**
 * The reminder job (a system task, no actor): registrations, and the uploaded documents of open
 * shipments, expiring within 90 days get the reminder now due, once each. The unique (subject, days,
 * expiry date) row is claimed with ON CONFLICT DO NOTHING in the same transaction as the notification,
 * so two app processes running the job at once send it once; a renewal (new expiry date) starts over.
 * Bounded by the expiry-date indexes: only rows expiring between today and the horizon are read.
 */
export async function runExpiryReminders(now = new Date()): Promise<{ sent: number; skipped: number }> {
  const db = await getDb();
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + (Math.max(...REMINDER_DAYS) + 1) * DAY_MS).toISOString().slice(0, 10);
  const [regs, docs] = await Promise.all([
    db
      .select()
      .from(registrations)
      .where(
        and(
          isNotNull(registrations.expiresOn),
          gte(registrations.expiresOn, today),
          lte(registrations.expiresOn, horizon),
        ),
      ),
    db
      .select({ doc: shipmentDocuments, reference: shipments.reference })
      .from(shipmentDocuments)
      .innerJoin(shipments, eq(shipments.id, shipmentDocuments.shipmentId))
      .where(
        and(
          eq(shipmentDocuments.state, 'uploaded'),
          isNotNull(shipmentDocuments.expiryDate),
          gte(shipmentDocuments.expiryDate, today),
          lte(shipmentDocuments.expiryDate, horizon),
          inArray(shipments.status, [...OPEN_SHIPMENT_STATUSES]),
        ),
      ),
  ]);
  const subjects: Subject[] = [
    ...regs.map((reg): Subject => {
      const name = APPLICATION_REQUIREMENTS.find((a) => a.code === reg.code)?.title ?? reg.code.replaceAll('_', ' ');
      return {
        key: { registrationId: reg.id },
        businessId: reg.businessId,
        capability: 'application:prepare',
        expiresOn: reg.expiresOn!,
        title: (left) => `Your ${name} expires in ${days(left)}`,
        lines: [
          `Registration ${reg.number} (${reg.issuer}) is valid through ${reg.expiresOn}.`,
          'Renew it before then and enter the new expiry date under Registrations: when it expires, the listings and open shipments that depend on it are flagged and may be held at the border.',
        ],
        path: '/registrations',
        actionLabel: 'Open your registrations',
      };
    }),
    ...docs.map(({ doc, reference }): Subject => {
      const name = SHIPMENT_REQUIREMENTS.find((r) => r.code === doc.code)?.title ?? doc.code.replaceAll('_', ' ');
      return {
        key: { shipmentDocumentId: doc.id },
        businessId: doc.businessId,
        capability: 'shipments:write',
        expiresOn: doc.expiryDate!,
        title: (left) => `${name} for shipment ${reference} expires in ${days(left)}`,
        lines: [
          `The ${name} you uploaded for shipment ${reference} is valid through ${doc.expiryDate}.`,
          'If the goods will not have cleared China customs by then, get a new one and upload it on the shipment page.',
        ],
        path: `/shipments/${doc.shipmentId}`,
        actionLabel: 'Open the shipment',
      };
    }),
  ];
  let sent = 0;
  let skipped = 0;
  // Reminders already recorded for these subjects, in one read (not one per subject): every reminder
  // for an expiry date within the horizon, matched to a subject by its id and current expiry date.
  const recorded = await db
    .select({
      registrationId: expiryReminders.registrationId,
      shipmentDocumentId: expiryReminders.shipmentDocumentId,
      expiresOn: expiryReminders.expiresOn,
      days: expiryReminders.daysBefore,
    })
    .from(expiryReminders)
    .where(and(gte(expiryReminders.expiresOn, today), lte(expiryReminders.expiresOn, horizon)));
  const sentFor = new Map<string, number[]>();
  for (const r of recorded) {
    const k = `${r.registrationId ?? r.shipmentDocumentId}:${r.expiresOn}`;
    sentFor.set(k, [...(sentFor.get(k) ?? []), r.days]);
  }
  for (const subject of subjects) {
    const id = 'registrationId' in subject.key ? subject.key.registrationId : subject.key.shipmentDocumentId;
    const done = sentFor.get(`${id}:${subject.expiresOn}`) ?? [];
    const r = dueReminders({ expiresOn: subject.expiresOn, now, alreadySent: done });
    if (r.send === null && !r.skip.length) continue;
    await db.transaction(async (tx) => {
      for (const daysBefore of r.skip) {
        const [row] = await tx
          .insert(expiryReminders)
          .values({ ...subject.key, daysBefore, expiresOn: subject.expiresOn, skipped: true, sentAt: now })
          .onConflictDoNothing()
          .returning({ id: expiryReminders.id });
        if (row) skipped++;
      }
      if (r.send === null) return;
      const [claimed] = await tx
        .insert(expiryReminders)
        .values({ ...subject.key, daysBefore: r.send, expiresOn: subject.expiresOn, sentAt: now })
        .onConflictDoNothing()
        .returning({ id: expiryReminders.id });
      if (!claimed) return;
      await notifyBusiness(tx, subject.businessId, subject.capability, {
        title: subject.title(daysUntilExpiry(subject.expiresOn, now)),
        lines: subject.lines,
        path: subject.path,
        actionLabel: subject.actionLabel,
      });
      sent++;
    });
  }
  if (sent) kickOutbox();
  return { sent, skipped };
}

function days(n: number) {
  return `${n} day${n === 1 ? '' : 's'}`;
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
