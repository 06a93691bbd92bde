import { createHmac, timingSafeEqual } from 'node:crypto';

// What the session cookie may hold and how it may change. Auth.js also answers a browser's
// POST /api/auth/session {csrfToken, data} by handing `data` to the jwt callback as an 'update', so
// update data is client input: it can never set the session version. The only change honoured is a
// renewal the server signed itself (after a password change, to keep the session that made it), for
// the version it moves from, and only if the database holds the version it moves to.

/** A session ends this long after its sign-in, however often it is used. */
export const ABSOLUTE_SESSION_MS = 30 * 24 * 60 * 60_000;
/** A signed renewal is used within the same request; a copy that leaks is useless soon after. */
const RENEWAL_TTL_MS = 60_000;

export interface SessionToken {
  uid?: unknown;
  sv?: unknown;
  /** Sign-in time (ms). A token without one predates the absolute lifetime and is ended. */
  authAt?: unknown;
  [key: string]: unknown;
}

export interface Renewal {
  uid: string;
  from: number;
  to: number;
  exp: number;
  sig: string;
}

const mac = (secret: string, r: Omit<Renewal, 'sig'>) =>
  createHmac('sha256', secret).update(`session-renewal:${r.uid}:${r.from}:${r.to}:${r.exp}`).digest('base64url');

export function signRenewal(secret: string, uid: string, from: number, to: number, now = Date.now()): Renewal {
  const r = { uid, from, to, exp: now + RENEWAL_TTL_MS };
  return { ...r, sig: mac(secret, r) };
}

function validRenewal(secret: string, raw: unknown, now: number): Renewal | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.uid !== 'string' || typeof r.sig !== 'string') return null;
  if (![r.from, r.to, r.exp].every((n) => Number.isSafeInteger(n))) return null;
  const renewal = r as unknown as Renewal;
  if (renewal.exp < now) return null;
  const expected = Buffer.from(mac(secret, renewal));
  const given = Buffer.from(renewal.sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return renewal;
}

export interface JwtStep {
  token: SessionToken;
  user?: { id?: string; sessionVersion?: number } | null;
  trigger?: 'signIn' | 'signUp' | 'update';
  /** With trigger 'update': whatever the caller sent (a browser can send anything). */
  session?: unknown;
}

/**
 * The jwt callback: returns the token to keep, or null to end the session. `currentVersion` reads the
 * user's session version from the database (null for a missing or disabled user).
 */
export async function nextSessionToken(
  step: JwtStep,
  deps: { secret: string; currentVersion: (userId: string) => Promise<number | null>; now?: number },
): Promise<SessionToken | null> {
  const now = deps.now ?? Date.now();
  const token: SessionToken = { ...step.token };
  if (step.user?.id) {
    token.uid = step.user.id;
    token.sv = step.user.sessionVersion;
    token.authAt = now;
  }
  const authAt = token.authAt;
  if (typeof authAt !== 'number' || !(now - authAt < ABSOLUTE_SESSION_MS) || authAt > now + 60_000) return null;

  if (step.trigger === 'update') {
    // Only ever the renewal: no other field of the update data is read.
    const raw = (step.session as { renewal?: unknown } | null | undefined)?.renewal;
    const r = validRenewal(deps.secret, raw, now);
    if (r && r.uid === token.uid && r.from === token.sv && (await deps.currentVersion(r.uid)) === r.to) token.sv = r.to;
  }
  return token;
}
