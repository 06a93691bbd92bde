import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test } from './support/fixtures';

// Rules staff can maintain: an admin grants a reviewer the rules editor permission (audited); the reviewer
// proposes a dated, sourced change; the proposer cannot approve it; the admin, a second rules editor,
// approves it; the rules version increments and the public answer changes from the effective date only.

const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;

test('a reviewer proposes a CBEC listing change, cannot approve it, and the admin approves it', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  // Cheese (not assessed yet) by direct mail: the answer before the change.
  await page.goto('/export-check?hs=040640&state=WI&channel=cbec_direct&date=2027-03-01');
  await expect(page.locator('[data-channel=cbec_direct]')).toHaveAttribute('data-status', 'not_assessed');

  // The admin grants the reviewer the permission.
  await signIn(page, admin.email, DEMO_PASSWORDS.admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(reviewer.email)}`);
  const row = page.getByTestId(`user-${reviewer.email}`);
  const grant = row.getByRole('button', { name: /Grant rules editor permission/ });
  if (await grant.count()) await grant.click();
  await expect(page.getByTestId(`user-${reviewer.email}`)).toContainText('Yes ·');

  // The reviewer proposes; bad input first.
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.68.0.1' } });
  const rp = await other.newPage();
  await signIn(rp, reviewer.email, DEMO_PASSWORDS.reviewer);
  await rp.goto('/admin/rules');
  await expectNoA11yViolations(rp);
  await rp.getByRole('link', { name: 'CBEC positive-list status' }).click();
  await rp.getByLabel('HS code (6 digits)').fill('0406.4');
  await rp.getByRole('combobox', { name: 'Positive-list status' }).selectOption('not_listed');
  await rp.getByLabel('In force from').fill('2027-01-01');
  await rp.getByLabel('Why').fill('The 2022 list has no line for blue cheese.');
  await rp.getByRole('button', { name: 'Propose the change' }).click();
  await expect(rp.getByLabel('HS code (6 digits)')).toHaveAccessibleDescription(/HS code must have 6 digits/);
  await expect(rp.getByLabel('Source on record (id, e.g. S147)')).toHaveAccessibleDescription(
    /give a source id on record, or a new source/,
  );
  await expect(rp.getByLabel('Why')).toHaveValue('The 2022 list has no line for blue cheese.');
  await expectNoA11yViolations(rp);
  await rp.getByLabel('HS code (6 digits)').fill('0406.40');
  await rp.getByLabel('Source on record (id, e.g. S147)').fill('S11');
  await rp.getByRole('button', { name: 'Propose the change' }).click();
  await expect(rp.getByRole('heading', { level: 1 })).toHaveText('HS 040640: not on the CBEC positive list');
  await expect(rp.getByTestId('change-status')).toHaveText('proposed');
  // The proposer has no approve button: a second rules editor decides.
  await expect(rp.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(rp.getByText('A second rules editor must approve or reject it.')).toBeVisible();
  await expectNoA11yViolations(rp);
  const changeUrl = rp.url().split('?')[0]!;
  await other.close();

  // The admin approves; the version increments.
  await page.goto('/admin/rules');
  const before = await page.getByTestId('rules-version').textContent();
  await page.goto(changeUrl);
  await page.getByLabel('Note').fill('Checked the 2022 list.');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('change-status')).toContainText('approved by');
  await page.goto('/admin/rules');
  await expect(page.getByTestId('rules-version')).not.toHaveText(before!);
  await expect(page.getByRole('region', { name: 'History' })).toContainText('HS 040640: not on the CBEC positive list');
  await expectNoA11yViolations(page);

  // The public answer: blocked from the effective date, unchanged before it.
  await page.goto('/export-check?hs=040640&state=WI&channel=cbec_direct&date=2027-03-01');
  const after = page.locator('[data-channel=cbec_direct]');
  await expect(after).toHaveAttribute('data-status', 'blocked');
  await expect(after.locator('[data-blocker="not_on_positive_list"]')).toBeVisible();
  await page.goto('/export-check?hs=040640&state=WI&channel=cbec_direct&date=2026-12-31');
  await expect(page.locator('[data-channel=cbec_direct]')).toHaveAttribute('data-status', 'not_assessed');
});

test('a business user and an anonymous visitor cannot reach the rules editor', async ({ page }) => {
  expect((await page.request.get('/admin/rules')).url()).toMatch(/\/sign-in/);
  await signIn(page, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
  expect((await page.request.get('/admin/rules')).status()).toBe(404);
  expect((await page.request.get('/admin/rules/new?kind=mfn_rate')).status()).toBe(404);
});
