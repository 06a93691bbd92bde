import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test, waitForMail } from './support/fixtures';
import { chooseDocument, main, notApplicable, record, recordOk, upload } from './support/shipments';

// Issue 6: a South Dakota winery ships a case lot of its live wine (seeded by db/seed-listings.ts)
// cross-border through a bonded warehouse (1210), the flow its listing and application are for.
// Customs holds it at inspection; staff record the hold and its release, and the winery is told.

const ELENA = { email: 'elena@blackhillsvineyards.example', name: 'Elena Two Bulls' };
const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;
const WINE = 'Black Hills Marquette 2022, case of 6';
const HOLD_REASON =
  'Customs selected the consignment for a label check: the Chinese back label must name the importer of record.';

// Rapid City keeps Mountain time; the reviewer works from Shanghai.
test.use({ timezoneId: 'America/Denver' });

/** Creates the winery's bonded shipment of 12 cases (USD 1,656, under the EEI threshold); returns its id. */
async function createWineShipment(page: Page) {
  await page.goto('/shipments/new');
  await expect(page.getByRole('heading', { name: 'New shipment' })).toBeVisible();
  const form = main(page).locator('form');
  await page.waitForLoadState('networkidle');
  await form.getByLabel(/^Channel/).selectOption('cbec_bonded');
  await form.getByLabel(/^Buyer or importer of record/).fill('Ningbo Bonded Wine Cross-Border Trading Co.');
  await form.getByLabel(/^Buyer city/).fill('Ningbo');
  await form.getByLabel(/^Destination port or city/).fill('Ningbo Meishan Bonded Port Area');
  await form.getByLabel(/^Mode/).selectOption('sea');
  await form.getByLabel(/^Incoterm/).selectOption('CIF');
  await form.getByLabel(/^Carrier/).fill('Evergreen Line');
  await form.getByLabel(new RegExp(`^Quantity of ${WINE}`)).fill('12');
  await form.getByRole('button', { name: 'Create shipment' }).click();
  await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('shipment-status')).toHaveText('Draft');
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function staffPage(browser: Browser, id: string) {
  const staff = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    extraHTTPHeaders: { 'x-forwarded-for': '10.88.7.1' },
  });
  const rp = await staff.newPage();
  await signIn(rp, reviewer.email, DEMO_PASSWORDS.reviewer);
  await rp.goto(`/admin/shipments/${id}`);
  await rp.waitForLoadState('networkidle');
  return { staff, rp };
}

test('Black Hills Vineyards ships wine through a bonded warehouse; customs holds it at inspection and the winery is told', async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, ELENA.email, DEMO_PASSWORDS.business);
  const id = await createWineShipment(page);
  const url = page.url();
  const ref = (await page.getByRole('heading', { name: /^Shipment SHP-/ }).textContent())!.replace('Shipment ', '');
  await expect(main(page)).toContainText('Cross-border e-commerce, bonded warehouse (1210)');
  await expect(main(page)).toContainText('USD 1,656.00');

  // The documents for wine through a bonded warehouse: the TTB certificate among them, and under
  // USD 2,500 per Schedule B number the EEI exemption instead of an EEI filing.
  await expect(main(page)).toContainText('No EEI filing needed: cite the exemption.');
  await expect(page.getByTestId('doc-ttb_export_certificate')).toContainText(
    'TTB consolidated wine export certificate',
  );
  await expect(page.getByTestId('doc-ttb_export_certificate')).toContainText('Missing · due before Shipped');
  await expect(page.getByTestId('doc-eei_exemption')).toContainText('NOEEI 15 CFR 30.37(a)');
  await expect(page.getByTestId('doc-eei_filing')).toHaveCount(0);
  await expect(page.getByTestId('doc-three_document_match')).toContainText('due before Declared to China customs');
  await expectNoA11yViolations(page);
  await page.waitForLoadState('networkidle');

  await recordOk(page, 'Documents in progress');

  // Upload with progress: the request is held at the network until the bar has been seen.
  let send!: () => void;
  const held = new Promise<void>((resolve) => (send = resolve));
  // The upload address carries the business the page was for as a query parameter.
  const uploads = /\/api\/shipments\/documents(\?|$)/;
  await page.route(uploads, async (route) => {
    await held;
    await route.continue();
  });
  const screening = await chooseDocument(page, 'export_screening');
  await screening.getByRole('button', { name: /^Upload/ }).click();
  const bar = screening.getByRole('progressbar', { name: /^Uploading Screen buyer, consignee and end use/ });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', '100');
  await expect(screening.getByRole('button', { name: /^Upload/ })).toBeDisabled();
  await expectNoA11yViolations(page);
  send();
  await expect(screening.getByRole('status').filter({ hasText: 'Document uploaded.' })).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('doc-export_screening')).toContainText('Uploaded · due before Documents ready');
  await page.unroute(uploads);
  // The widget answered in place: no navigation to the plain form's result page.
  expect(page.url()).toBe(url);
  await page.waitForLoadState('networkidle');

  // A web page renamed .pdf is refused by its content; the message sits on the file field.
  const invoice = page.getByTestId('doc-commercial_invoice');
  await chooseDocument(page, 'commercial_invoice', { buffer: Buffer.from('<!doctype html><title>invoice</title>') });
  await invoice.getByRole('button', { name: /^Upload/ }).click();
  await expect(invoice.getByRole('alert')).toHaveText(
    'File must be a PDF, PNG, JPEG or WebP. Its content is none of these (the file name does not count).',
  );
  const invoiceFile = invoice.getByLabel('File for Commercial invoice');
  await expect(invoiceFile).toHaveAttribute('aria-invalid', 'true');
  await expect(invoiceFile).toHaveAccessibleDescription(/Its content is none of these/);
  await expect(invoiceFile).toBeFocused();
  await expect(invoice).toContainText('Missing · due before Documents ready');
  await expectNoA11yViolations(page);

  await upload(page, 'commercial_invoice');
  await expect(invoiceFile).not.toHaveAttribute('aria-invalid', 'true');
  await upload(page, 'packing_list');
  await notApplicable(
    page,
    'gacc_registration',
    'Our GACC number CUSA22041201 is on file with the platform, which declares the bonded stock.',
  );
  await recordOk(page, 'Documents ready', { Place: 'Rapid City, SD' });

  // Out of order: a second tab still offers "EEI filed", but "Documents ready" is corrected meanwhile.
  const stale = await page.context().newPage();
  await stale.goto(url);
  await expect(stale.getByTestId('shipment-status')).toHaveText('Documents ready');
  await stale.waitForLoadState('networkidle');
  const readyEvent = page
    .getByTestId('timeline')
    .getByRole('listitem')
    .filter({ hasText: /^Documents ready · / });
  await readyEvent.getByText('Correct this step').click();
  const correction = readyEvent.getByRole('form', { name: 'Correct this step' });
  await correction.getByLabel('What was wrong').fill('Recorded too early: the packing list still shows 10 cases.');
  await correction.getByRole('button', { name: 'Record correction' }).click();
  await expect(page.getByTestId('shipment-status')).toHaveText('Documents in progress');
  const early = await record(stale, 'EEI filed', { 'EEI exemption legend': 'NOEEI 15 CFR 30.37(a)' });
  await expect(early.getByRole('alert')).toContainText('You cannot record “EEI filed” before “Documents ready”.');
  await stale.close();
  await page.waitForLoadState('networkidle');

  await upload(page, 'packing_list');
  await recordOk(page, 'Documents ready', { Place: 'Rapid City, SD' });
  await recordOk(page, 'EEI filed', { 'EEI exemption legend': 'NOEEI 15 CFR 30.37(a)' });
  await upload(page, 'ttb_export_certificate');
  await upload(page, 'eei_exemption');
  await recordOk(page, 'Shipped', {
    Carrier: 'Evergreen Line',
    'B/L or air waybill number': 'EGLV142650012345',
    Place: 'Port of Tacoma, WA',
  });
  await recordOk(page, 'Arrived at the China port', { Place: 'Ningbo-Zhoushan port' });
  await recordOk(page, 'In the bonded warehouse', { Place: 'Ningbo Meishan Bonded Port Area' });
  await expect(main(page)).toContainText('Nothing more can be recorded by you at this step.');
  for (const code of ['transport_document', 'chinese_e_label', 'domestic_agent', 'three_document_match'])
    await upload(page, code);

  // Staff record the customs side, and customs' hold at inspection, with a reason the winery sees.
  const { staff, rp } = await staffPage(browser, id);
  await expect(rp.getByTestId('shipment-status')).toHaveText('In the bonded warehouse');
  await recordOk(rp, 'Declared to China customs', { Place: 'Ningbo Meishan customs' });
  await recordOk(rp, 'Inspection and quarantine');
  await recordOk(rp, 'On hold', { Reason: HOLD_REASON });
  await expect(rp.getByTestId('timeline')).toContainText(`Reason: ${HOLD_REASON}`);
  await expectNoA11yViolations(rp);

  // The winery: the e-mail, the in-app notification and the timeline.
  const mail = await waitForMail(ELENA.email, new RegExp(`${ref}: On hold`));
  expect(mail.text).toContain(HOLD_REASON);
  await page.goto('/notifications');
  const notice = main(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: `Shipment ${ref}: On hold` }) });
  await expect(notice).toContainText(`Reason: ${HOLD_REASON}`);
  await expectNoA11yViolations(page);
  await notice.getByRole('link', { name: `Shipment ${ref}: On hold` }).click();
  await expect(page.getByTestId('shipment-status')).toHaveText('On hold');
  const held1 = page
    .getByTestId('timeline')
    .getByRole('listitem')
    .filter({ hasText: /^On hold · / });
  await expect(held1).toContainText(`${reviewer.name} (staff)`);
  await expect(held1).toContainText(`Reason: ${HOLD_REASON}`);
  await expect(main(page)).toContainText('Nothing more can be recorded by you at this step.');
  await expectNoA11yViolations(page);

  // The label is fixed: staff release the hold back to inspection and customs clear the wine.
  await recordOk(rp, 'Inspection and quarantine', { Note: 'Importer’s back label checked and accepted.' });
  await expect(rp.getByTestId('timeline')).toContainText('Hold released: Inspection and quarantine');
  await recordOk(rp, 'Cleared by customs');
  await waitForMail(ELENA.email, new RegExp(`${ref}: Cleared by customs`));
  await staff.close();

  await page.reload();
  await expect(page.getByTestId('shipment-status')).toHaveText('Cleared by customs');
  await page.waitForLoadState('networkidle');
  await recordOk(page, 'Out for delivery', { Place: 'Ningbo' });
  await recordOk(page, 'Delivered', { Note: 'Released from the bonded warehouse to the platform’s consumer orders.' });

  // Who did what, when: each step once, the voided one struck through with its reason.
  const timeline = page.getByTestId('timeline');
  const item = (step: string) =>
    timeline
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${step} · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC · `) });
  for (const step of [
    'Documents in progress',
    'EEI filed',
    'Shipped',
    'Arrived at the China port',
    'In the bonded warehouse',
    'Out for delivery',
    'Delivered',
  ]) {
    await expect(item(step)).toContainText(ELENA.name);
  }
  for (const step of ['Declared to China customs', 'On hold', 'Cleared by customs'])
    await expect(item(step)).toContainText(`${reviewer.name} (staff)`);
  await expect(item('Documents ready')).toHaveCount(2);
  await expect(item('Documents ready').first()).toContainText(
    'Voided by a correction: Recorded too early: the packing list still shows 10 cases.',
  );
  await expect(timeline).toContainText('eeiExemption: NOEEI 15 CFR 30.37(a)');
  await expect(timeline).toContainText('transportNumber: EGLV142650012345');
  await expect(timeline).toContainText(
    'Uploaded ttb-export-certificate.pdf for TTB consolidated wine export certificate',
  );
  await expectNoA11yViolations(page);
});

test('without JavaScript a shipment document still uploads, and errors name the field at fault', async ({
  browser,
  page,
  clientIp,
}) => {
  test.setTimeout(180_000);
  await signIn(page, ELENA.email, DEMO_PASSWORDS.business);
  const id = await createWineShipment(page);
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    extraHTTPHeaders: { 'x-forwarded-for': clientIp },
  });
  const np = await plain.newPage();
  await np.goto(`/shipments/${id}`);

  // No file: the page comes back with the error on that document's file field.
  const invoice = np.getByTestId('doc-commercial_invoice');
  await invoice.getByRole('button', { name: /^Upload/ }).click();
  await expect(np).toHaveURL(/code=commercial_invoice/);
  await expect(invoice.getByRole('alert')).toHaveText('File is required: choose a PDF, PNG, JPEG or WebP.');
  await expect(invoice.getByLabel('File for Commercial invoice')).toHaveAttribute('aria-invalid', 'true');

  // An expired registration certificate: the error is on its expiry date.
  const gacc = await chooseDocument(np, 'gacc_registration', { expiry: '2024-01-31' });
  await gacc.getByRole('button', { name: /^Upload/ }).click();
  const expiry = np.getByTestId('doc-gacc_registration').getByLabel(/^Expiry date/);
  await expect(expiry).toHaveAttribute('aria-invalid', 'true');
  await expect(expiry).toHaveAccessibleDescription(/expired on 2024-01-31; upload a valid one/);
  await expect(np.getByTestId('doc-commercial_invoice').getByRole('alert')).toHaveCount(0);

  await chooseDocument(np, 'commercial_invoice');
  await np
    .getByTestId('doc-commercial_invoice')
    .getByRole('button', { name: /^Upload/ })
    .click();
  await expect(main(np).getByRole('status').filter({ hasText: 'Document uploaded.' })).toBeVisible();
  await expect(np.getByTestId('doc-commercial_invoice')).toContainText('Uploaded · due before Documents ready');
  await plain.close();
});
