import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import fs from 'node:fs';
import type { Connection } from './driver';

// Resolved from the project root: scripts, tests and `next start` all run there.
export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export async function runMigrations(conn: Connection) {
  // Both migrators only need the drizzle instance; the cast spans the two driver types.
  if (conn.engine === 'pglite') await migratePglite(conn.db as never, { migrationsFolder });
  else await migratePostgres(conn.db as never, { migrationsFolder });
}

/** Number of migrations in the journal versus applied ones, for /api/health. */
export async function migrationStatus(conn: Connection, folder = migrationsFolder) {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const rows = await conn.db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows) as { n: number }[];
  return { expected: journal.entries.length, applied: list[0]?.n ?? 0 };
}
