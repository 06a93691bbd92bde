import 'server-only';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '../client';
import { notifications } from '../schema';
import { decodeCursor, encodeCursor } from '../pagination';
import { descNullsLast } from './order';

/** The actor's own notifications, newest first (keyset on created_at, id). */
export async function listNotifications(actor: Actor, cursor?: string) {
  const db = await getDb();
  const c = decodeCursor(cursor, 2);
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, actor.userId),
        c
          ? or(
              lt(notifications.createdAt, new Date(String(c[0]))),
              and(eq(notifications.createdAt, new Date(String(c[0]))), lt(notifications.id, String(c[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(descNullsLast(notifications.createdAt), descNullsLast(notifications.id))
    .limit(31);
  const page = rows.slice(0, 30);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > 30 && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** Unread count from the partial index on unread rows (a user's unread list stays small). */
export async function unreadNotificationCount(actor: Actor): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
