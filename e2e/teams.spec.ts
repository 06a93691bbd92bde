import { DEMO_MEMBERS, DEMO_PASSWORDS } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test } from './support/fixtures';

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
