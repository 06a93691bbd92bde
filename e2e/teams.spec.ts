import { DEMO_MEMBERS, DEMO_PASSWORDS } from '../db/seed-data/demo';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  signIn,
  signUp,
  test,
  uniqueEmail,
  waitForMail,
  type Mail,
} from './support/fixtures';

// Several people per business and several businesses per person: the switcher scopes every page, the
// forms of a page refuse to write once another business is chosen, and a viewer changes nothing.

// Seeded (db/seed-teams.ts): Lucia is an editor at Door County Cellars (joined first) and a viewer at
// Traverse Bay Blueberry Farm.
const LUCIA = DEMO_MEMBERS.find((m) => m.name === 'Lucia Moreno')!;
const BLUEBERRIES = 'Michigan Highbush Blueberries (Bluecrop), 1.5 kg';

test.describe.configure({ timeout: 240_000 });

test('a person in two businesses switches and sees only the chosen one, in every tab', async ({ page, context }) => {
  await signIn(page, LUCIA.email, DEMO_PASSWORDS.business);
  await page.goto('/dashboard');
  const bar = page.getByTestId('business-bar');
  await expect(bar.getByTestId('acting-for')).toHaveText('Door County Cellars Inc.');
  await expect(bar).toContainText('Editor');
  await page.getByRole('navigation').getByRole('link', { name: 'Products' }).click();
  await expect(page.getByRole('heading', { name: 'Your products' })).toBeVisible();
  await expect(page.getByText(BLUEBERRIES)).toHaveCount(0);

  // A second tab switches to Traverse Bay.
  const other = await context.newPage();
  await other.goto('/dashboard');
  await other.getByLabel('Working for').selectOption({ label: 'Traverse Bay Blueberry Farm LLC (Viewer)' });
  await other.getByRole('button', { name: 'Switch' }).click();
  await expect(other.getByTestId('acting-for')).toHaveText('Traverse Bay Blueberry Farm LLC');
  await expect(other.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  await other.getByRole('navigation').getByRole('link', { name: 'Products' }).click();
  const listing = other.getByRole('link', { name: BLUEBERRIES });
  await expect(listing).toBeVisible();
  await listing.click();
  await expect(other.getByRole('heading', { name: BLUEBERRIES })).toBeVisible();
  const traverseListingUrl = other.url();
  await expectNoA11yViolations(other);

  // The first tab, moving on by a link, now shows Traverse Bay, named above the page.
  await page.getByRole('navigation').getByRole('link', { name: 'Shipments' }).click();
  await expect(page.getByRole('heading', { name: 'Shipments', level: 1 })).toBeVisible();
  await expect(page.getByTestId('acting-for')).toHaveText('Traverse Bay Blueberry Farm LLC');

  // Back to Door County: Traverse Bay's listing is a missing page, not a peek.
  await page.getByLabel('Working for').selectOption({ label: 'Door County Cellars Inc. (Editor)' });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('acting-for')).toHaveText('Door County Cellars Inc.');
  const res = await page.goto(traverseListingUrl);
  expect(res?.status()).toBe(404);
  await expect(page.getByText(BLUEBERRIES)).toHaveCount(0);

  // A link to a Traverse Bay page (as notifications give) offers to switch, then opens it.
  const path = new URL(traverseListingUrl).pathname;
  const traverseId = await other.locator('input[name="actingFor"]').first().getAttribute('value');
  await page.goto(`/switch?to=${traverseId}&next=${encodeURIComponent(path)}`);
  await expect(page.getByRole('heading', { name: 'This page is for Traverse Bay Blueberry Farm LLC' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Switch to Traverse Bay Blueberry Farm LLC' }).click();
  await expect(page.getByRole('heading', { name: BLUEBERRIES })).toBeVisible();
  await expect(page.getByTestId('acting-for')).toHaveText('Traverse Bay Blueberry Farm LLC');
  // A business she does not belong to is never named.
  await page.goto(`/switch?to=00000000-0000-4000-8000-000000000000&next=${encodeURIComponent(path)}`);
  await expect(page.getByText('That business is not available to you')).toBeVisible();

  await page.getByLabel('Working for').selectOption({ label: 'Door County Cellars Inc. (Editor)' });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('acting-for')).toHaveText('Door County Cellars Inc.');
  await page.goto('/team');
  await expect(page.getByRole('heading', { name: 'Team of Door County Cellars Inc.' })).toBeVisible();
  await expect(page.getByTestId(`member-${LUCIA.email}`)).toContainText('Editor');
  await expectNoA11yViolations(page);
});

test('a viewer cannot change anything', async ({ page }) => {
  await signIn(page, LUCIA.email, DEMO_PASSWORDS.business);
  await page.goto('/dashboard');
  await page.getByLabel('Working for').selectOption({ label: 'Traverse Bay Blueberry Farm LLC (Viewer)' });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('acting-for')).toHaveText('Traverse Bay Blueberry Farm LLC');
  await expect(page.getByTestId('business-bar')).toContainText('Viewer');

  await page.getByRole('navigation').getByRole('link', { name: 'Products' }).click();
  await expect(page.getByRole('link', { name: BLUEBERRIES })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New listing' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Import from CSV' })).toHaveCount(0);
  await page.getByRole('link', { name: BLUEBERRIES }).click();
  await expect(page.getByText('You can view this listing but not change it')).toBeVisible();
  await expect(page.getByRole('button', { name: /Save changes|Submit for review|Upload|Add a photo/ })).toHaveCount(0);
  await expect(page.getByLabel('Title (English)')).toBeDisabled();
  await expectNoA11yViolations(page);
  const listingId = new URL(page.url()).pathname.split('/').pop()!;
  const actingFor = await page
    .locator('input[name="actingFor"]')
    .first()
    .getAttribute('value')
    .catch(() => null);

  // The endpoints refuse too, whatever the page shows: an upload straight to the photo endpoint is a 404.
  const upload = await page.request.post(`/api/listings/${listingId}/photos?actingFor=${actingFor ?? ''}`, {
    headers: { Accept: 'application/json', Origin: new URL(page.url()).origin },
    multipart: { photo: { name: 'x.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) } },
  });
  expect(upload.status()).toBe(404);

  expect((await page.goto('/products/new'))?.status()).toBe(404);
  await page.goto('/registrations');
  await expect(page.getByRole('heading', { name: 'Registrations', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save renewal' })).toHaveCount(0);
  await page.goto('/shipments');
  await expect(page.getByRole('link', { name: 'New shipment' })).toHaveCount(0);
  await page.goto('/onboarding/business');
  await expect(page.getByText('Your application is approved')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save and continue' })).toHaveCount(0);
});

const WINERY_OWNER = 'elena@blackhillsvineyards.example';
const WINERY = 'Black Hills Vineyards LLC';

const invitationLink = (mail: Mail) => {
  const m = /https?:\/\/[^\s"<>]*\/invitations\/accept\?token=[A-Za-z0-9_-]{43}/.exec(mail.text);
  if (!m) throw new Error('No invitation link in the e-mail');
  return m[0];
};

async function fillWine(page: Page, titleEn: string) {
  await page.getByLabel('Title (English)').fill(titleEn);
  await page.getByLabel('Description (English)').fill('Cold-hardy Marquette from the Black Hills, aged in oak.');
  await page.getByLabel('Title (Chinese)').fill('黑山马凯特');
  await page.getByLabel('Description (Chinese)').fill('来自黑山的耐寒马凯特葡萄酒。');
  await page.getByLabel('HS code').fill('2204.21');
  await page.getByRole('combobox', { name: 'State of origin' }).selectOption('SD');
  await page.getByLabel('Varietal').fill('Marquette');
  await page.getByLabel('Vintage').fill('2022');
  await page.getByLabel('Alcohol by volume (%)').fill('13.5');
  await page.getByLabel('Bottle volume (ml)').fill('750');
  await page.getByLabel('TTB basic permit number').fill('BW-SD-4412');
  await page.getByLabel('GACC registration number').fill('CUSA22041201');
  await page.getByLabel('Unit price (USD)').fill('30.00');
  await page.getByLabel('Stock').fill('120');
  await page.getByLabel('Minimum order').fill('6');
  await page.getByRole('combobox', { name: 'Unit' }).selectOption('case');
  await page.getByLabel('Pack size').fill('6 x 750 ml');
  await page.getByLabel('Weight (kg)').fill('8.5');
  await page.getByRole('checkbox', { name: /bonded/ }).check();
}

test('an owner invites an editor by e-mail, who prepares a listing that the owner submits', async ({
  page,
  browser,
}) => {
  const editor = { name: 'Rosa Editor', email: uniqueEmail('rosa'), password: 'a long harvest phrase' };
  await signIn(page, WINERY_OWNER, DEMO_PASSWORDS.business);
  await page.goto('/team');
  await expect(page.getByRole('heading', { name: `Team of ${WINERY}` })).toBeVisible();

  // Bad input is named by field.
  const invite = page.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('E-mail').fill('not-an-address');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByLabel('E-mail')).toHaveAccessibleDescription(/must be an address like name@example.com/);
  await invite.getByLabel('E-mail').fill(WINERY_OWNER);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByLabel('E-mail')).toHaveAccessibleDescription(/already a member/);
  await expectNoA11yViolations(page);

  await invite.getByLabel('E-mail').fill(editor.email);
  await invite.getByLabel('Role').selectOption('editor');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('main').getByText(`Invitation sent to ${editor.email}`)).toBeVisible();
  await expect(page.getByTestId(`invitation-${editor.email}`)).toBeVisible();
  const link = invitationLink(await waitForMail(editor.email, /invites you to Black Hills Vineyards/));

  // Someone signed in as another address cannot use the link.
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.0.2' } });
  const lucia = await other.newPage();
  await signIn(lucia, LUCIA.email, DEMO_PASSWORDS.business);
  await lucia.goto(link);
  await expect(lucia.getByText('This invitation is for another e-mail address')).toBeVisible();
  await expect(lucia.getByRole('button', { name: /^Join/ })).toHaveCount(0);
  await other.close();

  // The invitee signs up, signs in from the link and joins.
  const ctx = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.0.3' } });
  const ed = await ctx.newPage();
  await ed.goto(link);
  await expect(ed.getByRole('heading', { name: `Join ${WINERY}` })).toBeVisible();
  await expectNoA11yViolations(ed);
  await signUp(ed, editor);
  await ed.goto(link);
  await ed.getByRole('link', { name: 'Sign in to accept' }).click();
  await ed.getByLabel('E-mail').fill(editor.email);
  await ed.getByLabel('Password').fill(editor.password);
  await ed.getByRole('button', { name: 'Sign in' }).click();
  await ed.getByRole('button', { name: `Join ${WINERY}` }).click();
  await expect(ed.getByTestId('acting-for')).toHaveText(WINERY);
  await expect(ed.getByTestId('business-bar')).toContainText('Editor');
  // The link worked once.
  await ed.goto(link);
  await expect(ed.getByText('This link no longer works')).toBeVisible();

  // The editor prepares a listing but cannot send it to review.
  const title = `Marquette by Rosa ${Date.now().toString(36)}`;
  await ed.goto('/products/new');
  await ed.getByRole('link', { name: 'Wine' }).click();
  await fillWine(ed, title);
  await ed.getByRole('button', { name: 'Create listing' }).click();
  await expect(ed.getByRole('heading', { name: title })).toBeVisible();
  await expect(ed.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  await ctx.close();

  // The owner sends it to review, and sees who did what.
  await page.goto('/products');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('listing-status')).toContainText('Waiting for review');
  await page.goto('/team');
  const roleCell = page.getByTestId(`member-${editor.email}`).getByRole('cell').nth(2);
  await expect(roleCell).toContainText('Editor');
  const log = page.getByTestId('activity');
  await expect(log.getByText(`Created the listing “${title}”`)).toBeVisible();
  await expect(log.locator('li', { hasText: `Created the listing “${title}”` })).toContainText(`by ${editor.name}`);
  await expect(log.locator('li', { hasText: `Sent the listing “${title}” to review` })).toContainText(
    'by Elena Two Bulls',
  );

  // The owner makes the editor a viewer, then removes them.
  const row = page.getByTestId(`member-${editor.email}`);
  await row.getByLabel(`Role of ${editor.name}`).selectOption('viewer');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(roleCell).toContainText('Viewer');
  await page
    .getByTestId(`member-${editor.email}`)
    .getByRole('button', { name: `Remove ${editor.name}` })
    .click();
  await expect(page.getByTestId(`member-${editor.email}`)).toHaveCount(0);
  await expect(log.getByText(`Removed ${editor.name} (${editor.email})`)).toBeVisible();
  await expectNoA11yViolations(page);
});
