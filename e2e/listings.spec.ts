import sharp from 'sharp';
import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test } from './support/fixtures';

const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;
const winery = 'elena@blackhillsvineyards.example';

async function fillWine(page: import('@playwright/test').Page, titleEn: string, titleZh: string) {
  await page.getByLabel('Title (English)').fill(titleEn);
  await page
    .getByLabel('Description (English)')
    .fill('Cold-hardy Marquette from the Black Hills, aged in neutral oak.');
  await page.getByLabel('Title (Chinese)').fill(titleZh);
  await page.getByLabel('Description (Chinese)').fill('来自黑山的耐寒马凯特葡萄酒，中性橡木桶陈酿。');
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

test('a winery lists a wine in English and Chinese with a photo; edits stay off the storefront until approved', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const titleEn = `Black Hills Marquette ${stamp}`;
  await signIn(page, winery, DEMO_PASSWORDS.business);
  await page.goto('/products/new');
  await page.getByRole('link', { name: 'Wine' }).click();
  await expect(page.getByText('Category: Wine')).toBeVisible();

  // Bad input first: an HS code of another category and a price with three decimals.
  await fillWine(page, titleEn, `黑山马凯特 ${stamp}`);
  await page.getByLabel('HS code').fill('0810.40');
  await page.getByLabel('Unit price (USD)').fill('30.005');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByLabel('HS code')).toHaveAccessibleDescription(
    /HS code 081040 does not belong to the category Wine/,
  );
  await expect(page.getByLabel('Unit price (USD)')).toHaveAccessibleDescription(/at most 2 decimals/);
  await expectNoA11yViolations(page);
  await page.getByLabel('HS code').fill('2204.21');
  await page.getByLabel('Unit price (USD)').fill('30.00');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByRole('heading', { name: titleEn })).toBeVisible();
  await expect(page.getByTestId('readiness-cbec_bonded')).toContainText('Can be sold through');

  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#7b2d26' } })
    .png()
    .toBuffer();
  await page.locator('input[name=photo]').setInputFiles({ name: 'bottle.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByRole('img', { name: `Photo of ${titleEn}` })).toHaveCount(1);
  // The stored thumbnail streams back whole, as a decodable 480 px WebP.
  const photoSrc = await page.getByRole('img', { name: `Photo of ${titleEn}` }).getAttribute('src');
  const photoRes = await page.request.get(photoSrc!);
  expect(photoRes.status()).toBe(200);
  expect(await sharp(await photoRes.body()).metadata()).toMatchObject({ format: 'webp', width: 480, height: 480 });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('listing-status')).toContainText('Waiting for review');
  await expectNoA11yViolations(page);
  const listingUrl = page.url().split('?')[0]!;

  const staff = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.66.0.1' } });
  const rp = await staff.newPage();
  await signIn(rp, reviewer.email, DEMO_PASSWORDS.reviewer);
  await rp.goto(`/admin/listings?q=${encodeURIComponent(titleEn.toLowerCase())}`);
  await expectNoA11yViolations(rp);
  await rp.getByRole('link', { name: titleEn }).click();
  await rp.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
  await expect(rp.getByRole('main').getByRole('status').filter({ hasText: 'Approved' })).toBeVisible();

  await page.goto(listingUrl);
  await expect(page.getByTestId('listing-status')).toContainText('live on the storefront');
  await page.getByRole('link', { name: 'View it on the storefront' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: `黑山马凯特 ${stamp}` })).toBeVisible();
  await expect(page.getByTestId('origin')).toHaveText('美国南达科他州');
  await expect(page.getByTestId('price-cny')).toContainText('¥');
  await expect(page.getByTestId('channel-cbec_bonded').getByTestId('tax-amount')).toHaveText(/^¥\d+\.\d{2}$/);
  await expect(page.getByTestId('cbec-limit')).toContainText('5,000');
  await expectNoA11yViolations(page);
  const storeUrl = page.url();

  // Edit the Chinese title: the old title stays live until a reviewer approves the change.
  await page.goto(listingUrl);
  await page.getByLabel('Title (Chinese)').fill(`黑山马凯特 新版 ${stamp}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('region', { name: /Changes not yet live/ })).toContainText('Title (Chinese)');
  await page.getByRole('button', { name: 'Submit changes for review' }).click();
  await page.goto(storeUrl);
  await expect(page.getByRole('heading', { name: `黑山马凯特 ${stamp}` })).toBeVisible();
  await expect(page.getByText(`黑山马凯特 新版 ${stamp}`)).toHaveCount(0);

  await rp.goto(`/admin/listings?q=${encodeURIComponent(titleEn.toLowerCase())}`);
  await rp.getByRole('link', { name: titleEn }).click();
  await expect(rp.getByTestId('diff-titleZh')).toContainText(`黑山马凯特 新版 ${stamp}`);
  await expectNoA11yViolations(rp);
  await rp.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
  await expect(rp.getByRole('main').getByRole('status').filter({ hasText: 'Approved' })).toBeVisible();
  await staff.close();
  await page.goto(storeUrl);
  await expect(page.getByRole('heading', { name: `黑山马凯特 新版 ${stamp}` })).toBeVisible();
});

test('a CSV import with one bad row reports it and can import only the valid rows', async ({ page }) => {
  await signIn(page, winery, DEMO_PASSWORDS.business);
  await page.goto('/products/import');
  const template = await (await page.request.get('/products/import/template')).text();
  const [header, good] = template
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const stamp = Date.now().toString(36);
  const rows = [
    header,
    good!.replace('Door Peninsula Riesling 2022', `Imported Riesling A ${stamp}`),
    good!.replace('24.00', '-3'),
    good!.replace('Door Peninsula Riesling 2022', `Imported Riesling B ${stamp}`),
  ];
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'listings.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('3 rows: 2 ready, 1 with problems.')).toBeVisible();
  const report = page.getByRole('table', { name: 'Problems by row and column' });
  await expect(report.getByRole('row').nth(1)).toContainText('3');
  await expect(report.getByRole('row').nth(1)).toContainText('price_usd');
  await expect(page.getByRole('button', { name: /^Import 3/ })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Imported 2 listings' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Imported Riesling A ${stamp}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Imported Riesling B ${stamp}` })).toBeVisible();
});

test('another business cannot open or change a listing', async ({ browser, page }) => {
  await signIn(page, winery, DEMO_PASSWORDS.business);
  const stamp = Date.now().toString(36);
  const template = await (await page.request.get('/products/import/template')).text();
  const [header, good] = template
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  await page.goto('/products/import');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'one.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [header, good!.replace('Door Peninsula Riesling 2022', `Private Riesling ${stamp}`)].join('\n'),
    ),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 1 listing' }).click();
  const href = await page.getByRole('link', { name: `Private Riesling ${stamp}` }).getAttribute('href');
  expect(href).toMatch(/^\/products\/[0-9a-f-]{36}$/);

  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.66.0.9' } });
  const op = await other.newPage();
  await signIn(op, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
  expect((await op.goto(href!))?.status()).toBe(404);
  await expect(op.getByText(`Private Riesling ${stamp}`)).toHaveCount(0);
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const res = await op.request.post(`/api/listings/${href!.split('/').pop()}/photos`, {
    headers: { accept: 'application/json' },
    multipart: { photo: { name: 'x.png', mimeType: 'image/png', buffer: png } },
  });
  expect(res.status()).toBe(404);
  await other.close();

  const anon = await browser.newContext();
  expect((await anon.request.get(href!, { maxRedirects: 0 })).status()).toBe(307);
  await anon.close();
});
