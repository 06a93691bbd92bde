import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3200';
const workDir = process.env.E2E_WORK_DIR ?? path.join(os.tmpdir(), `hg-e2e-${port}`);
process.env.E2E_MAIL_DIR = path.join(workDir, 'mail');
process.env.E2E_PORT = port;
// Shared with the workers (they inherit this process's environment): e2e/hostile.spec.ts forges session
// cookies with it to test what the server does with them.
process.env.AUTH_SECRET ??= `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}-local-only-secret`;

// Debian's Chromium when installed (Playwright cannot download its own browser here).
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  // One retry in CI: under a loaded 2-core machine a late re-render can still clear a just-typed field.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--headless',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node e2e/support/server.mjs',
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { AUTH_SECRET: process.env.AUTH_SECRET },
  },
});
