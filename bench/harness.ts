import { spawnSync } from 'node:child_process';

// Shared by the database benchmarks (bench/queue.ts, bench/store.ts, bench/shipments.ts): each calls the
// real data-layer functions with a drizzle logger that records every statement and its parameters, then
// runs them under EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON).

/**
 * The data layer is `server-only`; outside Next that package throws unless Node resolves the
 * "react-server" export condition, so a benchmark re-runs itself with it. Call before importing the data layer.
 */
export function ensureReactServer(): void {
  if (process.env.NODE_OPTIONS?.includes('--conditions=react-server')) return;
  const r = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=react-server`.trim() },
  });
  process.exit(r.status ?? 1);
}

export interface Captured {
  query: string;
  params: unknown[];
}

/**
 * Connects the app's data layer to DATABASE_URL through a capturing logger. `captured` holds the
 * statements sent since it was last emptied (`captured.length = 0`). Exits with a hint when
 * DATABASE_URL is not set. `runs` is `--runs N` (default 7).
 */
export async function connectBench(seedHint: string) {
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { default: postgres } = await import('postgres');
  const schema = await import('@/db/schema');
  const { setConnectionForTesting } = await import('@/db/client');
  const { env } = await import('@/lib/env');
  const url = env().DATABASE_URL;
  if (!url) {
    console.error(`Set DATABASE_URL to the database seeded by \`${seedHint}\`.`);
    process.exit(2);
  }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 7;
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const captured: Captured[] = [];
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (query, params) => void captured.push({ query, params }) },
  }) as unknown as import('@/db/driver').Db;
  setConnectionForTesting({
    db,
    engine: 'postgres',
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onMessage) => (await client.listen(channel, onMessage)).unlisten,
  });
  /** The first row of a raw query. */
  async function one<T>(q: string, params: unknown[] = []): Promise<T> {
    const [row] = await client.unsafe(q, params as never[]);
    return row as T;
  }
  return { client, db, captured, one, runs };
}

export interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

/** The scans of a plan, outermost first: "Index Scan shipments_admin_idx", "Seq Scan …". */
export function scans(node: PlanNode, out: string[] = []): string[] {
  if (node['Index Name']) out.push(`${node['Node Type']} ${node['Index Name']}`);
  else if (node['Node Type'] === 'Seq Scan') out.push(`Seq Scan ${node['Relation Name']}`);
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

/** The nodes above the first scan: "Limit › Nested Loop" or "Limit › Sort". */
export function shape(node: PlanNode): string {
  const out: string[] = [];
  for (let n: PlanNode | undefined = node; n && !n['Index Name'] && n['Node Type'] !== 'Seq Scan'; n = n.Plans?.[0]) {
    out.push(n['Node Type']);
    if (n['Node Type'].startsWith('Bitmap')) break;
  }
  return out.join(' › ');
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
