import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath, reachable } from './import-graph';

// The storefront page cache serves one rendering to every visitor, which is safe only while no storefront
// render reads the session or cookies. ESLint checks the files under app/store; this follows every value
// import they make, however deep, so a helper that starts reading the session is caught too.

const storeEntries = (dir = projectPath('app/store')): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return storeEntries(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.includes('.test.') ? [p] : [];
  });

/** The import statements on storefront paths that reach the session or cookies. */
export function sessionReads(entries: string[]) {
  return reachable(entries).edges.filter(
    (e) => /^next-auth(\/|$)/.test(e.specifier) || (e.specifier === 'next/headers' && /\bcookies\b/.test(e.names)),
  );
}

describe('the storefront', () => {
  it('renders without reaching the session or cookies, through any import', () => {
    const entries = [projectPath('app/layout.tsx'), ...storeEntries()];
    expect(entries.length).toBeGreaterThan(5);
    expect(sessionReads(entries)).toEqual([]);
  });

  it('is caught when something on its path reads them (the check can fail)', () => {
    const hits = sessionReads([projectPath('app/(portal)/layout.tsx')]);
    expect(hits.length).toBeGreaterThan(0);
  });
});
