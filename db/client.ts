import 'server-only';
import { env } from '@/lib/env';
import { openConnection, type Connection, type Db } from './driver';

export type { Db } from './driver';

// One instance per process: page and route bundles evaluate modules separately, so the
// connection lives on globalThis (otherwise each bundle opens its own PGlite instance).
const store = globalThis as unknown as { __hgConnection?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  if (env().NEXT_PHASE === 'phase-production-build') {
    throw new Error(
      'A page touched the database while `next build` prerendered it. Make the page dynamic (await connection()).',
    );
  }
  store.__hgConnection ??= openConnection({ url: env().DATABASE_URL, dir: env().PGLITE_DIR }).catch((e) => {
    store.__hgConnection = undefined;
    throw e;
  });
  return store.__hgConnection;
}

export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

/** Tests point the data layer at their own database. */
export function setConnectionForTesting(conn: Connection) {
  store.__hgConnection = Promise.resolve(conn);
}
