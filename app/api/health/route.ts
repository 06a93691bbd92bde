import { getConnection } from '@/db/client';
import { migrationStatus } from '@/db/migrate';
import { route } from '@/lib/auth/route';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** Database reachable, migrations current, which engine: 200 when all is well, 503 otherwise. */
export const GET = route({ access: 'public' }, async () => {
  try {
    const conn = await getConnection();
    const m = await migrationStatus(conn);
    const current = m.applied === m.expected;
    return Response.json(
      {
        status: current ? 'ok' : 'degraded',
        database: { engine: conn.engine, reachable: true },
        migrations: { ...m, current },
      },
      { status: current ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    log.error('health check failed', { error });
    return Response.json(
      { status: 'down', database: { reachable: false } },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
});
