import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { withTestDatabase } from '@/test/db';
import { authTokens, outbox, users } from '../schema';
import {
  authenticate,
  changePassword,
  requestPasswordReset,
  resendVerification,
  resendVerificationTo,
  resetPassword,
  signUp,
  verifyEmail,
  verifyEmailAddress,
} from './auth';
import type { Actor } from '@/lib/auth/actor';
import { actorOf } from '@/test/actors';
import { currentSessionVersion, getSessionUser } from '../queries/users';
import { setUserDisabled } from './users';

const { conn } = withTestDatabase();

function tokenFrom(text: string): string {
  const m = /token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!m) throw new Error(`no token in ${text}`);
  return m[1]!;
}

async function lastMailTo(email: string) {
  const rows = await conn().db.select().from(outbox).where(eq(outbox.toAddress, email));
  return rows.sort((a, b) => +b.createdAt - +a.createdAt)[0]!;
}

describe('sign-up and verification', () => {
  it('creates an unverified business user, a hashed token and the e-mail in one go', async () => {
    await signUp({ name: 'Ann Farmer', email: 'ann@example.com', password: 'apple orchard 1987' }, '10.0.0.1');
    const [u] = await conn().db.select().from(users).where(eq(users.email, 'ann@example.com'));
    expect(u?.role).toBe('business');
    expect(u?.emailVerifiedAt).toBeNull();
    expect(u?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const mail = await lastMailTo('ann@example.com');
    expect(mail.template).toBe('verify_email');
    const token = tokenFrom(mail.textBody);
    const stored = await conn().db.select().from(authTokens).where(eq(authTokens.userId, u!.id));
    expect(stored[0]?.tokenHash).not.toContain(token);
    expect(await verifyEmail(token)).toBe(true);
    expect(await verifyEmail(token)).toBe(false);
    const [after] = await conn().db.select().from(users).where(eq(users.email, 'ann@example.com'));
    expect(after?.emailVerifiedAt).not.toBeNull();
  });

  it('does not reveal an existing account: same result, an "already have an account" e-mail, no second user', async () => {
    await signUp({ name: 'Bo', email: 'bo@example.com', password: 'prairie wind 2020' }, '10.0.0.2');
    const r = await signUp({ name: 'Imposter', email: 'bo@example.com', password: 'another long one' }, '10.0.0.2');
    expect(r).toEqual({ ok: true });
    expect((await conn().db.select().from(users).where(eq(users.email, 'bo@example.com'))).length).toBe(1);
    expect((await lastMailTo('bo@example.com')).template).toBe('account_exists');
  });

  it('allows at most 5 sign-ups per IP per hour and creates nothing past the limit', async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (await signUp({ name: `U${i}`, email: `u${i}@limit.example`, password: 'long enough pass' }, '10.9.9.9')).ok,
      ).toBe(true);
    }
    expect(await signUp({ name: 'U6', email: 'u6@limit.example', password: 'long enough pass' }, '10.9.9.9')).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    expect((await conn().db.select().from(users).where(eq(users.email, 'u6@limit.example'))).length).toBe(0);
  });
});

describe('sign-in', () => {
  it('accepts the right password and refuses a wrong one or an unknown account the same way', async () => {
    await signUp({ name: 'Cy', email: 'cy@example.com', password: 'cherry blossom 9' }, '10.0.0.3');
    expect((await authenticate('cy@example.com', 'cherry blossom 9', '10.1.0.1')).ok).toBe(true);
    expect(await authenticate('cy@example.com', 'wrong password', '10.1.0.1')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await authenticate('nobody@example.com', 'whatever pass', '10.1.0.1')).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('locks an account after 10 failures in 15 minutes, even with the right password', async () => {
    await signUp({ name: 'Di', email: 'di@example.com', password: 'vineyard sunset 4' }, '10.0.0.4');
    for (let i = 0; i < 10; i++)
      expect((await authenticate('di@example.com', `bad ${i}`, `10.2.0.${i}`)).ok).toBe(false);
    expect(await authenticate('di@example.com', 'vineyard sunset 4', '10.2.1.1')).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
  });

  it('verifies at most 10 of a parallel burst of guesses at one account (counted before checking)', async () => {
    await signUp({ name: 'Liv', email: 'liv@example.com', password: 'linseed acres 12' }, '10.0.0.12');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => authenticate('liv@example.com', `guess ${i}`, `10.7.${i}.1`)),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(15);
  });

  it('a right password does not use up the failure budget', async () => {
    await signUp({ name: 'Max', email: 'max@example.com', password: 'millet plains 77' }, '10.0.0.13');
    for (let i = 0; i < 15; i++)
      expect((await authenticate('max@example.com', 'millet plains 77', `10.8.${i}.1`)).ok).toBe(true);
    for (let i = 0; i < 9; i++) await authenticate('max@example.com', `bad ${i}`, `10.8.9.${i}`);
    expect((await authenticate('max@example.com', 'millet plains 77', '10.8.10.1')).ok).toBe(true);
  });

  it('allows 30 attempts per IP per minute', async () => {
    // Fixed windows: pin the clock to the start of a minute so 31 slow argon2 attempts cannot straddle two.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-25T10:00:01Z'));
      for (let i = 0; i < 30; i++) await authenticate(`x${i}@example.com`, 'nope nope', '10.3.3.3');
      expect(await authenticate('x31@example.com', 'nope nope', '10.3.3.3')).toEqual({
        ok: false,
        reason: 'rate_limited',
      });
      // The next minute is a new window.
      vi.setSystemTime(new Date('2026-11-25T10:01:01Z'));
      expect(await authenticate('x32@example.com', 'nope nope', '10.3.3.3')).toEqual({ ok: false, reason: 'invalid' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('disabling a user ends their sessions, and re-enabling does not bring them back', async () => {
    await signUp({ name: 'Kit', email: 'kit@example.com', password: 'rye whiskey 8080' }, '10.0.0.11');
    const [u] = await conn().db.select().from(users).where(eq(users.email, 'kit@example.com'));
    const [admin] = await conn()
      .db.insert(users)
      .values({ email: 'boss@example.com', name: 'Boss', passwordHash: 'x', role: 'admin' })
      .returning();
    expect(await getSessionUser(u!.id, u!.sessionVersion)).not.toBeNull();
    await setUserDisabled(await actorOf(admin!.id), u!.id, true);
    expect(await getSessionUser(u!.id, u!.sessionVersion)).toBeNull();
    await setUserDisabled(await actorOf(admin!.id), u!.id, false);
    expect(await getSessionUser(u!.id, u!.sessionVersion)).toBeNull();
    expect(await currentSessionVersion(u!.id)).toBe(u!.sessionVersion + 1);
  });

  it('refuses a disabled user', async () => {
    await signUp({ name: 'Ed', email: 'ed@example.com', password: 'wheat harvest 77' }, '10.0.0.5');
    await conn().db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, 'ed@example.com'));
    expect((await authenticate('ed@example.com', 'wheat harvest 77', '10.4.0.1')).ok).toBe(false);
  });
});

describe('password reset and change', () => {
  it('resets once with a one-hour token and ends every session', async () => {
    await signUp({ name: 'Fay', email: 'fay@example.com', password: 'old password 123' }, '10.0.0.6');
    const [before] = await conn().db.select().from(users).where(eq(users.email, 'fay@example.com'));
    await requestPasswordReset('fay@example.com', '10.5.0.1');
    const mail = await lastMailTo('fay@example.com');
    expect(mail.template).toBe('reset_password');
    const token = tokenFrom(mail.textBody);
    const [t] = await conn().db.select().from(authTokens).where(eq(authTokens.purpose, 'reset_password'));
    expect(+t!.expiresAt - +t!.createdAt).toBeLessThanOrEqual(60 * 60_000 + 1000);
    expect(await resetPassword(token, 'brand new secret 1')).toBe(true);
    expect(await resetPassword(token, 'another secret 22')).toBe(false);
    const [after] = await conn().db.select().from(users).where(eq(users.email, 'fay@example.com'));
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect((await authenticate('fay@example.com', 'brand new secret 1', '10.5.0.2')).ok).toBe(true);
  });

  it('refuses an expired token and sends nothing for an unknown address', async () => {
    await signUp({ name: 'Gus', email: 'gus@example.com', password: 'corn field 2024' }, '10.0.0.7');
    await requestPasswordReset('gus@example.com', '10.6.0.1');
    const token = tokenFrom((await lastMailTo('gus@example.com')).textBody);
    await conn()
      .db.update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await resetPassword(token, 'brand new secret 1')).toBe(false);
    const count = (await conn().db.select().from(outbox)).length;
    await requestPasswordReset('ghost@example.com', '10.6.0.1');
    expect((await conn().db.select().from(outbox)).length).toBe(count);
  });

  it('changes the password only with the current one, bumping the session version', async () => {
    await signUp({ name: 'Hal', email: 'hal@example.com', password: 'soybean rows 55' }, '10.0.0.8');
    const [u] = await conn().db.select().from(users).where(eq(users.email, 'hal@example.com'));
    const actor: Actor = await actorOf(u!.id);
    expect(await changePassword(actor, 'wrong current', 'next secret 999')).toEqual({
      ok: false,
      reason: 'wrong_current',
    });
    const r = await changePassword(actor, 'soybean rows 55', 'next secret 999');
    expect(r).toEqual({ ok: true, from: u!.sessionVersion, to: u!.sessionVersion + 1 });
  });

  it('refuses a sixth wrong current password within 15 minutes, and then the right one too', async () => {
    await signUp({ name: 'Ned', email: 'ned@example.com', password: 'sorghum hills 31' }, '10.0.0.14');
    const [u] = await conn().db.select().from(users).where(eq(users.email, 'ned@example.com'));
    const actor = await actorOf(u!.id);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => changePassword(actor, `guess ${i}`, 'next secret 999')),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'wrong_current')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(3);
    expect(await changePassword(actor, 'sorghum hills 31', 'next secret 999')).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
  });

  it('sends at most 5 sign-up, verification and reset e-mails to one address an hour, answering the same', async () => {
    await signUp({ name: 'Ola', email: 'ola@example.com', password: 'quinoa terrace 5' }, '10.0.0.15');
    const [u] = await conn().db.select().from(users).where(eq(users.email, 'ola@example.com'));
    const actor = await actorOf(u!.id);
    expect(await resendVerification(actor)).toBe(true);
    for (let i = 0; i < 3; i++)
      expect(await requestPasswordReset('ola@example.com', `10.5.8.${i}`)).toEqual({ ok: true });
    // Sixth and later: nothing is written, the answers do not change.
    expect(await requestPasswordReset('ola@example.com', '10.5.8.9')).toEqual({ ok: true });
    expect(await signUp({ name: 'Ola', email: 'ola@example.com', password: 'quinoa terrace 6' }, '10.0.0.16')).toEqual({
      ok: true,
    });
    expect(await resendVerification(actor)).toBe(false);
    expect(await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'ola@example.com'))).toHaveLength(5);
  });

  it('a password change revokes outstanding reset and verification links', async () => {
    await signUp({ name: 'Ida', email: 'ida@example.com', password: 'barley field 31' }, '10.0.0.9');
    const verify = tokenFrom((await lastMailTo('ida@example.com')).textBody);
    await requestPasswordReset('ida@example.com', '10.5.9.1');
    const reset = tokenFrom((await lastMailTo('ida@example.com')).textBody);
    const [u] = await conn().db.select().from(users).where(eq(users.email, 'ida@example.com'));
    expect((await changePassword(await actorOf(u!.id), 'barley field 31', 'barley field 32')).ok).toBe(true);
    expect(await resetPassword(reset, 'taken over pass 1')).toBe(false);
    expect(await verifyEmail(verify)).toBe(false);
    expect((await authenticate('ida@example.com', 'barley field 32', '10.5.9.2')).ok).toBe(true);
  });

  it('a reset revokes every other outstanding link (an earlier reset, a verification)', async () => {
    await signUp({ name: 'Jo', email: 'jo@example.com', password: 'oat meadow 4455' }, '10.0.0.10');
    const verify = tokenFrom((await lastMailTo('jo@example.com')).textBody);
    await requestPasswordReset('jo@example.com', '10.5.9.3');
    const first = tokenFrom((await lastMailTo('jo@example.com')).textBody);
    await requestPasswordReset('jo@example.com', '10.5.9.3');
    const second = tokenFrom((await lastMailTo('jo@example.com')).textBody);
    expect(second).not.toBe(first);
    expect(await resetPassword(second, 'oat meadow 9999')).toBe(true);
    expect(await resetPassword(first, 'hijacked pass 12')).toBe(false);
    expect(await verifyEmail(verify)).toBe(false);
  });
});

describe('sending the confirmation link again', () => {
  it('sends a new link only to an account still waiting, with the same answer for any address', async () => {
    await signUp({ name: 'Cy Weaver', email: 'cy-resend@example.com', password: 'merino on the lake' }, '10.0.1.1');
    const first = tokenFrom((await lastMailTo('cy-resend@example.com')).textBody);
    expect(await resendVerificationTo('cy-resend@example.com', '10.0.1.2')).toEqual({ ok: true });
    const second = tokenFrom((await lastMailTo('cy-resend@example.com')).textBody);
    expect(second).not.toBe(first);
    expect(await verifyEmailAddress(second)).toBe('cy-resend@example.com');
    const before = (await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'cy-resend@example.com'))).length;
    // Confirmed now, and an address with no account: the same answer, and no e-mail.
    expect(await resendVerificationTo('cy-resend@example.com', '10.0.1.2')).toEqual({ ok: true });
    expect(await resendVerificationTo('resend-nobody@example.com', '10.0.1.2')).toEqual({ ok: true });
    expect((await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'cy-resend@example.com'))).length).toBe(
      before,
    );
    expect(await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'resend-nobody@example.com'))).toEqual([]);
  });

  it('allows three links an hour per address, whatever the network, and ten per network', async () => {
    await signUp({ name: 'Di', email: 'di-resend@example.com', password: 'cotton for children' }, '10.0.2.1');
    for (let i = 0; i < 3; i++)
      expect(await resendVerificationTo('di-resend@example.com', `10.0.2.${10 + i}`)).toEqual({ ok: true });
    expect(await resendVerificationTo('di-resend@example.com', '10.0.2.20')).toEqual({ ok: false });
    for (let i = 0; i < 10; i++)
      expect((await resendVerificationTo(`resend-flood-${i}@example.com`, '10.0.3.1')).ok).toBe(true);
    expect(await resendVerificationTo('resend-flood-99@example.com', '10.0.3.1')).toEqual({ ok: false });
  });
});
