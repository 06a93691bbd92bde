import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('migrations', () => {
  it('match the schema: drizzle-kit generates nothing new', () => {
    // drizzle-kit resolves `out` relative to the project, so the scratch copy lives here (git-ignored).
    const dir = fs.mkdtempSync('.drift-check-');
    fs.cpSync('db/migrations', dir, { recursive: true });
    const before = fs.readdirSync(dir).sort();
    const out = execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'drift_check'], {
      env: { ...process.env, DRIZZLE_OUT: dir },
      encoding: 'utf8',
    });
    expect(out).toMatch(/No schema changes|Your SQL migration file/);
    const after = fs.readdirSync(dir).sort();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(after, `The schema changed without a migration; run npm run db:generate.\n${out}`).toEqual(before);
  }, 60_000);
});
