// The e2e web server: a real SMTP server on loopback that writes each message to E2E_MAIL_DIR,
// a fresh database with demo accounts, then `next start` with SMTP_URL pointing at it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

const mailDir = process.env.E2E_MAIL_DIR;
const port = process.env.E2E_PORT ?? '3200';
if (!mailDir) throw new Error('E2E_MAIL_DIR is required');
fs.rmSync(mailDir, { recursive: true, force: true });
fs.mkdirSync(mailDir, { recursive: true });

let n = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const to = session.envelope.rcptTo.map((r) => r.address);
      const file = path.join(mailDir, `${Date.now()}-${String(++n).padStart(5, '0')}.json`);
      fs.writeFileSync(`${file}.tmp`, JSON.stringify({ to, raw }));
      fs.renameSync(`${file}.tmp`, file);
      callback();
    });
  },
});
await new Promise((r) => smtp.listen(0, '127.0.0.1', r));
const smtpPort = smtp.server.address().port;

const env = {
  ...process.env,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  OUTBOX_POLL_MS: '300',
  // Webhook receivers of the journeys listen on loopback (e2e/partners.spec.ts).
  WEBHOOK_ALLOW_LOOPBACK: 'true',
  WEBHOOK_POLL_MS: '500',
  APP_URL: `http://localhost:${port}`,
  // The tests play a proxy in front of the app: each sends its own address as X-Forwarded-For, so one
  // test's rate limits never hit another's. (The default, 0, is tested in e2e/hostile.spec.ts.)
  TRUSTED_PROXY_HOPS: '1',
  // The storefront journeys check which responses came from the page cache.
  STORE_PAGE_CACHE: 'debug',
  NEXT_TELEMETRY_DISABLED: '1',
};
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = path.join(path.dirname(mailDir), 'pglite');
  fs.rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  fs.rmSync(`${env.PGLITE_DIR}.lock`, { force: true });
}
const seed = spawnSync('npx', ['tsx', 'db/seed.ts'], { stdio: 'inherit', env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const app = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
const stop = () => {
  app.kill('SIGTERM');
  smtp.close();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', (code) => {
  smtp.close();
  process.exit(code ?? 0);
});
