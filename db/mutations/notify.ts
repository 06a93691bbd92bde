import 'server-only';
import { eq, inArray, isNull, and } from 'drizzle-orm';
import { notificationEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import { businessMembers, notifications, users } from '../schema';
import { enqueueEmail, type Tx } from './outbox';

export interface Notice {
  title: string;
  lines: string[];
  /** Path inside the app, e.g. /onboarding/status. */
  path: string;
  actionLabel?: string;
}

/**
 * In-app notification to every active user of a business, and an e-mail (through the outbox) to those
 * who have not chosen in-app only, in the caller's transaction.
 */
export async function notifyBusiness(tx: Tx, businessId: string, n: Notice) {
  const members = await tx
    .select({ id: users.id, email: users.email, name: users.name, emailNotifications: users.emailNotifications })
    .from(businessMembers)
    .innerJoin(users, eq(users.id, businessMembers.userId))
    .where(and(eq(businessMembers.businessId, businessId), isNull(users.disabledAt)));
  for (const m of members) {
    await tx.insert(notifications).values({ userId: m.id, title: n.title, body: n.lines.join('\n\n'), link: n.path });
    if (!m.emailNotifications) continue;
    await enqueueEmail(
      tx,
      m.email,
      notificationEmail({
        name: m.name,
        subject: n.title,
        lines: n.lines,
        url: `${env().APP_URL}${n.path}`,
        actionLabel: n.actionLabel,
      }),
    );
  }
}

/** One e-mail per reviewer and admin; the subject starts with [Queue] so mail clients can digest them. */
export async function notifyStaff(tx: Tx, n: Notice) {
  const staff = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ['reviewer', 'admin']), isNull(users.disabledAt)));
  for (const s of staff) {
    await enqueueEmail(
      tx,
      s.email,
      notificationEmail({
        name: s.name,
        subject: `[Queue] ${n.title}`,
        lines: n.lines,
        url: `${env().APP_URL}${n.path}`,
        actionLabel: n.actionLabel,
      }),
    );
  }
}
