// Runs the Playwright journeys against a production build. Finds a browser first: Debian's
// Chromium, else Playwright's own; as root on Debian it installs Chromium with apt-get.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts });
const hasSystem = () => ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => fs.existsSync(p));
const playwrightCache = path.join(os.homedir(), '.cache', 'ms-playwright');
const hasPlaywright = () =>
  fs.existsSync(playwrightCache) && fs.readdirSync(playwrightCache).some((d) => d.startsWith('chromium'));

if (!hasSystem() && !hasPlaywright()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('No browser found: installing Debian Chromium (apt-get install -y chromium)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  }
  if (!hasSystem()) {
    console.error(
      'No browser for Playwright. Install one with:\n  sudo apt-get install -y chromium   (Debian/Ubuntu)\nor\n  npx playwright install chromium   (with internet access)',
    );
    process.exit(1);
  }
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
if (!process.env.E2E_SKIP_BUILD) {
  const b = run('npx', ['next', 'build'], { env });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const t = run('npx', ['playwright', 'test', ...process.argv.slice(2)], { env });
process.exit(t.status ?? 1);
