// A second `next start` of the same build on its own empty database, with the default configuration of
// a server reached directly (TRUSTED_PROXY_HOPS unset): the suite's own server is told a proxy stands in
// front (e2e/support/server.mjs) and so cannot show what the default does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface DirectServer {
  baseURL: string;
  stop: () => Promise<void>;
}

export async function startDirectServer(): Promise<DirectServer> {
  const port = String(Number(process.env.E2E_PORT ?? '3200') + 1);
  const dir = path.join(path.dirname(process.env.E2E_MAIL_DIR!), 'direct-pglite');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: dir,
    APP_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'error',
  };
  delete env.TRUSTED_PROXY_HOPS;
  delete env.SMTP_URL;
  delete env.DATABASE_URL;
  const migrated = spawnSync('npx', ['tsx', 'db/migrate-cli.ts'], { env, stdio: 'ignore' });
  if (migrated.status !== 0) throw new Error('migrations failed for the direct server');
  const app: ChildProcess = spawn('npx', ['next', 'start', '-p', port], { env, stdio: 'ignore', detached: true });
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || app.exitCode !== null) throw new Error('the direct server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseURL,
    stop: async () => {
      if (app.exitCode !== null) return;
      const exited = new Promise((r) => app.once('exit', r));
      process.kill(-app.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    },
  };
}
