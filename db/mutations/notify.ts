import 'server-only';
import { and, arrayOverlaps, eq, inArray, isNull } from 'drizzle-orm';
import { notificationEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import {
  GRANT_SCOPES,
  MEMBER_ROLES,
  capabilitiesOfGrant,
  capabilitiesOfRole,
  type Capability,
} from '@/lib/domain/team';
import { businessMembers, helperGrants, helperStaff, notifications, partnerUsers, users } from '../schema';
import type { Tx } from '../pagination';
import { enqueueEmail } from './outbox';

export interface Notice {
  title: string;
  lines: string[];
  /** Path inside the app, e.g. /onboarding/status. */
  path: string;
  actionLabel?: string;
}

/** The member roles and grant scopes that give a capability: who should act on a notice. */
function holdersOf(capability: Capability) {
  return {
    roles: MEMBER_ROLES.filter((r) => capabilitiesOfRole(r).includes(capability)),
    scopes: GRANT_SCOPES.filter((s) => capabilitiesOfGrant([s]).includes(capability)),
  };
}

/**
 * A link to a page of one business: it opens through /switch, which goes straight to the page for
 * someone already working for that business and offers to switch for someone in several.
 */
export const businessLink = (businessId: string, path: string) =>
  `/switch?${new URLSearchParams({ to: businessId, next: path })}`;

/**
 * Tells the people who should act on it: the business's members whose role gives `capability`, and the
 * staff of helper organisations whose active grant gives it. Each gets an in-app notification, and an
 * e-mail (through the outbox) unless they chose in-app only; all in the caller's transaction.
 */
export async function notifyBusiness(tx: Tx, businessId: string, capability: Capability, n: Notice) {
  const { roles, scopes } = holdersOf(capability);
  const columns = { id: users.id, email: users.email, name: users.name, emailNotifications: users.emailNotifications };
  const [members, helpers] = await Promise.all([
    tx
      .select(columns)
      .from(businessMembers)
      .innerJoin(users, eq(users.id, businessMembers.userId))
      .where(
        and(eq(businessMembers.businessId, businessId), inArray(businessMembers.role, roles), isNull(users.disabledAt)),
      ),
    scopes.length
      ? tx
          .select(columns)
          .from(helperGrants)
          .innerJoin(helperStaff, eq(helperStaff.organisationId, helperGrants.organisationId))
          .innerJoin(users, eq(users.id, helperStaff.userId))
          .where(
            and(
              eq(helperGrants.businessId, businessId),
              eq(helperGrants.status, 'active'),
              arrayOverlaps(helperGrants.scopes, scopes),
              isNull(users.disabledAt),
            ),
          )
      : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  const link = businessLink(businessId, n.path);
  for (const m of [...members, ...helpers]) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    await tx.insert(notifications).values({ userId: m.id, title: n.title, body: n.lines.join('\n\n'), link });
    if (!m.emailNotifications) continue;
    await enqueueEmail(
      tx,
      m.email,
      notificationEmail({
        name: m.name,
        subject: n.title,
        lines: n.lines,
        url: `${env().APP_URL}${link}`,
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

/** The people of a partner organisation: an in-app notification each, and an e-mail unless they chose not. */
export async function notifyPartner(tx: Tx, organisationId: string, n: Notice) {
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name, emailNotifications: users.emailNotifications })
    .from(partnerUsers)
    .innerJoin(users, eq(users.id, partnerUsers.userId))
    .where(and(eq(partnerUsers.organisationId, organisationId), isNull(users.disabledAt)));
  for (const p of people) {
    await tx.insert(notifications).values({ userId: p.id, title: n.title, body: n.lines.join('\n\n'), link: n.path });
    if (!p.emailNotifications) continue;
    await enqueueEmail(
      tx,
      p.email,
      notificationEmail({
        name: p.name,
        subject: n.title,
        lines: n.lines,
        url: `${env().APP_URL}${n.path}`,
        actionLabel: n.actionLabel,
      }),
    );
  }
}
