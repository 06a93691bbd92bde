import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Business pages name the business they show, and their forms carry it (actingFor), from the page's own
// render: each one is wrapped in withBusinessFrame. A page that forgot would show its data under another
// business's name after a switch in another tab, and its forms would be refused.

const portal = path.dirname(fileURLToPath(import.meta.url));

/** Pages about the user, not a business, and pages that only redirect. */
const NOT_BUSINESS_PAGES = new Set(['notifications/page.tsx', 'settings/page.tsx', 'onboarding/page.tsx']);

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
