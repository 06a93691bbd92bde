import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { DEMO_PASSWORDS } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, test } from './support/fixtures';

// A storefront partner closes the loop from listing to shipment: an admin creates the partner and adds
// its person; she makes an API key and two webhook endpoints (one answering 500 once); her system reads
// the catalogue, reports the merino sweater live on its storefront (the seller sees the link) and sends a
// purchase order; the seller accepts it and a shipment draft appears with the order's lines; the first
// milestone reaches both receivers, verified by the Standard Webhooks reference library, the flaky one
// after a retry, delivered once.

const MEI = 'mei@tmallglobal.example';
const INGRID = 'ingrid@chippewaknit.example';
const SWEATER_SLUG = 'chippewa-merino-crewneck-sweater';
const receiverPort = Number(process.env.E2E_PORT ?? 3200) + 1;

interface Hit {
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}
const hits: Hit[] = [];
const failuresLeft: Record<string, number> = { '/hooks/flaky': 1 };
let receiver: http.Server;

test.beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      // The flaky receiver fails the first milestone it is sent, once.
      const fail = (failuresLeft[path] ?? 0) > 0 && body.includes('"shipment.status_changed"');
      if (fail) failuresLeft[path]!--;
      const status = fail ? 500 : 200;
      hits.push({
        path,
        status,
        headers: req.headers as Record<string, string>,
        body,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(receiverPort, '127.0.0.1', r));
});
test.afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

test.describe.configure({ timeout: 240_000 });

test('partner journey: key, catalogue, live report, purchase order, accepted shipment, signed webhooks', async ({
  browser,
  playwright,
}) => {
  const stamp = Date.now().toString(36);
  const partnerName = `Tmall Global ${stamp}`;

  // The admin creates the partner and adds Mei (an existing account).
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, 'admin@heartland.example', DEMO_PASSWORDS.admin);
  await adminPage.goto('/admin/partners');
  const create = adminPage.getByRole('form', { name: 'New partner' });
  await create.getByRole('button', { name: 'Create partner' }).click();
  await expect(create.getByText('Name must be at least 2 characters.')).toBeVisible();
  await create.getByLabel(/^Organisation name/).fill(partnerName);
  await create.getByLabel(/^Kind/).selectOption('storefront');
  await create.getByRole('button', { name: 'Create partner' }).click();
  await expect(adminPage.getByRole('heading', { name: partnerName })).toBeVisible();
  const add = adminPage.getByRole('form', { name: `Add a person to ${partnerName}` });
  await add.getByLabel(/^Add a person by e-mail/).fill('nobody@nowhere.example');
  await add.getByRole('button', { name: 'Add person' }).click();
  await expect(add.getByText(/ask the person to sign up first/)).toBeVisible();
  await add.getByLabel(/^Add a person by e-mail/).fill(MEI);
  await add.getByRole('button', { name: 'Add person' }).click();
  await expect(adminPage.getByRole('main').getByText(`Mei Lin (${MEI})`)).toBeVisible();
  await expectNoA11yViolations(adminPage);

  // Mei makes a key with every scope she needs, and two webhook endpoints.
  const mei = await (await browser.newContext()).newPage();
  await signIn(mei, MEI, DEMO_PASSWORDS.business);
  await mei.goto('/partner');
  await expect(mei.getByRole('heading', { name: `Partner API · ${partnerName}` })).toBeVisible();
  const keyForm = mei.getByRole('form', { name: 'New API key' });
  await keyForm.getByLabel(/^Name/).fill('Storefront sync');
  for (const scope of [/Report listing status/, /Send purchase orders/]) await keyForm.getByLabel(scope).check();
  await keyForm.getByRole('button', { name: 'Create key' }).click();
  const key = await mei.getByTestId('new-api-key').inputValue();
  expect(key).toMatch(/^hgp_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
  await expectNoA11yViolations(mei);

  const secrets: Record<string, string> = {};
  for (const path of ['/hooks/ok', '/hooks/flaky']) {
    await mei.goto('/partner');
    const hookForm = mei.getByRole('form', { name: 'New webhook endpoint' });
    await hookForm.getByLabel(/^Address/).fill(`http://127.0.0.1:${receiverPort}${path}`);
    await hookForm.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(mei.getByText('Endpoint added.')).toBeVisible();
    secrets[path] = await mei.getByTestId('webhook-secret').inputValue();
    expect(secrets[path]).toMatch(/^whsec_/);
  }
  await expectNoA11yViolations(mei);
  const flakyEndpointUrl = mei.url();

  // Her system reads the catalogue with the key; without one it is refused.
  const api = await playwright.request.newContext({
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 3200}`,
    extraHTTPHeaders: { authorization: `Bearer ${key}` },
  });
  const anonymous = await playwright.request.newContext({
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 3200}`,
  });
  expect((await anonymous.get('/api/v1/partner/catalogue')).status()).toBe(401);
  const catalogue = await api.get('/api/v1/partner/catalogue?limit=200');
  expect(catalogue.status()).toBe(200);
  const items = (await catalogue.json()).items as {
    id: string;
    slug: string;
    stock: number;
    readiness: { channel: string; ready: boolean }[];
  }[];
  const sweater = items.find((i) => i.slug === SWEATER_SLUG)!;
  expect(sweater.stock).toBeGreaterThan(12);
  expect(sweater.readiness.map((r) => r.channel).sort()).toEqual(['cbec_bonded', 'cbec_direct']);

  // It reports the sweater live on its storefront.
  const itemUrl = `https://detail.tmall.hk/item.htm?id=${stamp}`;
  const live = await api.post(`/api/v1/partner/listings/${sweater.id}/status`, {
    headers: { 'idempotency-key': `live-${stamp}` },
    data: { status: 'live', storefrontItemId: `TM-${stamp}`, storefrontUrl: itemUrl },
  });
  expect(live.status()).toBe(200);

  // A purchase order: a bad one first (field-level errors), then a good one, sent twice with one key.
  const bad = await api.post('/api/v1/partner/purchase-orders', {
    headers: { 'idempotency-key': `po-bad-${stamp}` },
    data: { channel: 'cbec_bonded', lines: [{ listingId: sweater.id, quantity: 0 }] },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors).toMatchObject({ 'lines.0.quantity': 'quantity must be at least 1.' });
  const order = {
    reference: `TM-PO-${stamp}`,
    channel: 'cbec_bonded',
    mode: 'sea',
    incoterm: 'CIF',
    requestedDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    destination: { kind: 'bonded_warehouse', name: 'Ningbo Bonded Logistics Park' },
    buyerCity: 'Ningbo',
    lines: [{ listingId: sweater.id, quantity: 12 }],
  };
  const sent = await api.post('/api/v1/partner/purchase-orders', {
    headers: { 'idempotency-key': `po-${stamp}` },
    data: order,
  });
  expect(sent.status()).toBe(201);
  const { id: orderId } = (await sent.json()) as { id: string };
  const again = await api.post('/api/v1/partner/purchase-orders', {
    headers: { 'idempotency-key': `po-${stamp}` },
    data: order,
  });
  expect(again.headers()['idempotent-replayed']).toBe('true');
  expect(((await again.json()) as { id: string }).id).toBe(orderId);

  // The seller sees the storefront link on her listing and accepts the order.
  const ingrid = await (await browser.newContext()).newPage();
  await signIn(ingrid, INGRID, DEMO_PASSWORDS.business);
  await ingrid.goto(`/products/${sweater.id}`);
  const statuses = ingrid.getByTestId('storefront-statuses');
  await expect(statuses).toContainText(`Live on ${partnerName} since`);
  await expect(statuses.getByRole('link', { name: new RegExp(`its page on ${partnerName}`) })).toHaveAttribute(
    'href',
    itemUrl,
  );
  // Her business has its own endpoint too (the owner's to manage).
  await ingrid.goto('/webhooks');
  const bizForm = ingrid.getByRole('form', { name: 'New webhook endpoint' });
  await bizForm.getByLabel(/^Address/).fill('ftp://nowhere.example/');
  await bizForm.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(bizForm.getByLabel(/^Address/)).toHaveAccessibleDescription(/The address must start with https:\/\/\./);
  await bizForm.getByLabel(/^Address/).fill(`http://127.0.0.1:${receiverPort}/hooks/biz`);
  await bizForm.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(ingrid.getByText('Endpoint added.')).toBeVisible();
  secrets['/hooks/biz'] = await ingrid.getByTestId('webhook-secret').inputValue();
  await expectNoA11yViolations(ingrid);
  await ingrid.goto(`/purchase-orders/${orderId}`);
  await expect(ingrid.getByRole('heading', { name: new RegExp(`from ${partnerName}`) })).toBeVisible();
  await expectNoA11yViolations(ingrid);
  await ingrid.getByRole('button', { name: 'Accept and create a shipment draft' }).click();
  await ingrid.waitForURL(/\/shipments\/[0-9a-f-]{36}/);
  const main = ingrid.getByRole('main');
  const line = main.getByTestId('shipment-lines').getByRole('row', { name: /Merino Wool Crewneck Sweater/ });
  await expect(line).toContainText('12');
  await expect(line).toContainText('USD 1,776.00');
  await expect(main).toContainText(partnerName);

  // She records the first milestone; it reaches both receivers, signed.
  const step = main.getByRole('form', { name: 'Record Documents in progress' });
  // The date field is filled with the browser's clock once the page is interactive.
  await expect(step.getByLabel(/^Date and time/)).not.toHaveValue('');
  await step.getByRole('button', { name: 'Record Documents in progress' }).click();
  await expect(main.getByTestId('shipment-status')).toHaveText('Documents in progress');

  const milestone = (path: string) =>
    hits.filter((h) => h.path === path && h.body.includes('"shipment.status_changed"'));
  await expect.poll(() => milestone('/hooks/ok').length, { timeout: 20_000 }).toBe(1);
  const ok = milestone('/hooks/ok')[0]!;
  const payload = new Webhook(secrets['/hooks/ok']!).verify(ok.body, ok.headers) as {
    data: { shipment: { status: string; purchaseOrderId: string } };
  };
  expect(payload.data.shipment).toMatchObject({ status: 'documents_in_progress', purchaseOrderId: orderId });
  expect(() => new Webhook(secrets['/hooks/flaky']!).verify(ok.body, ok.headers)).toThrow();
  await expect.poll(() => milestone('/hooks/biz').length, { timeout: 20_000 }).toBe(1);
  const biz = milestone('/hooks/biz')[0]!;
  expect(new Webhook(secrets['/hooks/biz']!).verify(biz.body, biz.headers)).toMatchObject({
    type: 'shipment.status_changed',
  });

  // The flaky receiver answered 500 once: the same message came again and was taken once.
  await expect.poll(() => milestone('/hooks/flaky').map((h) => h.status), { timeout: 30_000 }).toEqual([500, 200]);
  const [first, second] = milestone('/hooks/flaky');
  expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
  expect(new Webhook(secrets['/hooks/flaky']!).verify(second!.body, second!.headers)).toMatchObject({
    type: 'shipment.status_changed',
  });
  expect(hits.some((h) => h.path === '/hooks/ok' && h.body.includes('"purchase_order.accepted"'))).toBe(true);

  // The partner reads the order back with the milestone; the delivery log shows the retry.
  const read = await api.get(`/api/v1/partner/purchase-orders/${orderId}`);
  expect(await read.json()).toMatchObject({
    status: 'accepted',
    shipment: { status: 'documents_in_progress', milestones: [{ status: 'documents_in_progress' }] },
  });
  await mei.goto(flakyEndpointUrl);
  const log = mei.getByTestId('delivery-log');
  await expect(log.getByRole('row').filter({ hasText: 'shipment.status_changed' })).toContainText('delivered');
  await expect(log.getByRole('row').filter({ hasText: 'shipment.status_changed' })).toContainText('HTTP 200');
  await mei.getByRole('button', { name: 'Send test event' }).click();
  await expect
    .poll(() => hits.filter((h) => h.path === '/hooks/flaky' && h.body.includes('webhook.test')).length, {
      timeout: 20_000,
    })
    .toBe(1);
  await api.dispose();
  await anonymous.dispose();
});
