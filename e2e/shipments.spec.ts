import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test, waitForMail } from './support/fixtures';
import { localIn, main, notApplicable, record, recordOk, upload } from './support/shipments';

const KAREN = 'karen@traversebayberries.example';
const RUTH = 'ruth@sandhillsworkwear.example';
const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;
const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
/** Seeded by db/seed-shipments.ts. */
const DEMO_STUCK_SHIPMENT = { reference: 'SHP-DEMO-STUCK-01', shippedDaysAgo: 60 };

// The seller types wall-clock times in Michigan; the reviewer's browser is in Shanghai. The server
// runs in neither zone, so every recorded time goes through the browser's offset.
test.use({ timezoneId: 'America/Detroit' });

test('Karen ships Michigan blueberries under general trade from draft to delivered', async ({ browser, page }) => {
  test.setTimeout(300_000);
  await signIn(page, KAREN, DEMO_PASSWORDS.business);
  await page.goto('/shipments/new');
  await expect(page.getByRole('heading', { name: 'New shipment' })).toBeVisible();
  const form = main(page).locator('form');
  const fill = async (qty: string) => {
    await form.getByLabel(/^Channel/).selectOption('general_trade');
    await form.getByLabel(/^Buyer or importer of record/).fill('Shanghai Fresh Harvest Trading Co.');
    await form.getByLabel(/^Buyer city/).fill('Shanghai');
    await form.getByLabel(/^Destination port or city/).fill('Port of Shanghai (Yangshan)');
    await form.getByLabel(/^Mode/).selectOption('sea');
    await form.getByLabel(/^Incoterm/).selectOption('CIF');
    await form.getByLabel(/^Carrier/).fill('COSCO Shipping');
    await form.getByLabel(/^Quantity of Michigan Highbush Blueberries \(Bluecrop\)/).fill(qty);
  };

  // Bad input: more than the 800 cases in stock.
  await page.waitForLoadState('networkidle');
  await fill('900');
  await form.getByRole('button', { name: 'Create shipment' }).click();
  await expect(main(page).getByRole('alert').first()).toContainText(
    'Only 800 in stock for “Michigan Highbush Blueberries (Bluecrop), 1.5 kg”; you asked for 900.',
  );
  // The error sits on the Bluecrop quantity (not another product's), which keeps what was typed.
  const qty = form.getByLabel(/^Quantity of Michigan Highbush Blueberries \(Bluecrop\)/);
  await expect(qty).toHaveAttribute('aria-invalid', 'true');
  await expect(qty).toHaveValue('900');
  await expect(form.getByLabel(/^Quantity of Michigan Blueberries Family Pack/)).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form.getByLabel(/^Buyer city/)).toHaveValue('Shanghai');
  await page.waitForLoadState('networkidle');
  await fill('200');
  await form.getByRole('button', { name: 'Create shipment' }).click();
  await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
  const url = page.url();
  await expect(page.getByRole('heading', { name: /^Shipment SHP-/ })).toBeVisible();
  await expect(page.getByTestId('shipment-status')).toHaveText('Draft');
  // 200 cases × USD 24 is over USD 2,500 on one Schedule B line: EEI is required.
  await expect(main(page)).toContainText('EEI filing required');
  await expect(page.getByTestId('doc-phytosanitary_certificate')).toContainText('USDA APHIS phytosanitary certificate');
  await expect(page.getByTestId('doc-phytosanitary_certificate')).toContainText('Missing · due before Shipped');
  await expectNoA11yViolations(page);
  await page.waitForLoadState('networkidle');

  await recordOk(page, 'Documents in progress');

  // The documents gate: nothing uploaded yet.
  const ready = await record(page, 'Documents ready');
  await expect(ready.getByRole('alert')).toContainText(
    'You cannot record “Documents ready” until the required documents are uploaded or marked not applicable: ',
  );
  await expect(ready.getByRole('alert')).toContainText('Commercial invoice');
  await page.waitForLoadState('networkidle');

  for (const code of [
    'export_screening',
    'commercial_invoice',
    'packing_list',
    'certificate_of_origin',
    'orchard_packhouse_registration',
  ])
    await upload(page, code);
  await notApplicable(
    page,
    'gacc_registration',
    'Fresh fruit enters under the APHIS–GACC blueberry protocol; the orchard and packhouse registration covers it.',
  );
  await recordOk(page, 'Documents ready', { Place: 'Traverse City, MI' });

  // A date in the future is refused.
  const eei = await record(page, 'EEI filed', {
    'Date and time': await localIn(page, 3),
    'ITN (from AES)': 'X20261125123456',
  });
  await expect(eei.getByRole('alert')).toContainText('The date and time of “EEI filed” cannot be in the future.');
  await page.waitForLoadState('networkidle');
  // Typed Michigan time: read as UTC it would land hours before "Documents ready" and be refused.
  const eeiAt = await localIn(page, 0);
  await recordOk(page, 'EEI filed', { 'Date and time': eeiAt, 'ITN (from AES)': 'X20261125123456' });
  const eeiUtc = await page.evaluate((v) => `${new Date(v).toISOString().slice(0, 16).replace('T', ' ')} UTC`, eeiAt);
  await expect(
    page
      .getByTestId('timeline')
      .getByRole('listitem')
      .filter({ hasText: /^EEI filed · / }),
  ).toContainText(eeiUtc);
  // The AES confirmation carrying the ITN is a required document of its own.
  await upload(page, 'eei_filing');

  // "Shipped" without the phytosanitary certificate: refused, naming it.
  const shippedFields = {
    'ITN (from AES)': 'X20261125123456',
    Carrier: 'COSCO Shipping',
    'B/L or air waybill number': 'COSU6284719350',
  };
  const shipped = await record(page, 'Shipped', shippedFields);
  await expect(shipped.getByRole('alert')).toContainText(
    'You cannot record “Shipped” until the required documents are uploaded or marked not applicable',
  );
  await expect(shipped.getByRole('alert')).toContainText('phytosanitary certificate');
  await page.waitForLoadState('networkidle');

  const expiry = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await upload(page, 'phytosanitary_certificate', { expiry });
  await expect(page.getByTestId('doc-phytosanitary_certificate')).toContainText(`expires ${expiry}`);
  await upload(page, 'export_carton_marking');
  await recordOk(page, 'Shipped', { ...shippedFields, Place: 'Port of Chicago, IL' });
  await recordOk(page, 'Arrived at the China port', { Place: 'Yangshan, Shanghai' });
  await expect(main(page)).toContainText('Nothing more can be recorded by you at this step.');

  // Documents due before customs declaration.
  await upload(page, 'transport_document');
  await upload(page, 'phytosanitary_treatment');
  await notApplicable(
    page,
    'import_quarantine_permit',
    'The importer holds the quarantine permit and lodges it with the declaration.',
  );
  const docHref = await page.getByTestId('doc-commercial_invoice').getByRole('link').getAttribute('href');
  expect(docHref).toMatch(/^\/api\/shipments\/documents\/[0-9a-f-]{36}$/);
  const own = await page.request.get(docHref!);
  expect(own.status()).toBe(200);
  expect((await own.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');

  // The reviewer records the customs side.
  const staff = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    extraHTTPHeaders: { 'x-forwarded-for': '10.88.6.1' },
  });
  const rp = await staff.newPage();
  await signIn(rp, reviewer.email, DEMO_PASSWORDS.reviewer);
  const id = new URL(url).pathname.split('/').pop()!;
  await rp.goto(`/admin/shipments/${id}`);
  await expect(rp.getByTestId('shipment-status')).toHaveText('Arrived at the China port');
  await rp.waitForLoadState('networkidle');
  await recordOk(rp, 'Declared to China customs', { Place: 'Shanghai Yangshan customs' });
  await recordOk(rp, 'Inspection and quarantine', { Note: 'Routine plant-quarantine inspection, no pests found.' });
  await recordOk(rp, 'Cleared by customs');
  await expectNoA11yViolations(rp);
  await waitForMail(KAREN, /Cleared by customs/);
  await staff.close();

  // Karen finishes the journey.
  await page.reload();
  await expect(page.getByTestId('shipment-status')).toHaveText('Cleared by customs');
  await page.waitForLoadState('networkidle');
  await recordOk(page, 'Out for delivery', { Place: 'Shanghai' });
  await recordOk(page, 'Delivered', { Note: 'Received by the importer in good condition.' });
  const timeline = page.getByTestId('timeline');
  for (const step of [
    'Documents in progress',
    'Documents ready',
    'EEI filed',
    'Shipped',
    'Arrived at the China port',
    'Declared to China customs',
    'Inspection and quarantine',
    'Cleared by customs',
    'Out for delivery',
    'Delivered',
  ]) {
    await expect(timeline.getByText(step, { exact: true })).toHaveCount(1);
  }
  await expect(timeline).toContainText('itn: X20261125123456');
  await expect(timeline).toContainText('transportNumber: COSU6284719350');
  await expect(timeline).toContainText('(staff)');
  await expectNoA11yViolations(page);

  // Another business: 404 for the page and the document.
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.88.6.2' } });
  const op = await other.newPage();
  await signIn(op, RUTH, DEMO_PASSWORDS.business);
  const res = await op.goto(url);
  expect(res?.status()).toBe(404);
  expect((await op.request.get(docHref!)).status()).toBe(404);
  await other.close();
});

test('the staff stuck list shows the shipment silent since it shipped', async ({ page }) => {
  await signIn(page, admin.email, DEMO_PASSWORDS.admin);
  await page.goto('/admin/shipments');
  const stuck = page.getByTestId('stuck-shipped');
  await expect(stuck.getByRole('link', { name: DEMO_STUCK_SHIPMENT.reference })).toBeVisible();
  await expect(stuck).toContainText('Yakima Ridge Cherries LLC');
  await expect(stuck).toContainText(String(DEMO_STUCK_SHIPMENT.shippedDaysAgo));
  await expectNoA11yViolations(page);
  await stuck.getByRole('link', { name: DEMO_STUCK_SHIPMENT.reference }).click();
  await expect(page.getByTestId('shipment-status')).toHaveText('Shipped');
  await expect(main(page)).toContainText('Stuck');
});

test('staff search the shipment list by reference or by buyer, each in its own order', async ({ page }) => {
  await signIn(page, admin.email, DEMO_PASSWORDS.admin);
  await page.goto('/admin/shipments');
  await expect(page.getByTestId('list-order')).toHaveText('Longest in their current status first');
  const search = page.getByLabel('Reference or buyer');
  await expect(search).toHaveAccessibleDescription('A reference (SHP-…) or the start of a buyer’s name');

  await search.fill('shp-demo');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('list-order')).toHaveText('Matching references, newest first');
  const refTable = page.getByRole('table', { name: /Matching references, newest first/ });
  await expect(refTable.getByRole('link', { name: DEMO_STUCK_SHIPMENT.reference })).toBeVisible();
  const refs = await refTable.locator('tbody tr td:first-child').allTextContents();
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.every((r) => r.startsWith('SHP-DEMO'))).toBe(true);
  expect(refs).toEqual([...refs].sort().reverse());

  await search.fill('shenzhen pacific');
  await page.getByLabel('Category').selectOption('fresh_fruit');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/q=shenzhen\+pacific/);
  await expect(page.getByTestId('list-order')).toHaveText('Matching buyers A–Z, each buyer’s newest shipment first');
  const buyerTable = page.getByRole('table', { name: /Matching buyers/ });
  await expect(buyerTable.locator('tbody tr').first()).toContainText('Shenzhen Pacific Fresh Imports Co.');
  for (const row of await buyerTable.locator('tbody tr td:nth-child(2)').allTextContents())
    expect(row).toContain('Shenzhen Pacific');
  await expectNoA11yViolations(page);

  // A search that matches nothing says so plainly, and a tampered cursor reads as the first page.
  await page.goto('/admin/shipments?q=no-such-buyer-zz');
  await expect(page.getByRole('table', { name: /Matching buyers/ }).locator('tbody tr')).toHaveCount(0);
  await expect(page.getByText('No shipments match these filters.')).toBeVisible();
  const res = await page.goto('/admin/shipments?q=shp-demo&cursor=WyJyIiwiJyBvciAxPTEgLS0iLCJ4Il0');
  expect(res?.status()).toBe(200);
  await expect(
    page.getByRole('table', { name: /Matching references/ }).getByRole('link', { name: DEMO_STUCK_SHIPMENT.reference }),
  ).toBeVisible();
});

test('the 30-day expiry reminder of a registration reaches the business by e-mail', async () => {
  const mail = await waitForMail('hannah@yakimaridge.example', /GACC .*registration.* expires in 28 days/);
  expect(mail.text).toContain('Renew it before then');
});
