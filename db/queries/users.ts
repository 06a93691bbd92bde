import 'server-only';
import { and, eq, ilike, like, lt, or, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { scope } from '../scope';
import { getDb } from '../client';
import { users, type Role } from '../schema';
import { decodeCursor, encodeCursor, type Page } from '../pagination';
import { descNullsLast } from './order';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one read without an actor: it builds the actor from a verified session token.
 * Returns null for a disabled user or a stale session version.
 */
export async function getSessionUser(userId: string, sessionVersion: number) {
  const db = await getDb();
  const [u] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
      rulesEditor: users.rulesEditor,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!u || u.disabledAt || u.sessionVersion !== sessionVersion) return null;
  return u;
}

/** The session version a renewal may move to; null for a missing or disabled user. */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  if (!UUID.test(userId)) return null;
  const db = await getDb();
  const [u] = await db
    .select({ sv: users.sessionVersion, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  return u && !u.disabledAt ? u.sv : null;
}

/** A read without an actor: right after signing in (the session is not readable yet), where to land. */
export async function getRoleByEmail(email: string): Promise<Role | null> {
  const db = await getDb();
  const [u] = await db.select({ role: users.role }).from(users).where(eq(users.email, email));
  return u?.role ?? null;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  disabled: boolean;
  rulesEditor: boolean;
  createdAt: Date;
}

const PAGE_SIZE = 50;

/** Admin user list: newest first, keyset on (created_at, id) matching users_created_id_idx. */
export async function listUsers(
  actor: Actor,
  opts: { q?: string; role?: Role; cursor?: string },
): Promise<Page<UserRow>> {
  scope(actor, 'admin');
  const db = await getDb();
  const where: SQL[] = [];
  const q = opts.q?.trim().toLowerCase();
  if (q) {
    const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    // E-mail prefix uses the text_pattern_ops index; names match anywhere (short list of staff and owners).
    where.push(or(like(users.email, `${escaped}%`), ilike(users.name, `%${escaped}%`))!);
  }
  if (opts.role) where.push(eq(users.role, opts.role));
  const c = decodeCursor(opts.cursor, 2);
  if (c) {
    const at = new Date(String(c[0]));
    where.push(or(lt(users.createdAt, at), and(eq(users.createdAt, at), lt(users.id, String(c[1]))))!);
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(descNullsLast(users.createdAt), descNullsLast(users.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      emailVerified: u.emailVerifiedAt !== null,
      disabled: u.disabledAt !== null,
      rulesEditor: u.rulesEditor,
      createdAt: u.createdAt,
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
