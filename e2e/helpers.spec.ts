import { DEMO_HELPERS, DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { chooseWineGeneralTrade, fillBusinessStep, fillRegistrations, uploadAll } from './support/onboarding';
import { expect, expectNoA11yViolations, signIn, signUpVerified, test, uniqueEmail } from './support/fixtures';

// Helper organisations: an admin creates one and adds its staff; a business owner gives a state office
// access to prepare the application, the helper prepares it, only the owner submits, and when the owner
// ends the access the helper's next click is refused. Every helper action is in the owner's log.

const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
const DATCP = DEMO_HELPERS.find((h) => h.name === 'Wisconsin DATCP')!;
const ORTIZ = DATCP.staff[0]!;

test.describe.configure({ timeout: 240_000 });

test('an admin creates a helper organisation and adds its staff; bad input is named by field', async ({ page }) => {
  await signIn(page, admin.email, DEMO_PASSWORDS.admin);
  await page.goto('/admin/helpers');
  await expect(page.getByRole('heading', { name: 'Helper organisations', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wisconsin DATCP' })).toBeVisible();
  await expectNoA11yViolations(page);

  const form = page.getByRole('form', { name: 'Create a helper organisation' });
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(/Name must be at least 2 characters/);
  await expect(form.getByLabel('Kind')).toHaveAccessibleDescription(/Kind must be one of the choices offered/);
  await expect(form.getByText('States: choose at least one state')).toBeVisible();
  await form.getByLabel('Name').fill('wisconsin datcp');
  await form.getByLabel('Kind').selectOption('state_agriculture_office');
  await form.getByRole('checkbox', { name: 'Wisconsin (WI)' }).check();
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(/already taken/);

  const name = `Ohio Export Agents ${Date.now().toString(36)}`;
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Kind').selectOption('export_agent');
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('Export agent · serves WI')).toBeVisible();

  const staff = page.getByRole('form', { name: 'Add a staff member' });
  await staff.getByLabel('E-mail').fill('not an address');
  await staff.getByRole('button', { name: 'Add to staff' }).click();
  await expect(staff.getByLabel('E-mail')).toHaveAccessibleDescription(/must be an address like/);
  await staff.getByLabel('E-mail').fill(ORTIZ.email);
  await staff.getByRole('button', { name: 'Add to staff' }).click();
  await expect(staff.getByLabel('E-mail')).toHaveAccessibleDescription(/already on a helper organisation/);
  const newcomer = uniqueEmail('agent');
  await staff.getByLabel('E-mail').fill(newcomer);
  await staff.getByRole('button', { name: 'Add to staff' }).click();
  await expect(page.getByRole('main').getByText(`${newcomer} has no account yet`)).toBeVisible();
  await expect(page.getByRole('main').getByText(newcomer, { exact: false }).last()).toBeVisible();
  await expectNoA11yViolations(page);
});

test('a state office helper prepares an application, the owner submits it, then ends the access mid-session', async ({
  page,
  browser,
}) => {
  const owner = await signUpVerified(page, 'badger');
  const legalName = `Badger Maple ${Date.now().toString(36)} LLC`;
  await fillBusinessStep(page, legalName);

  await page.goto('/team');
  const grant = page.getByRole('form', { name: 'Give a helper organisation access' });
  await grant.getByRole('button', { name: 'Give access' }).click();
  await expect(grant.getByLabel('Organisation')).toHaveAccessibleDescription(/one of the choices offered/);
  await grant.getByLabel('Organisation').selectOption({ label: 'Wisconsin DATCP (State agriculture office, WI)' });
  await grant.getByRole('checkbox', { name: /Prepare the application/ }).check();
  await grant.getByRole('button', { name: 'Give access' }).click();
  await expect(page.getByTestId('helper-Wisconsin DATCP')).toContainText('View, Prepare the application');
  await expectNoA11yViolations(page);

  // The helper finds the business on its home and prepares steps 2 to 4.
  const ctx = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.99.0.7' } });
  const hp = await ctx.newPage();
  await signIn(hp, ORTIZ.email, DEMO_PASSWORDS.business);
  await hp.goto('/helper');
  await expect(hp.getByRole('heading', { name: 'Businesses Wisconsin DATCP helps' })).toBeVisible();
  const row = hp.getByTestId(`helped-${legalName}`);
  await expect(row).toContainText('Application not submitted (1 of 4 steps saved)');
  await expectNoA11yViolations(hp);
  await hp.getByRole('combobox', { name: 'Needs attention' }).selectOption('stuck');
  await hp.getByRole('button', { name: 'Filter' }).click();
  await expect(hp.getByTestId(`helped-${legalName}`)).toHaveCount(0);
  await hp.goto('/helper?attention=not_submitted');
  await hp
    .getByTestId(`helped-${legalName}`)
    .getByRole('button', { name: `Open ${legalName}` })
    .click();
  await expect(hp.getByTestId('acting-for')).toHaveText(legalName);
  await expect(hp.getByTestId('business-bar')).toContainText('as Wisconsin DATCP: View, Prepare the application');
  await expect(hp.getByText('Step 2 of 5: What you sell')).toBeVisible();
  await chooseWineGeneralTrade(hp);
  await fillRegistrations(hp);
  await uploadAll(hp);
  await hp.getByRole('link', { name: /Continue to review and submit/ }).click();
  await expect(hp.getByText('Only the owner can submit')).toBeVisible();
  await expect(hp.getByRole('button', { name: 'Submit application' })).toHaveCount(0);
  // Team pages are the members' own.
  expect((await hp.goto('/team'))?.status()).toBe(404);
  await hp.goto('/onboarding/review');

  // The owner submits, and sees what the helper did, attributed.
  await page.goto('/onboarding/review');
  await page.getByRole('checkbox', { name: /confirm that the answers and documents/ }).check();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('Submitted');
  await page.goto('/team?activity=helpers');
  const log = page.getByTestId('activity');
  await expect(log.locator('li', { hasText: 'Saved what the business sells' })).toContainText(
    `by ${ORTIZ.name}, Wisconsin DATCP, for ${legalName}`,
  );
  await expect(log.locator('li', { hasText: 'Attested and submitted' })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // The owner ends the access; the helper's next click is refused.
  await page.goto('/team');
  await page.getByRole('button', { name: 'End Wisconsin DATCP’s access' }).click();
  await expect(page.getByTestId('helper-Wisconsin DATCP')).toHaveCount(0);
  await expect(page.getByTestId('activity').getByText('Ended Wisconsin DATCP’s access')).toBeVisible();

  await hp.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Registrations' }).click();
  await expect(hp.getByText('Your access to that business has ended')).toBeVisible();
  await expect(hp).toHaveURL(/\/helper\?ended=1/);
  await expect(hp.getByTestId(`helped-${legalName}`)).toHaveCount(0);
  await expectNoA11yViolations(hp);
  expect(owner.email).toContain('@');
  await ctx.close();
});
