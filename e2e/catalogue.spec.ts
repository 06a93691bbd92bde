import sharp from 'sharp';
import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test } from './support/fixtures';

// A Wisconsin knitwear brand's merino sweater (HS 6110.11), which the catalogue once refused ("not in the
// product catalogue": blocked everywhere, and a shipment containing it answered 500), walked from the
// public self-check to a listing, the storefront and a shipment; and the ginseng answer naming the CITES permit.

const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;
const knitter = 'ingrid@chippewaknit.example';

test('the merino sweater: self-check, listing, storefront and shipment, with clear errors on the way', async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const title = `Merino Crewneck ${stamp}`;

  // 1. The self-check answers it, with the apparel rules and honest sources.
  await page.goto('/export-check?hs=6110.11&state=WI');
  await expect(page.locator('#results-heading')).toContainText('of wool from Wisconsin');
  const bonded = page.locator('[data-channel=cbec_bonded]');
  await expect(bonded.getByRole('heading', { level: 3 })).toHaveText(/You can sell through/);
  const invoice = page.locator('[data-channel=general_trade] [data-requirement=commercial_invoice]');
  await expect(invoice).toContainText('Official source: International Trade Administration');
  await expect(invoice).not.toContainText(/wine/i);
  await expect(page.locator('[data-channel=general_trade] [data-requirement=gb18401_test_report]')).toContainText(
    'Secondary sources only',
  );
  await expectNoA11yViolations(page);

  // 2. The listing: a code outside the catalogue is refused with a reason and nothing typed is lost.
  await signIn(page, knitter, DEMO_PASSWORDS.business);
  await page.goto('/products/new');
  await page.getByRole('link', { name: 'Apparel' }).click();
  await page.getByLabel('Title (English)').fill(title);
  await page.getByLabel('Description (English)').fill('Fine-gauge merino crewneck, knitted in Eau Claire.');
  await page.getByLabel('Title (Chinese)').fill(`美利奴羊毛圆领毛衣 ${stamp}`);
  await page.getByLabel('Description (Chinese)').fill('细针美利奴羊毛圆领毛衣，在威斯康星州编织。');
  await page.getByLabel('HS code').fill('6110.99');
  await page.getByRole('combobox', { name: 'State of origin' }).selectOption('WI');
  await page.getByLabel('Fibre content').fill('100% merino wool');
  await page.getByLabel('Sizes').fill('XS–XL');
  await page.getByLabel('Care instructions').fill('Hand wash cold, dry flat');
  await page.getByLabel('Unit price (USD)').fill('148.00');
  await page.getByLabel('Stock').fill('40');
  await page.getByLabel('Minimum order').fill('1');
  await page.getByRole('combobox', { name: 'Unit' }).selectOption('piece');
  await page.getByLabel('Pack size').fill('1 sweater');
  await page.getByLabel('Weight (kg)').fill('0.45');
  await page.getByRole('checkbox', { name: /bonded/ }).check();
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByLabel('HS code')).toHaveAccessibleDescription(/611099 is not in our product catalogue/);
  await expect(page.getByRole('combobox', { name: 'GB 18401 safety category' })).toHaveAccessibleDescription(
    /GB 18401 safety category must be one of A, B, C/,
  );
  await expect(page.getByLabel('Fibre content')).toHaveValue('100% merino wool');
  await expect(page.getByLabel('Title (English)')).toHaveValue(title);
  await expectNoA11yViolations(page);
  await page.getByLabel('HS code').fill('6110.11');
  await page.getByRole('combobox', { name: 'GB 18401 safety category' }).selectOption('B');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('readiness-cbec_bonded')).toContainText('Can be sold through');
  await expect(page.getByTestId('readiness-cbec_bonded')).not.toContainText('GB 31701');
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#7c2d12' } })
    .png()
    .toBuffer();
  await page.locator('input[name=photo]').setInputFiles({ name: 'sweater.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByRole('img', { name: `Photo of ${title}` })).toHaveCount(1);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('listing-status')).toContainText('Waiting for review');
  const listingUrl = page.url().split('?')[0]!;

  // 3. A reviewer approves it; it is on the storefront in Chinese.
  const staff = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.67.0.1' } });
  const rp = await staff.newPage();
  await signIn(rp, reviewer.email, DEMO_PASSWORDS.reviewer);
  await rp.goto(`/admin/listings?q=${encodeURIComponent(title.toLowerCase())}`);
  await rp.getByRole('link', { name: title }).click();
  await rp.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve' }).click();
  await expect(rp.getByRole('main').getByRole('status').filter({ hasText: 'Approved' })).toBeVisible();
  await staff.close();
  await page.goto(listingUrl);
  await page.getByRole('link', { name: 'View it on the storefront' }).click();
  await expect(page.getByRole('heading', { name: `美利奴羊毛圆领毛衣 ${stamp}` })).toBeVisible();
  await expect(page.getByTestId('channel-cbec_bonded').getByTestId('tax-amount')).toHaveText(/^¥\d+\.\d{2}$/);

  // 4. A shipment: bad input keeps what was typed; then it is created with the apparel documents.
  await page.goto('/shipments/new');
  const form = page.getByRole('main').locator('form');
  await form.getByLabel(/^Channel/).selectOption('cbec_bonded');
  await form.getByLabel(/^Buyer or importer of record/).fill('Ningbo Bonded Cross-border Co.');
  await form.getByLabel(/^Buyer city/).fill('Ningbo');
  await form.getByLabel(/^Destination port or city/).fill('Ningbo bonded zone');
  await form.getByLabel(/^Mode/).selectOption('air');
  await form.getByLabel(/^Incoterm/).selectOption('CPT');
  await form.getByLabel(/^Carrier/).fill('Cainiao');
  await form.getByLabel(new RegExp(`^Quantity of ${title}`)).fill('41');
  await form.getByRole('button', { name: 'Create shipment' }).click();
  await expect(form.getByLabel(new RegExp(`^Quantity of ${title}`))).toHaveAccessibleDescription(/Only 40 in stock/);
  await expect(form.getByLabel(/^Buyer or importer of record/)).toHaveValue('Ningbo Bonded Cross-border Co.');
  await expect(form.getByLabel(/^Carrier/)).toHaveValue('Cainiao');
  await expectNoA11yViolations(page);
  await form.getByLabel(new RegExp(`^Quantity of ${title}`)).fill('12');
  await form.getByRole('button', { name: 'Create shipment' }).click();
  await expect(page).toHaveURL(/\/shipments\/[0-9a-f-]{36}/);
  await expect(page.getByTestId('doc-gb18401_test_report')).toBeVisible();
  await expect(page.getByTestId('doc-domestic_agent')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('American ginseng from Wisconsin: the self-check names the CITES permit and the State certificate', async ({
  page,
}) => {
  await page.goto('/export-check?hs=1211.20&state=WI&channel=general_trade');
  const gt = page.locator('[data-channel=general_trade]');
  const cites = gt.locator('[data-requirement=cites_export_document]');
  await expect(cites).toContainText('US Fish and Wildlife Service CITES document');
  await expect(cites).toContainText('export permit for wild roots');
  await expect(cites).toContainText('Official sources: 50 CFR 23.68');
  await expect(gt.locator('[data-requirement=state_ginseng_certificate]')).toContainText('DATCP');
  await expectNoA11yViolations(page);
});

test('a product not assessed yet is answered honestly, never as blocked; a blocked fruit offers sourced alternatives', async ({
  page,
}) => {
  await page.goto('/export-check?hs=0406.90&state=WI');
  for (const channel of ['general_trade', 'cbec_bonded', 'cbec_direct']) {
    const r = page.locator(`[data-channel=${channel}]`);
    await expect(r).toHaveAttribute('data-status', 'not_assessed');
    await expect(r.getByRole('heading', { level: 3 })).toHaveText(/^Not assessed yet for /);
    await expect(r).toContainText('We have not assessed this product’s China-side rules yet');
    await expect(r).not.toContainText('Not possible');
  }
  await expectNoA11yViolations(page);

  await page.goto('/export-check?hs=0809.29&state=MI');
  const alternatives = page.getByRole('region', { name: /What you may be able to sell instead from Michigan/ });
  await expect(alternatives.locator('[data-alternative]')).toHaveCount(2);
  await expect(alternatives.locator('[data-alternative="081040"]')).toContainText('quarantine treatment');
  await alternatives.getByRole('link', { name: /Blueberries, fresh/ }).click();
  await expect(page.locator('[data-channel=general_trade] h3')).toHaveText(/You can sell through/);
});
