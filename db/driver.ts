import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Connection {
  db: Db;
  engine: Engine;
  close: () => Promise<void>;
  /**
   * LISTEN on a channel (NOTIFY from any connection to the database); resolves to a function that stops
   * listening. postgres.js keeps a dedicated connection for it and reconnects.
   */
  listen: (channel: string, onMessage: (payload: string) => void) => Promise<() => Promise<void>>;
  /** PGlite only: a tarball of the data dir (test templates). */
  dumpDataDir?: () => Promise<Blob>;
}

/**
 * Opens a connection without any Next.js or server-only coupling, so scripts and tests can use it.
 * PGlite: `dir` on disk (locked) or in memory when `dir` is undefined.
 */
export async function openConnection(opts: {
  url?: string;
  dir?: string;
  loadDataDir?: Blob;
  max?: number;
}): Promise<Connection> {
  if (opts.url) {
    const client = postgres(opts.url, { max: opts.max ?? 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      engine: 'postgres',
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onMessage) => {
        const { unlisten } = await client.listen(channel, onMessage);
        return unlisten;
      },
    };
  }
  let release = () => {};
  let dataDir: string | undefined;
  if (opts.dir) {
    dataDir = path.resolve(opts.dir);
    release = acquireDataDirLock(dataDir);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  // pg_trgm backs the storefront search index (migration 0011): every PGlite instance must load it.
  const client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir, extensions: { pg_trgm } });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
    listen: async (channel, onMessage) => {
      const stop = await client.listen(channel, onMessage);
      return async () => stop();
    },
    dumpDataDir: async () => (await client.dumpDataDir('gzip')) as Blob,
  };
}
