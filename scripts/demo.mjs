// `npm run demo`: the embedded database with demo data, a production build, and the app on :3000.
// E-mail stays in the outbox and shows in the development mailbox (/dev/mailbox).
import { spawnSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

const secretFile = 'data/.auth-secret';
fs.mkdirSync('data', { recursive: true });
if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString('base64'), { mode: 0o600 });
const port = process.env.PORT ?? '3000';
const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? fs.readFileSync(secretFile, 'utf8').trim(),
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  DEV_MAILBOX: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
};

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', 'db:seed']);
run('npx', ['next', 'build']);
console.log(`\nHeartland Gateway: ${env.APP_URL}  (mailbox: ${env.APP_URL}/dev/mailbox)\n`);
const child = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
child.on('exit', (code) => process.exit(code ?? 0));
