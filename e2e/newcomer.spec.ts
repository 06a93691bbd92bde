// A newcomer's path without a stumble: the road a new business owner, a reviewer and an admin walk,
// each step checked for what once went wrong on it.
import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, signIn, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** One header, one skip link, one main landmark: a page that nests two shells fails here. */
async function expectOneShell(page: Page) {
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
}

test.describe('each role lands on its own home after signing in', () => {
  for (const staff of DEMO_STAFF) {
    test(`${staff.role} lands on the staff area, not "Page not found"`, async ({ page }) => {
      await signIn(page, staff.email, staff.password);
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
      await expectOneShell(page);
    });
  }

  test('a reviewer sent to sign in from a business page lands on the staff area', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
    const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;
    await page.getByLabel('E-mail').fill(reviewer.email);
    await page.getByLabel('Password').fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });

  test('a staff link followed after signing in still opens where it points', async ({ page }) => {
    await page.goto('/admin/listings');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Flistings/);
    const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin\/listings$/);
  });

  test('a business owner lands on the dashboard', async ({ page }) => {
    await signIn(page, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectOneShell(page);
  });

  test('a page that is not there renders one header and one main, signed in or not', async ({ page }) => {
    // Signed out, business and staff pages send to sign-in; an unknown address is the only 404.
    for (const path of ['/no-such-page', '/export-check/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectOneShell(page);
    }
    await signIn(page, DEMO_STAFF[1]!.email, DEMO_STAFF[1]!.password);
    // A business page opened by staff is a 404 from inside the page (notFound()), an unknown address is not.
    for (const path of ['/dashboard', '/products', '/no-such-page', '/admin/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectOneShell(page);
    }
  });
});

test('CSV import: download the template first, then check the filled-in file on the same page', async ({ page }) => {
  await signIn(page, 'ruth@sandhillsworkwear.example', DEMO_PASSWORDS.business);
  await page.goto('/products/import');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the CSV template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('heartland-listings-template.csv');
  const template = (await (await download.createReadStream()).toArray()).join('');
  await expect(page).toHaveURL(/\/products\/import$/);
  const posts: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST') posts.push(r.status());
  });
  await page.getByLabel('CSV file').setInputFiles({
    name: 'sweaters.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template.replace(/^\uFEFF/, '')),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'Report for sweaters.csv' })).toBeVisible();
  expect(posts).not.toContain(405);
});
