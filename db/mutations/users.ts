import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { DomainError, NotFoundError } from '@/lib/errors';
import { scope } from '../scope';
import { getDb } from '../client';
import { auditEvents, users, type Role } from '../schema';

/** Role change takes effect on the target's next request: guards read the role from the database. */
export async function changeUserRole(actor: Actor, targetId: string, role: Role) {
  scope(actor, 'admin');
  if (targetId === actor.userId) throw new DomainError('You cannot change your own role; ask another admin.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ role: users.role }).from(users).where(eq(users.id, targetId)).for('update');
    if (!before) throw new NotFoundError('User not found');
    if (before.role === role) return;
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, targetId));
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'user',
      targetId,
      action: 'change_role',
      before: { role: before.role },
      after: { role },
    });
  });
}

export async function setUserDisabled(actor: Actor, targetId: string, disabled: boolean) {
  scope(actor, 'admin');
  if (targetId === actor.userId) throw new DomainError('You cannot disable your own account.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, targetId))
      .for('update');
    if (!before) throw new NotFoundError('User not found');
    if ((before.disabledAt !== null) === disabled) return;
    await tx
      .update(users)
      // Disabling ends every session for good: re-enabling does not bring an old cookie back.
      .set({
        disabledAt: disabled ? new Date() : null,
        ...(disabled ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, targetId));
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'user',
      targetId,
      action: disabled ? 'disable' : 'enable',
      before: { disabled: !disabled },
      after: { disabled },
    });
  });
}
