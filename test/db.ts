import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { setConnectionForTesting } from '@/db/client';
import { openConnection, type Connection } from '@/db/driver';
import { runMigrations } from '@/db/migrate';

/**
 * Gives a test file its own database: an in-memory PGlite from the migrated template, or, when
 * DATABASE_URL is set, a fresh PostgreSQL database (created, migrated, dropped after the file).
 */
export function withTestDatabase(): { conn: () => Connection } {
  let conn: Connection | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      const name = `hg_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      conn = await openConnection({ url: u.toString(), max: 5 });
      await runMigrations(conn);
      drop = async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      const template = inject('pgliteTemplate');
      conn = await openConnection(template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {});
      if (!template) await runMigrations(conn);
    }
    setConnectionForTesting(conn);
  });
  afterAll(async () => {
    await conn?.close();
    await drop?.();
  });
  return {
    conn: () => {
      if (!conn) throw new Error('database not ready');
      return conn;
    },
  };
}
