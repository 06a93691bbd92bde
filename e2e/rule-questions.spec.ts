import { DEMO_BUSINESSES, DEMO_PASSWORDS, DEMO_STAFF } from '../db/seed-data/demo';
import { expect, expectNoA11yViolations, signIn, signUpVerified, test, waitForMail } from './support/fixtures';

// "Ask us about this product": a maker meets a product the rules have not assessed, asks from the
// self-check, a rules editor answers from the queue, and the maker is told by e-mail and in the app.
// Nobody else can read the question.

const admin = DEMO_STAFF.find((s) => s.role === 'admin')!; // a rules editor in the demo data
const otherSeller = DEMO_BUSINESSES[0]!.ownerEmail;

test('a maker asks about a product the rules do not cover, a rules editor answers, and the maker is told', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const user = await signUpVerified(page, 'brewer');

  // The self-check has not assessed beer: it offers to ask, with the product filled in.
  await page.goto('/export-check?hs=220300&state=WI');
  await page.getByRole('link', { name: 'Ask us about this product' }).click();
  await expect(page.getByRole('heading', { name: 'Ask us about a product' })).toBeVisible();
  await expect(page.getByLabel('Product')).toHaveValue('Beer made from malt');
  await expect(page.getByLabel('HS code')).toHaveValue('220300');
  await expect(page.getByRole('combobox', { name: 'State it comes from' })).toHaveValue('WI');
  await expectNoA11yViolations(page);

  // Bad input: each message sits on its field, and nothing is sent.
  await page.getByLabel('Product').fill('b');
  await page.getByLabel('HS code').fill('22');
  await page.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByLabel('Product')).toHaveAccessibleDescription(/Product must be at least 3 characters/);
  await expect(page.getByLabel('HS code')).toHaveAccessibleDescription(/HS code must have 6, 8, 10 or 13 digits/);
  await expect(page.getByLabel('Product')).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(page);

  await page.getByLabel('Product').fill('Craft lager brewed with Wisconsin hops');
  await page.getByLabel('HS code').fill('2203.00');
  await page.getByLabel('Anything else we should know').fill('Bottled, 355 ml, 5% alcohol.');
  await page.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByRole('heading', { name: /Your question about Craft lager/ })).toBeVisible();
  await expect(page.getByText('Question sent.')).toBeVisible();
  await expect(page.getByText('Not answered yet.')).toBeVisible();
  const questionUrl = new URL(page.url()).pathname;

  // The rules editor is told, finds it in the queue and answers; a too-short answer is refused first.
  await waitForMail(admin.email, /\[Rules\] A seller asks about Craft lager brewed with Wisconsin hops \(HS 220300\)/);
  const staff = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.3.9' } });
  const ap = await staff.newPage();
  await signIn(ap, admin.email, DEMO_PASSWORDS.admin);
  await ap.goto('/admin/rules');
  await ap.getByRole('link', { name: /Questions from sellers/ }).click();
  await expectNoA11yViolations(ap);
  await ap.getByRole('link', { name: 'Craft lager brewed with Wisconsin hops' }).first().click();
  await expect(ap.getByText(`Asked by ${user.name} (${user.email})`)).toBeVisible();
  await ap.getByRole('textbox', { name: 'Answer' }).fill('Too short.');
  await ap.getByRole('button', { name: 'Send the answer' }).click();
  await expect(ap.getByRole('textbox', { name: 'Answer' })).toHaveAccessibleDescription(
    /Answer must be at least 20 characters/,
  );
  await expectNoA11yViolations(ap);
  const answer =
    'Beer under HS 2203 is on the CBEC positive list; you need GACC registration as an overseas food maker.';
  await ap.getByRole('textbox', { name: 'Answer' }).fill(answer);
  await ap.getByRole('button', { name: 'Send the answer' }).click();
  await expect(ap.getByText('Answer sent. The seller has been told.')).toBeVisible();
  await expect(ap.getByRole('button', { name: 'Send the answer' })).toHaveCount(0);
  await staff.close();

  // The maker is told by e-mail and in the app, and reads the answer.
  const mail = await waitForMail(
    user.email,
    /Your question about Craft lager brewed with Wisconsin hops has an answer/,
  );
  expect(mail.text).toContain('GACC registration as an overseas food maker');
  await page.goto('/notifications');
  await page.getByRole('link', { name: /Your question about Craft lager/ }).click();
  await expect(page.getByText(answer)).toBeVisible();
  await expect(page.getByText(/Answered by/)).toBeVisible();
  await expectNoA11yViolations(page);

  // Another business cannot read it; an anonymous visitor is asked to sign in.
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.3.10' } });
  const op = await other.newPage();
  await signIn(op, otherSeller, DEMO_PASSWORDS.business);
  await op.goto(questionUrl);
  await expect(op.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(op.getByText(answer)).toHaveCount(0);
  await other.close();
  const anon = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.77.3.11' } });
  const np = await anon.newPage();
  await np.goto(questionUrl);
  await expect(np).toHaveURL(/\/sign-in\?next=/);
  await anon.close();
});
