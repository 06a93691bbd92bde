import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Shared by the shipment journeys (e2e/shipments.spec.ts, e2e/shipments-winery.spec.ts).

export const SHIPMENT_PDF = Buffer.from('%PDF-1.4\n% shipment document\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export const main = (page: Page) => page.getByRole('main');

/** A datetime-local value `days` from now in the page's own time zone. */
export const localIn = (page: Page, days: number) =>
  page.evaluate((d) => {
    const t = new Date(Date.now() + d * 86_400_000);
    return new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, days);

/** Chooses a PDF for a required document (and its expiry date) without sending it yet. */
export async function chooseDocument(page: Page, code: string, opts: { expiry?: string; buffer?: Buffer } = {}) {
  const doc = page.getByTestId(`doc-${code}`);
  await doc.locator('input[type=file]').setInputFiles({
    name: `${code.replaceAll('_', '-')}.pdf`,
    mimeType: 'application/pdf',
    buffer: opts.buffer ?? SHIPMENT_PDF,
  });
  if (opts.expiry) await doc.getByLabel(/Expiry date/).fill(opts.expiry);
  return doc;
}

/** Uploads a required document through the progress widget and waits for the page to show it. */
export async function upload(page: Page, code: string, opts: { expiry?: string } = {}) {
  const doc = await chooseDocument(page, code, opts);
  // Wait for the answer itself: a document uploaded again still shows the earlier "Document uploaded.".
  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/shipments/documents' && r.request().method() === 'POST',
  );
  await doc.getByRole('button', { name: /^Upload/ }).click();
  expect((await answered).status()).toBe(201);
  await expect(doc.getByRole('status').filter({ hasText: 'Document uploaded.' })).toBeVisible();
  await expect(page.getByTestId(`doc-${code}`)).toContainText('Uploaded ·');
  await page.waitForLoadState('networkidle');
}

export async function notApplicable(page: Page, code: string, reason: string) {
  const doc = page.getByTestId(`doc-${code}`);
  await doc.getByLabel(/^Why /).fill(reason);
  await doc.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(page.getByTestId(`doc-${code}`)).toContainText(`Reason: ${reason}`);
  await page.waitForLoadState('networkidle');
}

/** Records a step through its form; returns the form for follow-up assertions. */
export async function record(page: Page, label: string, fields: Record<string, string> = {}) {
  const form = main(page).getByRole('form', { name: `Record ${label}` });
  for (const [name, value] of Object.entries(fields)) await form.getByLabel(name).fill(value);
  await form.getByRole('button', { name: `Record ${label}` }).click();
  return form;
}

/** Records a step and waits until the shipment is at `status` (default: the step itself). */
export async function recordOk(page: Page, label: string, fields: Record<string, string> = {}, status = label) {
  await record(page, label, fields);
  await expect(page.getByTestId('shipment-status')).toHaveText(status);
  await page.waitForLoadState('networkidle');
}
