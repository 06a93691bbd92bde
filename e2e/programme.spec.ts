import { DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test } from './support/fixtures';

const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;

test('a reviewer reads the programme, filters by Wisconsin and follows the map to the queue', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto('/admin');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Programme', level: 1 })).toBeVisible();
  await expect(main.getByTestId('freshness')).toContainText('Figures as of');
  // The staff tools stay one click away.
  await expect(main.getByRole('navigation', { name: 'Staff tools' }).getByRole('link')).toHaveText([
    'Application queue',
    'Listing review',
    'Shipments',
    'Export rules',
  ]);
  // The demo has approved businesses: the progress and the funnel count them.
  await expect(main.getByTestId('progress-current')).toContainText(/^[1-9]\d* businesses approved now/);
  await expect(main.getByRole('img', { name: /^Approved: [1-9]/ })).toBeVisible();
  await expectNoA11yViolations(page);

  // Every chart has a table view, readable without script.
  await main.getByText('Table view: funnel').click();
  await expect(main.getByRole('table', { name: /^Funnel/ }).getByRole('rowheader', { name: 'Approved' })).toBeVisible();

  // Filter by Wisconsin.
  await main.getByLabel('State', { exact: true }).selectOption('WI');
  await main.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]state=WI/);
  await expect(main.getByText(/^Showing .*; Wisconsin \(WI\), all categories, all channels.$/)).toBeVisible();
  await expect(main.getByLabel('State', { exact: true })).toHaveValue('WI');

  // The CSV of a chart carries the same filters.
  const csvHref = await main.getByRole('link', { name: 'Download CSV: funnel' }).getAttribute('href');
  expect(csvHref).toContain('state=WI');
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\r\n')[0]).toBe(
    'Step,Businesses,Conversion from previous step,Did not go on,Share of first step',
  );

  // The map: Wisconsin is a Midwest state with two approved demo businesses; it links to the queue.
  const wisconsin = main.getByRole('link', { name: /^Wisconsin \(Midwest\): \d+ businesses \(approved now\)/ });
  await wisconsin.focus();
  await expect(wisconsin).toBeFocused();
  // Focus shows the state's figure in the strip under the map.
  await expect(wisconsin.locator('.map-tip')).toBeVisible();
  await wisconsin.press('Enter');
  await expect(page).toHaveURL(/\/admin\/applications\?state=WI$/);
  await expect(page.getByRole('heading', { name: 'Application queue' })).toBeVisible();
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('WI');
  await expect(page.getByRole('link', { name: 'Door County Cellars Inc.' })).toBeVisible();
});

test('bad filter values are named, the default view is shown, and the CSV answers 400', async ({ page }) => {
  await signIn(page, reviewer.email, reviewer.password);
  const res = await page.goto('/admin?state=Wisconsin&from=2026-02-30&category=guns');
  expect(res?.status()).toBe(200);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Some filters could not be used, so the default view is shown.');
  await expect(alert).toContainText('State: State must be a US state code such as WI.');
  await expect(alert).toContainText('From: From must be a date such as 2026-06-01.');
  await expect(alert).toContainText('Category: Category must come from the list.');
  await expect(page.getByLabel('State', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('State', { exact: true })).toHaveAccessibleDescription(
    'State must be a US state code such as WI.',
  );
  await expect(page.getByRole('heading', { name: 'Funnel', exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto('/admin?from=2026-05-02&to=2026-05-01');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('From: From must be on or before To.');

  const csv = await page.request.get('/api/programme/map?state=ZZ');
  expect(csv.status()).toBe(400);
  expect((await csv.json()).message).toBe('State must be a US state code such as WI.');
  expect((await page.request.get('/api/programme/nothing')).status()).toBe(404);
});

test('the public programme page shows counts of 5 or more only, and is linked from the landing page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'See the programme in numbers' }).click();
  await expect(page).toHaveURL(/\/programme$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'The programme in numbers' })).toBeVisible();

  // Every figure on the page, headline or table cell, is withheld or at least 5.
  const figures = await main.getByTestId('public-figure').allTextContents();
  expect(figures).toHaveLength(4);
  await main.getByText('Table view: businesses approved, by state').click();
  await main.getByText('Table view: businesses approved, by category').click();
  const cells = await main.locator('table td:last-child').allTextContents();
  expect(cells.length).toBeGreaterThan(50);
  for (const v of [...figures, ...cells]) {
    if (v.trim() === 'fewer than 5') continue;
    expect(Number(v.replace(/,/g, '')), `"${v}"`).toBeGreaterThanOrEqual(5);
  }
  // The demo has two approved Wisconsin businesses: withheld, in the table, on the map and its label.
  await expect(main.getByRole('row', { name: /^Wisconsin yes fewer than 5$/ })).toBeVisible();
  await expect(
    main.getByRole('img', { name: 'Wisconsin (Midwest): fewer than 5 (withheld) businesses approved' }),
  ).toBeVisible();
  // No business, person or address on it.
  const text = await main.innerText();
  expect(text).not.toMatch(/Chippewa|Marathon|Door County|@|LLC|Inc\./);
  await expectNoA11yViolations(page);

  // Anonymous callers get nothing from the staff CSV.
  expect((await page.request.get('/api/programme/funnel')).status()).toBe(401);
});
