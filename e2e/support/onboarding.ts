import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export async function fillBusinessStep(page: Page, legalName: string) {
  await page.goto('/onboarding');
  await expect(page.getByText('Step 1 of 5: Your business')).toBeVisible();
  await page.getByLabel('Legal name').fill(legalName);
  await page.getByLabel('EIN').fill('39-2288156');
  await page.getByLabel('Entity type').selectOption('llc');
  await page.getByLabel('State of formation').selectOption('WI');
  await page.getByLabel('Year founded').fill('2004');
  await page.getByLabel('Employees').fill('12');
  await page.getByLabel('Annual revenue').selectOption('250k_1m');
  await page.getByLabel('Street address').fill('980 Egg Harbor Rd');
  await page.getByLabel('City').fill('Sturgeon Bay');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('WI');
  await page.getByLabel('ZIP code').fill('54235');
  await page.getByLabel('Phone').fill('(920) 743-0140');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Step 2 of 5: What you sell')).toBeVisible();
}

export async function chooseWineGeneralTrade(page: Page) {
  await page.getByRole('checkbox', { name: /^Wine/ }).check();
  await page.getByRole('checkbox', { name: /^General trade/ }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Step 3 of 5: Registrations you hold')).toBeVisible();
}

export async function fillRegistrations(page: Page) {
  for (const section of await page.getByRole('region').all()) {
    await section.getByLabel('Number').fill('REG-12345');
    await section.getByLabel('Issued by').fill('US agency');
  }
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Step 4 of 5: Documents')).toBeVisible();
}

/** Uploads a PDF for every item on the documents step that still needs one. */
export async function uploadAll(page: Page) {
  const items = page.locator('[data-testid^="requirement-"]');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const badge = await item.locator('span.rounded').first().textContent();
    if (badge === 'Optional' || badge === 'Provided' || badge === 'Accepted') continue;
    const code = (await item.getAttribute('data-testid'))!.replace('requirement-', '');
    await item
      .locator('input[type=file]')
      .setInputFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await item.getByRole('button', { name: /^Upload/ }).click();
    await expect(item.getByText('Provided', { exact: true })).toBeVisible();
  }
}
