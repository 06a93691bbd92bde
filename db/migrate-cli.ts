import { env } from '@/lib/env';
import { openConnection } from './driver';
import { runMigrations } from './migrate';

const started = Date.now();
const conn = await openConnection({ url: env().DATABASE_URL, dir: env().PGLITE_DIR });
try {
  await runMigrations(conn);
  console.log(`Migrations applied on ${conn.engine} in ${Date.now() - started} ms.`);
} finally {
  await conn.close();
}
