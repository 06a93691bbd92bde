import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openConnection } from '../db/driver';
import { runMigrations } from '../db/migrate';

// A migrated PGlite data dir, dumped once per run: each test file loads it (≈0.5 s) instead of
// running initdb and the migrations again (≈2 s). PostgreSQL runs create a database per file instead.
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const conn = await openConnection({});
  await runMigrations(conn);
  const dump = await dumpOf(conn);
  const file = path.join(os.tmpdir(), `hg-pglite-template-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await conn.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(file, { force: true });
}

async function dumpOf(conn: Awaited<ReturnType<typeof openConnection>>): Promise<Blob> {
  if (!conn.dumpDataDir) throw new Error('PGlite connection expected');
  return conn.dumpDataDir();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate?: string;
  }
}
