import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import {
  expect,
  expectNoA11yViolations,
  linkIn,
  signIn,
  signUp,
  test,
  uniqueEmail,
  waitForMail,
} from './support/fixtures';

const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;

test('sign up, receive the verification e-mail, verify, sign in and sign out', async ({ page }) => {
  const user = { name: 'Karen Olsen', email: uniqueEmail('signup'), password: 'blueberries on the bay' };
  await page.goto('/');
  await page.getByRole('link', { name: 'Start your free application' }).click();
  await expectNoA11yViolations(page);
  await signUp(page, user);
  const mail = await waitForMail(user.email, /Confirm your e-mail/);
  await page.goto(linkIn(mail, '/verify-email'));
  await expect(page.getByRole('heading', { name: 'Your e-mail is confirmed' })).toBeVisible();
  // The sign-in form is on the confirmation page, the address filled in: only the password is left to type.
  await expect(page.getByRole('main').getByRole('status')).toContainText(`${user.email} is confirmed`);
  await expect(page.getByLabel('E-mail')).toHaveValue(user.email);
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Welcome, Karen Olsen' })).toBeVisible();
  await expect(page.getByText('Please confirm your e-mail')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
});

test('sign-up shows what is wrong with each field and keeps what was typed', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Tom');
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('alert')).toContainText('Please fix the 2 highlighted fields.');
  await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription(/E-mail must be a valid address/);
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/one of the most common passwords/);
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await expect(page.getByLabel('Your name')).toHaveValue('Tom');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.getByLabel('E-mail').fill('tom@example.com');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/at least 8 characters/);
  await expectNoA11yViolations(page);
});

test('a wrong password shows a clear error that does not say whether the account exists', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'That e-mail and password do not match an account. Check them and try again.',
  );
  await page.getByLabel('E-mail').fill('nobody-here@example.com');
  await page.getByLabel('Password').fill('not the password');
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'That e-mail and password do not match an account. Check them and try again.',
  );
  await expectNoA11yViolations(page);
});

test('password reset from the e-mail link, once', async ({ page }) => {
  const user = { name: 'Maria Estrada', email: uniqueEmail('reset'), password: 'old orchard password' };
  await signUp(page, user);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('we sent it a link');
  const link = linkIn(await waitForMail(user.email, /Reset your/), '/reset-password');
  await page.goto(link);
  await page.getByLabel('New password').fill('new cider press phrase');
  await page.getByLabel('Confirm password').fill('something else entirely');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByLabel('Confirm password')).toHaveAccessibleDescription(
    'Confirm password must match the new password.',
  );
  await page.getByLabel('New password').fill('new cider press phrase');
  await page.getByLabel('Confirm password').fill('new cider press phrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Your password was changed');
  await signIn(page, user.email, 'new cider press phrase');
  await expect(page).toHaveURL(/\/dashboard$/);
  // The link works once.
  await page.goto(link);
  await page.getByLabel('New password').fill('yet another phrase ok');
  await page.getByLabel('Confirm password').fill('yet another phrase ok');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('expired or was already used');
});

test('too many failed sign-ins show the rate-limit message', async ({ page }) => {
  const email = uniqueEmail('locked');
  await page.goto('/sign-in');
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(`wrong guess ${i}`);
    // Wait for each answer: the same message from the previous attempt is already on screen.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('do not match');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('wrong guess again');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Too many sign-in attempts');
});

test('an anonymous visitor is sent to sign in from /admin and gets nothing from admin pages', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await expect(page.getByText(admin.email)).toHaveCount(0);
});

test('the benchmark baseline pages are not served by a production build', async ({ page }) => {
  for (const path of ['/bench/plain', '/bench/static', '/bench/prerendered'])
    expect((await page.request.get(path)).status()).toBe(404);
});

test('a business user cannot reach admin pages or data', async ({ page }) => {
  const user = { name: 'Ben Kowalski', email: uniqueEmail('biz'), password: 'clover honey hives' };
  await signUp(page, user);
  await signIn(page, user.email, user.password);
  for (const path of ['/admin', '/admin/users', `/admin/users?q=${encodeURIComponent(admin.email)}`]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText(admin.email)).toHaveCount(0);
  }
});

test('an admin changes a user role and it takes effect without the user signing in again', async ({ browser }) => {
  test.setTimeout(150_000);
  const userCtx = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.0.1' } });
  const adminCtx = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.0.2' } });
  const userPage = await userCtx.newPage();
  const adminPage = await adminCtx.newPage();
  const user = { name: 'Rita Reviewer', email: uniqueEmail('promote'), password: 'soon to be staff' };
  await signUp(userPage, user);
  await signIn(userPage, user.email, user.password);
  expect((await userPage.goto('/admin'))?.status()).toBe(404);

  await signIn(adminPage, admin.email, DEMO_PASSWORDS.admin);
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await expectNoA11yViolations(adminPage);
  const row = adminPage.getByTestId(`user-${user.email}`);
  await row.getByLabel(`Role for ${user.email}`).selectOption('reviewer');
  await row.getByRole('button', { name: `Save role for ${user.email}` }).click();
  await expect(adminPage.getByRole('main').getByRole('status')).toHaveText('Role changed.');

  expect((await userPage.goto('/admin'))?.status()).toBe(200);
  await expect(userPage.getByRole('heading', { name: 'Programme', level: 1 })).toBeVisible();
  await expect(userPage.getByTestId('signed-in-as')).toContainText('reviewer');

  // Disabling ends the session on the next request.
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await adminPage
    .getByTestId(`user-${user.email}`)
    .getByRole('button', { name: `Disable ${user.email}` })
    .click();
  await expect(adminPage.getByRole('main').getByRole('status')).toHaveText('User disabled.');
  await userPage.goto('/admin');
  await expect(userPage).toHaveURL(/\/sign-in/);
  await userCtx.close();
  await adminCtx.close();
});
