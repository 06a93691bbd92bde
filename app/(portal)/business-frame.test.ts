import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Business pages name the business they show, and their forms carry it (actingFor), from the page's own
// render: each one is wrapped in withBusinessFrame. A page that forgot would show its data under another
// business's name after a switch in another tab, and its forms would be refused.

const portal = path.dirname(fileURLToPath(import.meta.url));

/** Pages about the user, not a business, and pages that only redirect. */
const NOT_BUSINESS_PAGES = new Set([
  'notifications/page.tsx',
  'settings/page.tsx',
  'onboarding/page.tsx',
  // Questions about products belong to the person who asked, whichever business they act for.
  'questions/page.tsx',
  'questions/new/page.tsx',
  'questions/[id]/page.tsx',
]);

function pages(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) pages(p, out);
    else if (e.name === 'page.tsx') out.push(path.relative(portal, p).split(path.sep).join('/'));
  }
  return out;
}

describe('business pages', () => {
  it('are each wrapped in withBusinessFrame', () => {
    const all = pages(portal);
    expect(all.length).toBeGreaterThan(15);
    const unframed = all.filter(
      (p) =>
        !NOT_BUSINESS_PAGES.has(p) &&
        !/export default withBusinessFrame\(\w+\);/.test(fs.readFileSync(path.join(portal, p), 'utf8')),
    );
    expect(unframed).toEqual([]);
  });
});

// Every form that can change a business's data carries the business its page was for (ActingForField, or
// useActingForUrl for uploads), so a page left open from before a switch writes nothing.
const USER_FORMS: Record<string, string> = {
  'app/(portal)/dashboard/page.tsx': 'resend the verification e-mail (the account)',
  'app/(portal)/helper/page.tsx': "the helper home's filters (GET)",
  'app/(portal)/helper/request-form.tsx': 'a helper organisation asks a business for access (the organisation)',
  'app/(portal)/notifications/page.tsx': "mark the user's notifications read",
  'app/(portal)/settings/change-password-form.tsx': 'the password',
  'app/(portal)/settings/notification-form.tsx': "the user's own e-mail choice",
  'app/(portal)/settings/page.tsx': 'sign out everywhere',
  'components/business/business-switcher.tsx': 'chooses the business',
  'components/export/export-check-form.tsx': 'the public self-check (GET)',
  'components/layout/site-header.tsx': 'sign out',
  'components/rules/ask-question-form.tsx': "the user's own question about a product",
};

function tsx(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) tsx(p, out);
    else if (e.name.endsWith('.tsx')) out.push(p);
  }
  return out;
}

describe('business forms', () => {
  it('each carry the business their page was for', () => {
    const root = path.resolve(portal, '../..');
    const files = [...tsx(portal), ...tsx(path.join(root, 'components'))].map((p) =>
      path.relative(root, p).split(path.sep).join('/'),
    );
    const withForms = files.filter((f) => fs.readFileSync(path.join(root, f), 'utf8').includes('<form'));
    expect(withForms.length).toBeGreaterThan(20);
    const bare = withForms.filter(
      (f) => !USER_FORMS[f] && !/ActingForField|useActingForUrl/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(bare).toEqual([]);
    for (const f of Object.keys(USER_FORMS)) expect(withForms, `${f} is still a form`).toContain(f);
  });
});
