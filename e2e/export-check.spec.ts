import { expect, expectNoA11yViolations, test } from './support/fixtures';
import type { Page } from '@playwright/test';

async function check(
  page: Page,
  choice: { product?: string; hsCode?: string; state?: string; channel?: string; price?: string },
) {
  await page.goto('/export-check');
  if (choice.product) await page.getByLabel('Product', { exact: true }).selectOption({ label: choice.product });
  if (choice.hsCode) await page.getByLabel('Or type an HS code').fill(choice.hsCode);
  if (choice.state) await page.getByLabel('Your state').selectOption({ label: choice.state });
  if (choice.channel) await page.getByLabel('Sales channel').selectOption({ label: choice.channel });
  if (choice.price) await page.getByLabel('Price to the consumer in CNY').fill(choice.price);
  await page.getByRole('button', { name: 'Check what I can export' }).click();
  await page.waitForURL(/\/export-check\?/);
}

test('sweet cherries from Michigan: no market access on any channel, with the reason and its source', async ({
  page,
}) => {
  await check(page, { product: 'Sweet cherries, fresh (HS 080929)', state: 'Michigan (MI)' });
  await expect(page).toHaveURL(/hs=080929/);
  await expect(page).toHaveURL(/state=MI/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Sweet cherries, fresh from Michigan' })).toBeVisible();
  for (const channel of [
    'General trade (B2B)',
    'Cross-border e-commerce — bonded warehouse',
    'Cross-border e-commerce — direct mail',
  ]) {
    await expect(main.getByRole('heading', { name: `Not possible through ${channel}` })).toBeVisible();
  }
  const direct = main.locator('[data-channel="cbec_direct"]');
  await expect(direct.locator('[data-blocker="no_market_access"]')).toContainText(
    'no reported China market access (approved origins: WA, OR, CA, ID)',
  );
  await expect(direct.locator('[data-blocker="fresh_requires_bonded"]')).toContainText('not by direct mail');
  const source = direct.locator('[data-blocker="no_market_access"]').getByRole('link', { name: /FreshFruitPortal/ });
  await expect(source).toHaveAttribute('href', /^https:\/\/www\.freshfruitportal\.com\/news\/2014\/09\/23\//);
  // A visitor without an account starts at sign-up, which carries the choices on to the application.
  await expect(main.getByRole('link', { name: 'Start your application' })).toHaveAttribute(
    'href',
    `/sign-up?next=${encodeURIComponent('/onboarding?categories=fresh_fruit&channels=&state=MI')}`,
  );
  await expectNoA11yViolations(page);
});

test('wine at CNY 600 through a bonded warehouse: CNY 107.33 tax, limits explained, sourced requirements', async ({
  page,
}) => {
  await check(page, {
    product: 'Wine, still, bottled (≤ 2 L) (HS 220421)',
    state: 'California (CA)',
    channel: 'Cross-border e-commerce — bonded warehouse',
    price: '600',
  });
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { name: 'You can sell through Cross-border e-commerce — bonded warehouse' }),
  ).toBeVisible();
  await expect(main.getByTestId('tax-cbec_bonded')).toContainText(
    'CNY 107.33 on CNY 600.00 (17.89% cross-border composite rate)',
  );
  await expect(main.getByText(/RMB 5,000 per order and RMB 26,000 per shopper per year/)).toBeVisible();
  const ttb = main.locator('[data-requirement="ttb_export_certificate"]');
  await expect(ttb).toContainText('TTB consolidated wine export certificate');
  await expect(ttb).toContainText('Unverified — check before relying on it');
  await expect(ttb).toContainText('Official sources: TTB: wine exports to China');
  await expect(ttb.getByRole('link', { name: 'TTB: wine exports to China' })).toHaveAttribute(
    'href',
    'https://ttb.gov/import-export/itd/wine-export-china',
  );
  await expect(main.locator('[data-requirement="domestic_agent"]')).toContainText('Provided by you (the seller)');

  const start = main.getByRole('link', { name: 'Start your application' });
  await expect(start).toHaveAttribute(
    'href',
    `/sign-up?next=${encodeURIComponent('/onboarding?categories=wine&channels=cbec_bonded&state=CA')}`,
  );
  await expectNoA11yViolations(page);

  // The answer lives in the URL: opening it again (a shared link) shows the same result and keeps the form filled.
  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel('Price to the consumer in CNY')).toHaveValue('600');
  await expect(page.getByRole('main').getByTestId('tax-cbec_bonded')).toContainText('CNY 107.33');
});

test('every channel for one product lists the eligible ones in the application link', async ({ page }) => {
  await page.goto('/export-check?hs=610910&state=MN&price_cny=500');
  const main = page.getByRole('main');
  await expect(main.getByTestId('tax-cbec_direct')).toContainText('CNY 45.50');
  const href = await main.getByRole('link', { name: 'Start your application' }).getAttribute('href');
  const signUp = new URL(href ?? '', 'http://x');
  expect(signUp.pathname).toBe('/sign-up');
  const url = new URL(signUp.searchParams.get('next') ?? '', 'http://x');
  expect(url.pathname).toBe('/onboarding');
  expect(url.searchParams.get('categories')).toBe('apparel');
  expect(url.searchParams.get('state')).toBe('MN');
  expect(url.searchParams.get('channels')?.split(',')).toEqual(['general_trade', 'cbec_bonded', 'cbec_direct']);
});

test('bad input shows what is wrong with each field, keeps what was typed, and no results', async ({ page }) => {
  // Two full pages with the whole catalogue in the picker, each scanned by axe: slow on a loaded machine.
  test.setTimeout(120_000);
  await check(page, { hsCode: '12', price: '-5' });
  const main = page.getByRole('main');
  await expect(main.getByRole('alert')).toContainText('Please fix the 3 highlighted fields.');
  await expect(page.getByLabel('Or type an HS code')).toHaveAccessibleDescription(/must have 6, 8, 10 or 13 digits/);
  await expect(page.getByLabel('Your state')).toHaveAccessibleDescription(/State is required/);
  await expect(page.getByLabel('Price to the consumer in CNY')).toHaveAccessibleDescription(
    /Price in CNY must not be negative/,
  );
  await expect(page.getByLabel('Or type an HS code')).toBeFocused();
  await expect(page.getByLabel('Or type an HS code')).toHaveValue('12');
  await expect(main.getByRole('heading', { name: /^(You can sell|Not possible) through/ })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await page.goto('/export-check?hs=999999&state=MI&quantity=0');
  await expect(page.getByLabel('Or type an HS code')).toHaveAccessibleDescription(
    /HS code 999999 is not in the product catalogue/,
  );
  await expect(page.getByLabel('Items per order')).toHaveAccessibleDescription(/Quantity must be a whole number/);
});

test('readable on a phone: no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/export-check?hs=220421&state=CA&price_cny=600');
  await expect(page.getByRole('main').getByTestId('tax-cbec_bonded')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form submits, answers and validates', async ({ page }) => {
    await check(page, { product: 'Wine, still, bottled (≤ 2 L) (HS 220421)', state: 'Michigan (MI)', price: '600' });
    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { name: 'You can sell through Cross-border e-commerce — bonded warehouse' }),
    ).toBeVisible();
    await expect(main.getByTestId('tax-cbec_bonded')).toContainText('CNY 107.33');
    await expect(main.getByRole('link', { name: 'Start your application' })).toHaveAttribute(
      'href',
      /^\/sign-up\?next=%2Fonboarding%3Fcategories%3Dwine%26channels%3D[a-z_%C2]+%26state%3DMI$/,
    );

    await check(page, { product: 'Sweet cherries, fresh (HS 080929)', state: 'Michigan (MI)', price: 'abc' });
    await expect(main.getByRole('alert')).toContainText('Please fix the highlighted field.');
    await expect(page.getByLabel('Price to the consumer in CNY')).toHaveAccessibleDescription(
      /Price in CNY must be a number/,
    );
  });
});
