import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Test-only configuration, set before lib/env.ts first reads (and caches) the environment: call at
 * the top of a test file. Each file gets its own upload folder so files never collide.
 */
export function setTestEnv(vars: { uploads?: string; APP_URL?: string } = {}) {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), `hg-${vars.uploads ?? 'test'}-`));
  if (vars.APP_URL) process.env.APP_URL = vars.APP_URL;
}
