import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, signUpVerified, test } from './support/fixtures';

// Issue 6, "Expiry and reminders" and "Notifications": an expired registration flags the listings
// that need it until it is renewed; each business user chooses e-mail and in-app, or in-app only.

const RUTH = 'ruth@sandhillsworkwear.example';
const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe.configure({ timeout: 120_000 });

test('an expired registration flags the live listings that need it, and renewing it clears the flags', async ({
  page,
}) => {
  // Seeded by db/seed-registrations.ts: Sandhills Workwear's domestic agent registration expired 25 days ago.
  await signIn(page, RUTH, DEMO_PASSWORDS.business);
  await page.goto('/dashboard');
  const flag = page.getByRole('alert').filter({ hasText: /Domestic agent.*expired on/ });
  await expect(flag).toBeVisible();
  await expect(flag.getByRole('link', { name: 'Selvedge Denim Work Jeans' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Products' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Selvedge Denim Work Jeans' })).toContainText(
    'which has expired',
  );

  await page.getByRole('navigation').getByRole('link', { name: 'Registrations' }).click();
  await expect(page.getByRole('heading', { name: 'Registrations', level: 1 })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Domestic agent/ }) });
  await expect(card).toContainText(`Expired on ${isoDay(-25)}`);
  await expect(card).toContainText(/Needed by \d+ live listings? and/);
  await expectNoA11yViolations(page);

  // Bad input: a date that is not after today is refused, the field says why, nothing changes.
  const form = card.getByRole('form', { name: /Renew Domestic agent/ });
  const expiry = form.getByLabel('New expiry date');
  await expiry.fill(isoDay(0));
  await form.getByRole('button', { name: 'Save renewal' }).click();
  await expect(expiry).toHaveAttribute('aria-invalid', 'true');
  await expect(expiry).toHaveAccessibleDescription('New expiry date must be after today.');
  await page.reload();
  await expect(card).toContainText('Expired on');

  const renewed = isoDay(730);
  await form.getByLabel('Number').fill('AGENT-2028-0117');
  await form.getByLabel('New expiry date').fill(renewed);
  await form.getByRole('button', { name: 'Save renewal' }).click();
  await expect(form.getByRole('status')).toContainText(`Renewed: valid through ${renewed}`);
  await page.reload();
  await expect(card).toContainText(`Valid through ${renewed}`);
  await expect(card).toContainText('AGENT-2028-0117');

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /Domestic agent/ })).toHaveCount(0);
});

test('registrations are a business page: anonymous visitors sign in, staff get a 404', async ({ page, browser }) => {
  await page.goto('/registrations');
  await expect(page).toHaveURL(/\/sign-in/);
  const staff = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.88.7.3' } })).newPage();
  await signIn(staff, admin.email, DEMO_PASSWORDS.admin);
  expect((await staff.goto('/registrations'))?.status()).toBe(404);
  await staff.context().close();
});

test('a business user chooses in-app only notifications, and the choice sticks', async ({ page }) => {
  await signUpVerified(page, 'prefs');
  await page.goto('/settings');
  const group = page.getByRole('group', { name: /How should we tell you/ });
  await expect(group.getByRole('radio', { name: /E-mail and in-app/ })).toBeChecked();
  await group.getByRole('radio', { name: /In-app only/ }).check();
  await page.getByRole('button', { name: 'Save notification choice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'notifications stay in the app' })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: /How should we tell you/ }).getByRole('radio', { name: /In-app only/ }),
  ).toBeChecked();
  await expectNoA11yViolations(page);
});
