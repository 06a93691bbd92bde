import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inventory } from '@/test/endpoints';
import { API_SCOPES } from '@/lib/domain/partners';
import { ACCESS } from './access';
import { PUBLIC_ENDPOINTS } from './public-endpoints';

// Server actions and route handlers are public endpoints: every one must go through action(),
// formAction() or route(), which check who may call it and validate its input.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('every endpoint is wrapped', () => {
  const inv = inventory(root);

  it('finds no unwrapped server action or route handler', () => {
    expect(inv.problems).toEqual([]);
    expect(inv.endpoints.filter((e) => e.kind === 'action').length).toBeGreaterThan(20);
    expect(inv.endpoints.filter((e) => e.kind === 'route').length).toBeGreaterThan(10);
  });

  it('declares only known access levels', () => {
    for (const e of inv.endpoints) expect(ACCESS, e.key).toContain(e.access);
  });

  it('keeps API-key endpoints under /api/v1/partner, each declaring a known scope, and nothing else there', () => {
    for (const e of inv.endpoints) {
      const underPartner = e.kind === 'route' && e.path!.startsWith('/api/v1/partner/');
      expect(e.access === 'partner', e.key).toBe(underPartner);
      if (e.access === 'partner') expect(API_SCOPES, e.key).toContain(e.scope);
    }
  });

  it('lists exactly the public endpoints in lib/auth/public-endpoints.ts', () => {
    const declared = inv.endpoints.filter((e) => e.access === 'public').map((e) => e.key);
    expect(declared.sort()).toEqual(Object.keys(PUBLIC_ENDPOINTS).sort());
  });
});

describe('the inventory catches what it must', () => {
  function scan(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hg-endpoints-'));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    try {
      return inventory(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reports bare, re-exported, destructured and inline endpoints, and a missing access', () => {
    const inv = scan({
      'app/x/actions.ts': `'use server';\nexport async function bareAction() {}\nexport const okAction = action({ access: 'user', input: s }, async () => {});\nexport const noAccessAction = action({ input: s }, async () => {});\nexport const rawAction = async () => {};`,
      'app/api/a/route.ts': `export async function GET() { return new Response(); }\nexport const POST = route({ access: 'business' }, () => new Response());\nexport const dynamic = 'force-dynamic';`,
      'app/api/b/route.ts': `import { handlers } from 'x';\nexport const { GET } = handlers;`,
      'app/api/c/route.ts': `export { GET } from '../a/route';`,
      'components/form.tsx': `export function F() { async function save() { 'use server'; } return null; }`,
    });
    expect(inv.problems).toEqual([
      expect.stringMatching(/^app\/api\/a\/route\.ts: GET is a bare function/),
      expect.stringMatching(/^app\/api\/b\/route\.ts: destructured exports/),
      expect.stringMatching(/^app\/api\/c\/route\.ts: re-exports/),
      expect.stringMatching(/^app\/x\/actions\.ts: bareAction is a bare function/),
      expect.stringMatching(/^app\/x\/actions\.ts: noAccessAction must declare its access/),
      expect.stringMatching(/^app\/x\/actions\.ts: rawAction is not wrapped/),
      expect.stringMatching(/^components\/form\.tsx: an inline 'use server' function/),
    ]);
    expect(inv.endpoints.map((e) => `${e.key} ${e.access}`)).toEqual([
      'POST /api/a business',
      'app/x/actions.ts#okAction user',
    ]);
  });
});
