// A newcomer's path without a stumble: the road a new business owner, a reviewer and an admin walk,
// each step checked for what once went wrong on it.
import { DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import {
  expect,
  expectNoA11yViolations,
  linkIn,
  signIn,
  signUpVerified,
  test,
  uniqueEmail,
  waitForMail,
} from './support/fixtures';
import type { Page } from '@playwright/test';

/** One header, one skip link, one main landmark: a page that nests two shells fails here. */
async function expectOneShell(page: Page) {
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
}

test.describe('each role lands on its own home after signing in', () => {
  for (const staff of DEMO_STAFF) {
    test(`${staff.role} lands on the staff area, not "Page not found"`, async ({ page }) => {
      await signIn(page, staff.email, staff.password);
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
      await expectOneShell(page);
    });
  }

  test('a reviewer sent to sign in from a business page lands on the staff area', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
    const reviewer = DEMO_STAFF.find((s) => s.role === 'reviewer')!;
    await page.getByLabel('E-mail').fill(reviewer.email);
    await page.getByLabel('Password').fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });

  test('a staff link followed after signing in still opens where it points', async ({ page }) => {
    await page.goto('/admin/listings');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Flistings/);
    const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin\/listings$/);
  });

  test('a business owner lands on the dashboard; once approved it says what comes next', async ({ page }) => {
    await signIn(page, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectOneShell(page);
    const next = page.getByRole('region', { name: 'Next steps' });
    await expect(next.getByRole('link', { name: 'Plan a shipment' })).toHaveAttribute('href', '/shipments/new');
    await next.getByRole('link', { name: 'Create a listing' }).click();
    await expect(page).toHaveURL(/\/products\/new$/);
  });

  test('a page that is not there renders one header and one main, signed in or not', async ({ page }) => {
    // Signed out, business and staff pages send to sign-in; an unknown address is the only 404.
    for (const path of ['/no-such-page', '/export-check/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectOneShell(page);
    }
    await signIn(page, DEMO_STAFF[1]!.email, DEMO_STAFF[1]!.password);
    // A business page opened by staff is a 404 from inside the page (notFound()), an unknown address is not.
    for (const path of ['/dashboard', '/products', '/no-such-page', '/admin/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectOneShell(page);
    }
  });
});

test('CSV import: download the template first, then check the filled-in file on the same page', async ({ page }) => {
  await signIn(page, 'ruth@sandhillsworkwear.example', DEMO_PASSWORDS.business);
  await page.goto('/products/import');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the CSV template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('heartland-listings-template.csv');
  const template = (await (await download.createReadStream()).toArray()).join('');
  await expect(page).toHaveURL(/\/products\/import$/);
  const posts: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST') posts.push(r.status());
  });
  await page.getByLabel('CSV file').setInputFiles({
    name: 'sweaters.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template.replace(/^\uFEFF/, '')),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'Report for sweaters.csv' })).toBeVisible();
  expect(posts).not.toContain(405);
  // The template's example is what this business sells (apparel), and it imports as it is.
  expect(template).toContain('organic cotton T-shirt');
  expect(template).not.toMatch(/Riesling|750 ml/);
  await expect(page.getByText('1 row: 1 ready, 0 with problems.')).toBeVisible();
});

test('an apparel listing form speaks of apparel, and shows the limit of each long field while typing', async ({
  page,
}) => {
  await signIn(page, 'ruth@sandhillsworkwear.example', DEMO_PASSWORDS.business);
  await page.goto('/products/new?category=apparel');
  await expect(page.getByLabel('HS code')).toHaveAccessibleDescription(/6110\.20 for cotton sweaters/);
  await expect(page.getByLabel('Pack size')).toHaveAccessibleDescription('e.g. 1 piece');
  await expect(page.getByRole('main')).not.toContainText('750 ml');
  const title = page.getByLabel('Title (English)');
  await expect(title).toHaveAttribute('maxlength', '120');
  await title.fill('Merino crew sweater');
  await expect(title).toHaveAccessibleDescription('19 of 120 characters');
  const description = page.getByLabel('Description (English)');
  await expect(description).toHaveAttribute('maxlength', '4000');
  await description.fill('x'.repeat(4100));
  await expect(description).toHaveValue('x'.repeat(4000));
  await expect(description).toHaveAccessibleDescription('4000 of 4000 characters — the limit');
  await expect(page.getByLabel('Title (Chinese)')).toHaveAttribute('maxlength', '60');
  await expectNoA11yViolations(page);
});

test.describe('what every site has: icons, robots.txt, sitemaps, a manifest, a social image', () => {
  test('each answers 200 with its type, and no page asks for a file that is not there', async ({ page, request }) => {
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    for (const path of ['/', '/export-check', '/sign-up', '/store']) await page.goto(path);
    expect(missing).toEqual([]);
    await page.goto('/');
    await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute('href', /\/favicon\.ico/);
    await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', /\/og-image\.png$/);

    const types: Record<string, RegExp> = {
      '/favicon.ico': /^image\/(x-icon|vnd\.microsoft\.icon)/,
      '/icon.svg': /^image\/svg\+xml/,
      '/apple-touch-icon.png': /^image\/png/,
      '/og-image.png': /^image\/png/,
      '/robots.txt': /^text\/plain/,
      '/manifest.webmanifest': /^application\/manifest\+json/,
      '/sitemap/pages.xml': /^application\/xml/,
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      expect(r.headers()['content-type'], path).toMatch(type);
    }
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string }[] };
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });

  test('robots.txt lists the sitemaps; together they hold the storefront products and sellers', async ({
    page,
    request,
  }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Disallow: \/admin$/m);
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps).toContain('/sitemap/pages.xml');
    expect(sitemaps.filter((s) => s.startsWith('/sitemap/products-')).length).toBeGreaterThan(1);
    const urls = new Set<string>();
    for (const s of sitemaps) {
      const r = await request.get(s);
      expect(r.status(), s).toBe(200);
      for (const m of (await r.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(new URL(m[1]!).pathname);
    }
    expect(urls).toContain('/terms');
    // A product and its seller, as the storefront shows them, are both in a sitemap.
    await page.goto('/store');
    const product = await page.locator('a[href^="/store/products/"]').first().getAttribute('href');
    expect(urls).toContain(product);
    await page.goto(product!);
    const seller = await page.locator('a[href^="/store/sellers/"]').first().getAttribute('href');
    expect(urls).toContain(seller);
    // An id that is no chunk answers with an empty sitemap, not an error.
    expect((await request.get('/sitemap/products-999.xml')).status()).toBeLessThan(500);
  });
});

test('terms of use and the privacy notice: linked from every footer and from sign-up', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Terms of use' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeVisible();
  await expectNoA11yViolations(page);
  await footer.getByRole('link', { name: 'Privacy notice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto('/sign-up');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'terms of use' })).toHaveAttribute('href', '/terms');
  await expect(main.getByRole('link', { name: 'privacy notice' })).toHaveAttribute('href', '/privacy');
  await expect(page.getByRole('button', { name: 'Create account' })).toHaveAccessibleDescription(/terms of use/);
});

test('from the landing page to the application: self-check, sign-up, resend, confirm, sign in', async ({ page }) => {
  // Counts the screens a newcomer sees (full page loads and client-side navigations alike).
  const screens: string[] = [];
  page.on('framenavigated', (f) => {
    const u = new URL(f.url());
    if (f === page.mainFrame() && screens.at(-1) !== u.pathname + u.search) screens.push(u.pathname + u.search);
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Check what you can export first' }).click();
  await page.getByLabel('Or type an HS code').fill('6109.10');
  await page.getByLabel('Your state').selectOption({ label: 'Wisconsin (WI)' });
  await page.getByRole('button', { name: 'Check what I can export' }).click();
  // The answer takes focus, so a screen reader reads it and a phone shows it.
  const answer = page.getByRole('heading', { level: 2, name: /from Wisconsin$/ });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveAccessibleDescription(/channels? open/);
  await page.getByRole('main').getByRole('link', { name: 'Start your application' }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=%2Fonboarding/);

  const user = { name: 'Ingrid Halvorsen', email: uniqueEmail('eau-claire'), password: 'merino sweaters by the lake' };
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await expectNoA11yViolations(page);
  const first = linkIn(await waitForMail(user.email, /Confirm your e-mail/), '/verify-email');
  await page.getByRole('button', { name: 'Send the link again' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(`We sent a new link to ${user.email}`);
  let second = first;
  for (let i = 0; i < 40 && second === first; i++) {
    second = linkIn(await waitForMail(user.email, /Confirm your e-mail/), '/verify-email');
    if (second === first) await page.waitForTimeout(250);
  }
  expect(second).not.toBe(first);

  // Start now, before confirming: sign-in has the address, and leads on to the application with the choices.
  await page.getByRole('link', { name: 'sign in now and start your application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/onboarding\/business/);
  expect(screens.find((u) => u.startsWith('/onboarding?'))).toMatch(/categories=apparel.*state=WI/);
  // Landing, self-check, its answer, sign-up, check your e-mail, sign in, the application's first step
  // (/onboarding only redirects to it): seven screens, where there were thirteen.
  expect(screens.map((s) => s.split('?')[0])).toEqual([
    '/',
    '/export-check',
    '/export-check',
    '/sign-up',
    '/sign-up/check-email',
    '/sign-in',
    '/onboarding',
    '/onboarding/business',
  ]);

  // The newest link confirms the address; signed in already, the page leads back to work.
  await page.goto(second);
  await expect(page.getByRole('heading', { name: 'Your e-mail is confirmed' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
});

test('confirming the e-mail when signed out: the sign-in form is there, the address filled in', async ({ page }) => {
  const user = { name: 'Ola Berg', email: uniqueEmail('confirm'), password: 'children cotton tees' };
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await page.goto(linkIn(await waitForMail(user.email, /Confirm your e-mail/), '/verify-email'));
  await expect(page.getByRole('main').getByRole('status')).toContainText(`${user.email} is confirmed`);
  await expect(page.getByLabel('E-mail')).toHaveValue(user.email);
  await expect(page.getByLabel('Password')).toBeFocused();
  await expectNoA11yViolations(page);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText('Please confirm your e-mail')).toHaveCount(0);
  // The link works once; a second visit says so and offers a new one.
  await page.goto(linkIn(await waitForMail(user.email, /Confirm your e-mail/), '/verify-email'));
  await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
});

test('"send the link again" is limited per address, with a plain message', async ({ page }) => {
  await page.goto(`/sign-up/check-email?email=${encodeURIComponent(uniqueEmail('flood'))}`);
  const send = page.getByRole('button', { name: 'Send the link again' });
  const status = page.getByRole('main').getByRole('status');
  for (let i = 0; i < 3; i++) {
    await send.click();
    await expect(status).toContainText('We sent a new link');
    await page.reload();
  }
  await send.click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Please wait an hour');
});

test.describe('accessibility (WCAG 2.2 AA) of pages no other journey scans', () => {
  test('signed out: landing, password reset, e-mail confirmation pages', async ({ page }) => {
    for (const path of [
      '/',
      '/forgot-password',
      '/reset-password',
      '/reset-password?token=not-a-real-token',
      `/sign-up/check-email?email=${encodeURIComponent('ingrid@example.com')}`,
      '/sign-up/check-email',
      '/verify-email',
      '/verify-email?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      '/terms',
      '/privacy',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    }
  });

  test('a business: products, shipments, a new shipment', async ({ page }) => {
    await signIn(page, 'karen@traversebayberries.example', DEMO_PASSWORDS.business);
    for (const path of ['/products', '/shipments', '/shipments/new']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    }
  });

  test('staff: the staff area', async ({ page }) => {
    await signIn(page, DEMO_STAFF[0]!.email, DEMO_STAFF[0]!.password);
    await expect(page).toHaveURL(/\/admin$/);
    await expectNoA11yViolations(page);
  });
});

test('the business step cross-checks the ZIP code with the state, naming both', async ({ page }) => {
  await signUpVerified(page, 'eau-claire-zip');
  await page.goto('/onboarding/business');
  await page.getByLabel('Legal name').fill('Chippewa Knitwear LLC');
  await page.getByLabel('EIN').fill('39-2288157');
  await page.getByLabel('Entity type').selectOption('llc');
  await page.getByLabel('State of formation').selectOption('WI');
  await page.getByLabel('Year founded').fill('2016');
  await page.getByLabel('Employees').fill('9');
  await page.getByLabel('Annual revenue').selectOption('250k_1m');
  await page.getByLabel('Street address').fill('312 Water St');
  await page.getByLabel('City').fill('Eau Claire');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('WI');
  await page.getByLabel('ZIP code').fill('90210');
  await page.getByLabel('Phone').fill('(715) 555-0148');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const zip = page.getByLabel('ZIP code');
  await expect(zip).toHaveAccessibleDescription(
    /ZIP code 90210 is in California, not Wisconsin: check the ZIP code or the state\.$/,
  );
  await expect(zip).toBeFocused();
  await expect(page.getByLabel('City')).toHaveValue('Eau Claire');
  await zip.fill('54701');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Step 2 of 5: What you sell')).toBeVisible();
});
