import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

/** Each test comes from its own address, so per-IP rate limits of one test never hit another. */
export const test = base.extend<{ clientIp: string }>({
  clientIp: async ({}, use, testInfo) => {
    const h = [...`${testInfo.titlePath.join('/')}${testInfo.repeatEachIndex}${testInfo.retry}`].reduce(
      (a, c) => (a * 31 + c.charCodeAt(0)) >>> 0,
      7,
    );
    await use(`10.${(h >> 16) & 255}.${(h >> 8) & 255}.${h & 255}`);
  },
  extraHTTPHeaders: async ({ clientIp }, use) => {
    await use({ 'x-forwarded-for': clientIp });
  },
});

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

function decodeQuotedPrintable(s: string) {
  return s
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

function parse(raw: string, to: string[]): Mail {
  const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';
  return { to, subject, text: decodeQuotedPrintable(raw) };
}

/** Waits for a message to `to` whose subject matches, delivered to the loopback SMTP server. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 20_000): Promise<Mail> {
  const dir = process.env.E2E_MAIL_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .reverse()
      : [];
    for (const f of files) {
      const m = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { to: string[]; raw: string };
      if (!m.to.includes(to)) continue;
      const mail = parse(m.raw, m.to);
      if (subject.test(mail.subject)) return mail;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No e-mail to ${to} matching ${subject} within ${timeoutMs} ms`);
}

export function linkIn(mail: Mail, pathPart: string): string {
  const m = new RegExp(`https?://[^\\s"<>]*${pathPart}\\?token=[A-Za-z0-9_-]{43}`).exec(mail.text);
  if (!m) throw new Error(`No ${pathPart} link in the e-mail`);
  return m[0];
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

export async function signUp(page: Page, user: { name: string; email: string; password: string }) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
}

/** Signs up and confirms the e-mail through the real message. */
export async function signUpVerified(page: Page, prefix: string) {
  const user = { name: `${prefix} Owner`, email: uniqueEmail(prefix), password: 'a long harvest phrase' };
  await signUp(page, user);
  const mail = await waitForMail(user.email, /Confirm your e-mail/);
  await page.goto(linkIn(mail, '/verify-email'));
  await expect(page.getByRole('heading', { name: 'Your e-mail is confirmed' })).toBeVisible();
  await signIn(page, user.email, user.password);
  return user;
}

export async function expectNoA11yViolations(page: Page) {
  // WCAG 2.2 A and AA (target size, focus not obscured …) on top of 2.0 and 2.1.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
