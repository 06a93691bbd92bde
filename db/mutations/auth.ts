import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { burnPasswordCheck, hashPassword, verifyPassword } from '@/lib/auth/passwords';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { accountExistsEmail, passwordResetEmail, verificationEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import { getDb } from '../client';
import { authTokens, users } from '../schema';
import type { Tx } from '../pagination';
import { enqueueEmail } from './outbox';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { hitLimit, LIMITS, refundHit } from './rate-limits';

const HOUR = 60 * 60_000;
const link = (path: string, token: string) => `${env().APP_URL}${path}?token=${encodeURIComponent(token)}`;

async function issueToken(tx: Tx, userId: string, purpose: 'verify_email' | 'reset_password', ttlMs: number) {
  const { token, hash } = newToken();
  await tx.insert(authTokens).values({ userId, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

export type SignUpResult = { ok: true } | { ok: false; reason: 'rate_limited' };

/**
 * Creates the account, a verification token and its e-mail in one transaction. An address that
 * already has an account gets an "you already have an account" e-mail instead: the response is
 * the same either way, so sign-up never reveals who has an account.
 */
export async function signUp(
  input: { name: string; email: string; password: string },
  ip: string,
): Promise<SignUpResult> {
  const db = await getDb();
  if (!(await hitLimit(db, LIMITS.signUpPerIp(ip))).allowed) return { ok: false, reason: 'rate_limited' };
  const mail = await mailAllowed(input.email);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!mail) return;
    if (created) {
      const token = await issueToken(tx, created.id, 'verify_email', 24 * HOUR);
      await enqueueEmail(tx, input.email, verificationEmail({ name: input.name, url: link('/verify-email', token) }));
    } else {
      const [existing] = await tx.select({ name: users.name }).from(users).where(eq(users.email, input.email));
      await enqueueEmail(
        tx,
        input.email,
        accountExistsEmail({ name: existing?.name ?? 'there', url: `${env().APP_URL}/forgot-password` }),
      );
    }
  });
  kickOutbox();
  return { ok: true };
}

export type AuthResult =
  { ok: true; user: { id: string; sessionVersion: number } } | { ok: false; reason: 'invalid' | 'rate_limited' };

/** Checks a password under both rate limits. Same answer for a missing account as for a wrong password. */
export async function authenticate(email: string, password: string, ip: string): Promise<AuthResult> {
  const db = await getDb();
  if (!(await hitLimit(db, LIMITS.signInPerIp(ip))).allowed) return { ok: false, reason: 'rate_limited' };
  // The attempt is counted (one atomic increment) before the password is checked, so a burst of parallel
  // guesses cannot all be verified while the count still reads low; a right password gives it back.
  const perAccount = LIMITS.failedSignInPerAccount(email);
  const countedAt = Date.now();
  if (!(await hitLimit(db, perAccount, countedAt)).allowed) return { ok: false, reason: 'rate_limited' };
  const [u] = await db.select().from(users).where(eq(users.email, email));
  const good = u ? await verifyPassword(u.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!u || !good || u.disabledAt) return { ok: false, reason: 'invalid' };
  await refundHit(db, perAccount, countedAt);
  return { ok: true, user: { id: u.id, sessionVersion: u.sessionVersion } };
}

/** Consumes a token once (UPDATE … WHERE used_at IS NULL), returning its user id or null. */
async function consumeToken(tx: Tx, token: string, purpose: 'verify_email' | 'reset_password') {
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: authTokens.userId });
  return row?.userId ?? null;
}

export async function verifyEmail(token: string): Promise<boolean> {
  return (await verifyEmailAddress(token)) !== null;
}

/** Confirms the address the token was sent to and returns it (to prefill sign-in), or null. */
export async function verifyEmailAddress(token: string): Promise<string | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, 'verify_email');
    if (!userId) return null;
    const [u] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    return u?.email ?? null;
  });
}

/**
 * "Send the link again" from the check-your-e-mail page, before signing in. The same answer whatever the
 * address (no account, already confirmed, disabled): only an account still waiting gets a new link.
 * Counted per network and per address, so nobody can flood an inbox through it.
 */
export async function resendVerificationTo(email: string, ip: string): Promise<{ ok: boolean }> {
  const db = await getDb();
  if (!(await hitLimit(db, LIMITS.verifyResendPerIp(ip))).allowed) return { ok: false };
  if (!(await hitLimit(db, LIMITS.verifyResendPerAddress(email))).allowed) return { ok: false };
  await db.transaction(async (tx) => {
    const [u] = await tx.select().from(users).where(eq(users.email, email));
    if (!u || u.disabledAt || u.emailVerifiedAt) return;
    const token = await issueToken(tx, u.id, 'verify_email', 24 * HOUR);
    await enqueueEmail(tx, u.email, verificationEmail({ name: u.name, url: link('/verify-email', token) }));
  });
  kickOutbox();
  return { ok: true };
}

/** False when the address already got its share of e-mails this hour (nothing is sent then). */
export async function resendVerification(actor: Actor): Promise<boolean> {
  if (actor.emailVerified) return true;
  if (!(await mailAllowed(actor.email))) return false;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, actor.userId, 'verify_email', 24 * HOUR);
    await enqueueEmail(tx, actor.email, verificationEmail({ name: actor.name, url: link('/verify-email', token) }));
  });
  kickOutbox();
  return true;
}

/** Counts one e-mail to this address; false past the per-recipient limit. */
async function mailAllowed(email: string): Promise<boolean> {
  return (await hitLimit(await getDb(), LIMITS.authMailPerRecipient(email))).allowed;
}

/** Always looks the same from outside; only an existing, enabled account gets an e-mail. */
export async function requestPasswordReset(email: string, ip: string): Promise<{ ok: boolean }> {
  const db = await getDb();
  if (!(await hitLimit(db, LIMITS.resetPerIp(ip))).allowed) return { ok: false };
  // Past the per-recipient limit the answer is the same, and nothing is sent.
  if (!(await mailAllowed(email))) return { ok: true };
  await db.transaction(async (tx) => {
    const [u] = await tx.select().from(users).where(eq(users.email, email));
    if (!u || u.disabledAt) return;
    const token = await issueToken(tx, u.id, 'reset_password', HOUR);
    await enqueueEmail(tx, u.email, passwordResetEmail({ name: u.name, url: link('/reset-password', token) }));
  });
  kickOutbox();
  return { ok: true };
}

/** Single use, one hour; the new password ends every session (session version bump). */
export async function resetPassword(token: string, password: string): Promise<boolean> {
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, 'reset_password');
    if (!userId) return false;
    await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // Following the e-mailed link proves the address too.
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
    await revokeTokens(tx, userId);
    return true;
  });
}

/**
 * Returns the session version moved from and to, so the caller can keep the current session alive.
 * Every other session ends, and so do outstanding reset and verification links.
 */
export async function changePassword(
  actor: Actor,
  current: string,
  password: string,
): Promise<{ ok: true; from: number; to: number } | { ok: false; reason: 'wrong_current' | 'rate_limited' }> {
  const db = await getDb();
  // A stolen session must not be a way to guess the password: counted first, as sign-in does.
  const limit = LIMITS.changePasswordPerUser(actor.userId);
  const countedAt = Date.now();
  if (!(await hitLimit(db, limit, countedAt)).allowed) return { ok: false, reason: 'rate_limited' };
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!u || !(await verifyPassword(u.passwordHash, current))) return { ok: false, reason: 'wrong_current' };
  await refundHit(db, limit, countedAt);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(and(eq(users.id, actor.userId), eq(users.sessionVersion, u.sessionVersion)))
      .returning({ sessionVersion: users.sessionVersion });
    if (!row) return { ok: false as const, reason: 'wrong_current' as const };
    await revokeTokens(tx, actor.userId);
    return { ok: true as const, from: u.sessionVersion, to: row.sessionVersion };
  });
}

/** Outstanding reset and verification links stop working (marked used). */
async function revokeTokens(tx: Tx, userId: string) {
  await tx
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
}

export async function signOutEverywhere(actor: Actor) {
  const db = await getDb();
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, actor.userId));
}
