import { describe, expect, it } from 'vitest';
import { ABSOLUTE_SESSION_MS, nextSessionToken, signRenewal } from './session-token';

const secret = 'test-secret-test-secret-test-secret';
const uid = '00000000-0000-4000-8000-000000000001';
const now = Date.UTC(2026, 0, 10);
const fresh = { uid, sv: 3, authAt: now - 1000 };
const deps = (dbVersion: number | null) => ({ secret, now, currentVersion: async () => dbVersion });

describe('nextSessionToken', () => {
  it('stamps uid, version and sign-in time at sign-in', async () => {
    const t = await nextSessionToken({ token: {}, user: { id: uid, sessionVersion: 7 }, trigger: 'signIn' }, deps(7));
    expect(t).toMatchObject({ uid, sv: 7, authAt: now });
  });

  it('ignores a browser-sent update: no version, however written, is taken from it', async () => {
    for (const session of [
      { sv: 999 },
      { sv: 4 },
      { renewal: { uid, from: 3, to: 4, exp: now + 1, sig: 'x' } },
      'sv',
      null,
    ])
      expect(await nextSessionToken({ token: fresh, trigger: 'update', session }, deps(4))).toEqual(fresh);
  });

  it('honours the server-signed renewal only from the token version to the version the database holds', async () => {
    const r = signRenewal(secret, uid, 3, 4, now);
    expect((await nextSessionToken({ token: fresh, trigger: 'update', session: { renewal: r } }, deps(4)))?.sv).toBe(4);
    // A revoked cookie (older version) cannot use it, nor can it raise past what the database holds.
    expect(
      (await nextSessionToken({ token: { ...fresh, sv: 2 }, trigger: 'update', session: { renewal: r } }, deps(4)))?.sv,
    ).toBe(2);
    expect((await nextSessionToken({ token: fresh, trigger: 'update', session: { renewal: r } }, deps(5)))?.sv).toBe(3);
    // Another user's token, a wrong secret, an expired renewal.
    expect(
      (
        await nextSessionToken(
          { token: { ...fresh, uid: 'other' }, trigger: 'update', session: { renewal: r } },
          deps(4),
        )
      )?.sv,
    ).toBe(3);
    const forged = signRenewal('another-secret-another-secret-xx', uid, 3, 4, now);
    expect(
      (await nextSessionToken({ token: fresh, trigger: 'update', session: { renewal: forged } }, deps(4)))?.sv,
    ).toBe(3);
    const old = signRenewal(secret, uid, 3, 4, now - 120_000);
    expect((await nextSessionToken({ token: fresh, trigger: 'update', session: { renewal: old } }, deps(4)))?.sv).toBe(
      3,
    );
  });

  it('ends a session past its absolute lifetime, or one with no sign-in time', async () => {
    expect(await nextSessionToken({ token: { ...fresh, authAt: now - ABSOLUTE_SESSION_MS } }, deps(3))).toBeNull();
    expect(await nextSessionToken({ token: { uid, sv: 3 } }, deps(3))).toBeNull();
    expect(
      await nextSessionToken({ token: { ...fresh, authAt: now - ABSOLUTE_SESSION_MS + 60_000 } }, deps(3)),
    ).not.toBeNull();
  });
});
