// Attacks against the production build, each one a hole that was open once. These talk to the server
// as an attacker would: raw HTTP with forged or replayed cookies and headers, no browser niceties.
import fs from 'node:fs';
import path from 'node:path';
import { request as http, type APIRequestContext, type Page } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { startDirectServer, type DirectServer } from './support/direct-server';
import { DEMO_PASSWORDS } from '../db/seed-data/demo';
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

const csrfTokens = new WeakMap<APIRequestContext, Promise<string>>();
/** One CSRF token per client (a new one would replace the cookie under requests already sent). */
function csrf(ctx: APIRequestContext): Promise<string> {
  if (!csrfTokens.has(ctx))
    csrfTokens.set(
      ctx,
      ctx.get('/api/auth/csrf').then(async (r) => ((await r.json()) as { csrfToken: string }).csrfToken),
    );
  return csrfTokens.get(ctx)!;
}

/** Auth.js's credentials sign-in as a script sends it; answers where it redirects (code=… on refusal). */
async function credentialsSignIn(ctx: APIRequestContext, email: string, password: string, xff?: string) {
  const headers: Record<string, string> = xff ? { 'x-forwarded-for': xff } : {};
  const csrfToken = await csrf(ctx);
  const res = await ctx.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: '/dashboard' },
    headers,
    maxRedirects: 0,
  });
  return res.headers()['location'] ?? `status ${res.status()}`;
}

const rotating = (i: number) => `198.51.${(i >> 8) & 255}.${i & 255}`;

// A limited public API route; without parameters it answers 400, which is as good as 200 for counting.
const LIMITED = '/api/v1/export-check';

test.describe('per-address limits without a proxy (default TRUSTED_PROXY_HOPS)', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  let direct: DirectServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    direct = await startDirectServer();
  });
  test.afterAll(async () => direct?.stop());

  test('a rotating X-Forwarded-For or X-Real-IP does not escape the public API limit', async () => {
    const ctx = await http.newContext({ baseURL: direct.baseURL.replace('localhost', '127.0.0.1') });
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++)
      statuses.push(
        (
          await ctx.get(LIMITED, {
            headers: { 'x-forwarded-for': rotating(i), 'x-real-ip': rotating(i + 1000) },
          })
        ).status(),
      );
    expect(statuses.slice(0, 120).filter((s) => s === 429)).toEqual([]);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    await ctx.dispose();
    // The bucket is the connection's address, not one shared by everyone: another address has its own.
    const other = await http.newContext({ baseURL: direct.baseURL.replace('localhost', '[::1]') });
    expect((await other.get(LIMITED)).status()).not.toBe(429);
    await other.dispose();
  });

  test('nor the sign-in limit (Auth.js) nor the sign-up limit (a server action)', async ({ browser }) => {
    const ctx = await http.newContext({ baseURL: direct.baseURL });
    const answers: string[] = [];
    for (let i = 0; i < 31; i++)
      answers.push(await credentialsSignIn(ctx, `nobody${i}@example.com`, 'not a password', rotating(i)));
    expect(answers.slice(0, 30).every((a) => /code=credentials/.test(a))).toBe(true);
    expect(answers[30]).toMatch(/code=rate_limited/);
    await ctx.dispose();

    const context = await browser.newContext({ baseURL: direct.baseURL });
    const page = await context.newPage();
    for (let i = 0; i < 5; i++) {
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': rotating(i) });
      await signUp(page, { name: `Direct ${i}`, email: uniqueEmail('direct'), password: 'a long harvest phrase' });
    }
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': rotating(99) });
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Direct 6');
    await page.getByLabel('E-mail').fill(uniqueEmail('direct'));
    await page.getByLabel('Password').fill('a long harvest phrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/too many/i);
    await context.close();
  });
});

test.describe('per-address limits behind the configured proxy', () => {
  test('only the address the proxy appended counts: rotating what the client wrote changes nothing', async ({
    playwright,
    baseURL,
    clientIp,
  }) => {
    const ctx = await playwright.request.newContext({ baseURL });
    const statuses: number[] = [];
    for (let i = 0; i < 122; i++)
      statuses.push(
        (await ctx.get(LIMITED, { headers: { 'x-forwarded-for': `${rotating(i)}, ${clientIp}` } })).status(),
      );
    expect(statuses.slice(0, 120).filter((s) => s === 429)).toEqual([]);
    expect(statuses.slice(120)).toEqual([429, 429]);
    await ctx.dispose();
  });
});

test('a parallel burst of guesses at one account: at most 10 are checked, the rest refused', async ({
  page,
  playwright,
  baseURL,
}) => {
  const user = await newBusinessUser(page, 'burst');
  const ctx = await playwright.request.newContext({ baseURL });
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => credentialsSignIn(ctx, user.email, `wrong guess ${i}`, rotating(300 + i))),
  );
  expect(answers.filter((a) => /code=credentials/.test(a))).toHaveLength(10);
  expect(answers.filter((a) => /code=rate_limited/.test(a))).toHaveLength(10);
  // Locked now, even with the right password.
  expect(await credentialsSignIn(ctx, user.email, user.password, rotating(400))).toMatch(/code=rate_limited/);
  await ctx.dispose();
});

function mailsTo(address: string): number {
  const dir = process.env.E2E_MAIL_DIR!;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { to: string[] }).to.includes(address))
    .length;
}

test.describe('e-mail and password guessing limits', () => {
  test('one address gets at most 5 account e-mails an hour, however many resets are asked for', async ({ page }) => {
    const user = await newBusinessUser(page, 'flood');
    await page.context().clearCookies();
    for (let i = 0; i < 6; i++) {
      await page.goto('/forgot-password');
      await page.getByLabel('E-mail').fill(user.email);
      await page.getByRole('button', { name: 'Send reset link' }).click();
      // The answer never changes, so it reveals nothing about the limit.
      await expect(page.getByRole('main').getByRole('status')).toContainText('we sent it a link');
    }
    await expect.poll(() => mailsTo(user.email), { timeout: 20_000 }).toBe(5);
    await page.waitForTimeout(3000); // the outbox polls every 300 ms here: anything more would have arrived
    expect(mailsTo(user.email)).toBe(5);
  });

  test('the change-password form refuses a sixth wrong current password, then the right one too', async ({ page }) => {
    const user = await newBusinessUser(page, 'guess');
    await page.goto('/settings');
    // Hydrated first: a late re-render would clear what was typed.
    await page.waitForLoadState('networkidle');
    const currentField = page.getByRole('textbox', { name: 'Current password', exact: true });
    const attempt = async (current: string) => {
      // React resets the form after each answer; typing before that reset lands would be wiped.
      await expect(currentField).toHaveValue('');
      await currentField.fill(current);
      await page.getByRole('textbox', { name: 'New password', exact: true }).fill('another long harvest phrase');
      await page.getByLabel('Confirm new password').fill('another long harvest phrase');
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/settings'));
      await page.getByRole('button', { name: 'Change password' }).click();
      await answered;
    };
    for (let i = 0; i < 5; i++) {
      await attempt(`wrong guess ${i}`);
      await expect(page.getByText('Current password is not correct.')).toBeVisible();
    }
    await attempt('wrong guess 6');
    await expect(page.getByRole('alert').filter({ hasText: 'Too many wrong current passwords' })).toBeVisible();
    await attempt(user.password);
    await expect(page.getByRole('alert').filter({ hasText: 'Too many wrong current passwords' })).toBeVisible();
  });
});

test.describe('reviewer and admin', () => {
  async function openApplication(page: Page, q: string, status: string) {
    await page.goto(`/admin/applications?q=${encodeURIComponent(q)}&status=${status}`);
    await page
      .getByRole('link', { name: new RegExp(q) })
      .first()
      .click();
    await page.waitForURL(/\/admin\/applications\/[0-9a-f-]{36}/);
    return new URL(page.url()).pathname.split('/').pop()!;
  }

  /** Sends the decision action from the reviewer's own page, with the fields an attacker would choose. */
  async function forgeDecision(page: Page, fields: Record<string, string>) {
    const form = page.getByRole('form', { name: 'Request changes' });
    await form.getByLabel('Message to the applicant').fill('Forged decision (e2e).');
    await form.evaluate((el, f) => {
      for (const [name, value] of Object.entries(f)) {
        let input = el.querySelector<HTMLInputElement>(`input[name="${name}"]`);
        if (!input) {
          input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          el.appendChild(input);
        }
        input.value = value;
      }
    }, fields);
    await form.getByRole('button', { name: 'Request changes' }).click();
    return form;
  }

  test('a reviewer can neither override missing documents nor suspend a seller, even by forging the form', async ({
    page,
  }) => {
    await signIn(page, 'admin@heartland.example', DEMO_PASSWORDS.admin);
    const approvedId = await openApplication(page, 'Traverse Bay', 'approved');
    await expect(page.getByRole('form', { name: 'Suspend' })).toBeVisible();
    await page.context().clearCookies();

    await signIn(page, 'reviewer@heartland.example', DEMO_PASSWORDS.reviewer);
    await openApplication(page, 'Traverse Bay', 'approved');
    await expect(page.getByRole('form', { name: 'Suspend' })).toHaveCount(0);
    await expect(page.getByText('Only an admin can suspend or reinstate a seller.')).toBeVisible();

    const inReviewId = await openApplication(page, 'Door County', 'in_review');
    await expect(page.getByRole('form', { name: 'Approve' })).toHaveCount(0);
    await expect(page.getByText('only an admin can approve with an override')).toBeVisible();

    let form = await forgeDecision(page, { action: 'approve', overrideReason: 'Trust me (e2e)' });
    await expect(form.getByRole('alert')).toContainText('Only an admin can approve while required documents');
    await page.reload();
    form = await forgeDecision(page, { action: 'suspend', expectedStatus: 'approved', applicationId: approvedId });
    await expect(form.getByRole('alert')).toContainText('Only an admin can suspend or reinstate a seller.');

    // Nothing changed: the one is still in review, the other still approved.
    expect(await openApplication(page, 'Door County', 'in_review')).toBe(inReviewId);
    expect(await openApplication(page, 'Traverse Bay', 'approved')).toBe(approvedId);
  });
});

test.describe('smaller holes', () => {
  test('application documents, PDFs included, are served as sandboxed attachments', async ({ page }) => {
    await signIn(page, 'admin@heartland.example', DEMO_PASSWORDS.admin);
    await page.goto('/admin/applications?q=Door%20County&status=in_review');
    await page
      .getByRole('link', { name: /Door County/ })
      .first()
      .click();
    await page.waitForURL(/\/admin\/applications\/[0-9a-f-]{36}/);
    const hrefs = await page
      .locator('a[href^="/api/documents/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    const types = new Set<string>();
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status()).toBe(200);
      const h = res.headers();
      types.add(h['content-type']!);
      expect(h['content-disposition']).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
      expect(h['content-security-policy']).toContain('sandbox');
      expect(h['x-content-type-options']).toBe('nosniff');
    }
    expect([...types]).toContain('application/pdf');
  });

  test('API answers and Auth.js pages carry nosniff, no framing and a referrer policy', async ({ request }) => {
    for (const path of ['/api/auth/signin', '/api/auth/error', '/api/auth/signout', '/api/v1/ping', '/api/health']) {
      const res = await request.get(path, { maxRedirects: 0 });
      const h = res.headers();
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['x-frame-options'], path).toBe('DENY');
      expect(h['content-security-policy'] ?? '', path).toContain("frame-ancestors 'none'");
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('a malformed listing id in the edit and submit forms is answered in words, not a server error', async ({
    page,
  }) => {
    await signIn(page, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
    await page.goto('/products');
    // A listing whose edit form is open (one waiting for review is locked).
    const links = await page
      .locator('a[href^="/products/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => /^\/products\/[0-9a-f-]{36}$/.test(h)));
    let editable = false;
    for (const href of links) {
      await page.goto(href);
      if (await page.getByRole('button', { name: 'Save changes' }).count()) {
        editable = true;
        break;
      }
    }
    expect(editable).toBe(true);
    await page.waitForLoadState('networkidle');
    const save = page.locator('form', { has: page.getByRole('button', { name: 'Save changes' }) });
    await save.locator('input[name="id"]').evaluate((el: HTMLInputElement) => (el.value = 'not-a-uuid'));
    const answered = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect((await answered).status()).toBe(200);
    await expect(save.getByRole('alert')).toContainText('This listing does not exist.');
  });
});

test.describe('bounded work', () => {
  test('a CSV import with thousands of columns is refused at once, in words', async ({ page }) => {
    await signIn(page, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
    await page.goto('/products/import');
    const template = await (await page.request.get('/products/import/template')).text();
    const [header, row] = template
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    for (const body of [
      `${header}${',x'.repeat(5000)}\n${row}`,
      ','.repeat(2 * 1024 * 1024 - 10), // as large as the import takes, all commas
    ]) {
      await page
        .getByLabel('CSV file')
        .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
      const started = Date.now();
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'more than 100 columns' })).toBeVisible();
      expect(Date.now() - started).toBeLessThan(15_000);
      await page.reload();
    }
  });

  test('an anonymous search of one- or two-letter Latin terms is not run, and the page says why', async ({ page }) => {
    const res = await page.goto('/store?q=ab');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('status').filter({ hasText: '已忽略：ab' })).toBeVisible();
  });
});
