import { env } from '@/lib/env';
import { openConnection } from './driver';
import { runMigrations } from './migrate';
import { rebuildProgramme } from './programme-rollups';

// Recomputes the programme rollups from the tables (docs/programme-rollups.md):
//   npm run db:programme:rebuild                       (PGlite at PGLITE_DIR, or DATABASE_URL)
// Run it after anything that wrote rows with triggers off (the scale seeds call it themselves).
const started = Date.now();
const conn = await openConnection({ url: env().DATABASE_URL, dir: env().PGLITE_DIR, max: 1 });
try {
  await runMigrations(conn);
  console.log(`Rebuilding the programme rollups on ${conn.engine}:`);
  const r = await rebuildProgramme(conn.db, console.log);
  console.log(
    `Done: ${r.cells.toLocaleString('en-US')} cells, ${r.businesses.toLocaleString('en-US')} business rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} finally {
  await conn.close();
}
