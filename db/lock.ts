import fs from 'node:fs';
import path from 'node:path';

// PGlite has no cross-process lock: two processes on one data dir silently lose committed rows.
// Every process that opens the embedded database takes this lock.
export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(`The embedded database at ${dir} is in use by pid ${pid}; stop it or set DATABASE_URL.`);
    this.name = 'DataDirInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes `<dir>.lock` (pid inside). Waits up to `waitMs` for a live owner, takes over a dead one. */
export function acquireDataDirLock(dir: string, waitMs = 5000): () => void {
  const lockPath = `${path.resolve(dir)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (owner === process.pid) break;
      if (!Number.isFinite(owner) || !alive(owner)) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new DataDirInUseError(dir, owner);
      sleep(200);
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.rmSync(lockPath, { force: true });
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      release();
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
  return release;
}
