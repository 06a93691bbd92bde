// Attacks against the production build, each one a hole that was open once. These talk to the server
// as an attacker would: raw HTTP with forged or replayed cookies and headers, no browser niceties.
import { request as http, type APIRequestContext, type Page } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { expect, signIn, signUp, test, uniqueEmail } from './support/fixtures';

const SESSION_COOKIE = 'authjs.session-token';
// A signed-in business user's GET: 200 with a live session, 401 without one.
const PROBE = '/products/import/template';

async function newBusinessUser(page: Page, prefix: string) {
  const user = { name: `${prefix} Owner`, email: uniqueEmail(prefix), password: 'a long harvest phrase' };
  await signUp(page, user);
  await signIn(page, user.email, user.password);
  return user;
}

async function sessionCookie(page: Page): Promise<string> {
  const c = (await page.context().cookies()).find((k) => k.name === SESSION_COOKIE);
  if (!c) throw new Error('no session cookie');
  return c.value;
}

/** A separate client (the attacker) holding only a copied session cookie. */
async function withCookie(baseURL: string, clientIp: string, value: string): Promise<APIRequestContext> {
  const url = new URL(baseURL);
  return http.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': clientIp },
    storageState: {
      cookies: [
        {
          name: SESSION_COOKIE,
          value,
          domain: url.hostname,
          path: '/',
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: 'Lax',
        },
      ],
      origins: [],
    },
  });
}

/** Auth.js's session update as a browser can send it: POST /api/auth/session {csrfToken, data}. */
async function postSessionUpdate(ctx: APIRequestContext, data: unknown) {
  const { csrfToken } = (await (await ctx.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await ctx.post('/api/auth/session', { data: { csrfToken, data } });
  expect(res.status()).toBeLessThan(500);
}

test.describe('sessions', () => {
  test('a stolen cookie revoked by "sign out everywhere" cannot be revived through the session update', async ({
    page,
    baseURL,
    clientIp,
  }) => {
    await newBusinessUser(page, 'revive');
    const { sv } = (await (await page.request.get('/api/auth/session')).json()) as { sv: number };
    const stolen = await withCookie(baseURL!, clientIp, await sessionCookie(page));
    expect((await stolen.get(PROBE)).status()).toBe(200);

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(/\/sign-in/);
    expect((await stolen.get(PROBE)).status()).toBe(401);

    // The version the database now holds, a far higher one, and a forged server renewal.
    for (const data of [
      { sv: sv + 1 },
      { sv: 999 },
      { renewal: { uid: 'x', from: sv, to: sv + 1, exp: Date.now() + 60_000, sig: 'forged' } },
    ]) {
      await postSessionUpdate(stolen, data);
      expect((await stolen.get(PROBE)).status()).toBe(401);
    }
    await stolen.dispose();
  });

  test('a password change keeps the session that made it and ends a copied one', async ({
    page,
    baseURL,
    clientIp,
  }) => {
    const user = await newBusinessUser(page, 'change');
    const stolen = await withCookie(baseURL!, clientIp, await sessionCookie(page));
    expect((await stolen.get(PROBE)).status()).toBe(200);
    await page.goto('/settings');
    await page.getByRole('textbox', { name: 'Current password', exact: true }).fill(user.password);
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('another long harvest phrase');
    await page.getByLabel('Confirm new password').fill('another long harvest phrase');
    const changed = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/settings'));
    await page.getByRole('button', { name: 'Change password' }).click();
    expect((await changed).status()).toBe(200);
    expect((await page.request.get(PROBE)).status()).toBe(200);
    expect((await stolen.get(PROBE)).status()).toBe(401);
    const { sv } = (await (await page.request.get('/api/auth/session')).json()) as { sv: number };
    await postSessionUpdate(stolen, { sv });
    expect((await stolen.get(PROBE)).status()).toBe(401);
    await stolen.dispose();
  });

  test('a session ends at its absolute lifetime however often it is used', async ({ page, baseURL, clientIp }) => {
    await newBusinessUser(page, 'lifetime');
    const session = (await (await page.request.get('/api/auth/session')).json()) as {
      sv: number;
      user: { id: string };
    };
    const forge = (authAt: number) =>
      encode({
        token: { uid: session.user.id, sv: session.sv, authAt, sub: session.user.id },
        secret: process.env.AUTH_SECRET!,
        salt: SESSION_COOKIE,
      });
    const recent = await withCookie(baseURL!, clientIp, await forge(Date.now() - 60_000));
    expect((await recent.get(PROBE)).status()).toBe(200);
    const old = await withCookie(baseURL!, clientIp, await forge(Date.now() - 31 * 24 * 60 * 60_000));
    expect((await old.get(PROBE)).status()).toBe(401);
    // A cookie from before sign-in times were kept is ended too.
    const legacy = await withCookie(
      baseURL!,
      clientIp,
      await encode({
        token: { uid: session.user.id, sv: session.sv },
        secret: process.env.AUTH_SECRET!,
        salt: SESSION_COOKIE,
      }),
    );
    expect((await legacy.get(PROBE)).status()).toBe(401);
    await Promise.all([recent.dispose(), old.dispose(), legacy.dispose()]);
  });
});
