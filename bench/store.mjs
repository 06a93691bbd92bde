// HTTP benchmark of the storefront against a static Next page in the same run (issue 5).
//
// Needs a production server started separately against the scale database, e.g.:
//   npx next build
//   DATABASE_URL=postgres://…/hg_scale AUTH_SECRET=… AUTH_TRUST_HOST=true APP_URL=http://localhost:3400 NEXT_TELEMETRY_DISABLED=1 \
//     LOG_LEVEL=warn BENCH_PAGES=true STORE_PAGE_CACHE=debug npx next start -p 3400
//   DATABASE_URL=postgres://…/hg_scale node bench/store.mjs   (BENCH_URL, BENCH_WARMUP_S=30, BENCH_ROUND_S=10, BENCH_CYCLES=2,
//     BENCH_SERVER_PID for the server's CPU time per request)
//
// A = /bench/static (no data, rendered per request like every page here), P = /bench/prerendered (HTML
// prerendered at build time, no rendering at all: the static page at its fastest), B = a storefront
// product page, rotating over 200 live products so it is not one hot cache entry (served by the proxy's
// page cache unless the server runs with STORE_PAGE_CACHE=off); then /store first page vs last page.
// Warm-up first, then A B P P B A rounds (runs differ by ±20%: compare ratios in one run).
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import postgres from 'postgres';

const base = process.env.BENCH_URL ?? 'http://localhost:3400';
const warmupS = Number(process.env.BENCH_WARMUP_S ?? 30);
const roundS = Number(process.env.BENCH_ROUND_S ?? 10);
const cycles = Number(process.env.BENCH_CYCLES ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
// Optional: the server's pid (`next start` renames itself "next-server"; find it with `ss -ltnp`). Its CPU
// time per request is read from /proc and is far steadier than req/s on a shared, throttled machine.
const serverPid = process.env.BENCH_SERVER_PID ? Number(process.env.BENCH_SERVER_PID) : null;
const cpuMs = () => {
  if (!serverPid) return 0;
  const f = fs.readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
};

// Products to rotate over: from the scale database when DATABASE_URL is set (200 live products well inside
// the catalogue, and a cursor 10 rows before the end of /store); otherwise from the public feed (any
// database, e.g. the demo's PGlite, which one process holds), and the /store pages are skipped.
let slugs;
let lastCursor = null;
if (process.env.DATABASE_URL) {
  const sql = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  slugs = (await sql`select slug from listings where live order by published_at desc limit 200 offset 5000`).map(
    (r) => r.slug,
  );
  const last = (
    await sql`select published_at::text as at, id from listings where live order by published_at asc, id asc offset 10 limit 1`
  )[0];
  lastCursor = Buffer.from(JSON.stringify([last.at, last.id])).toString('base64url');
  await sql.end();
} else {
  slugs = [];
  for (let cursor = ''; slugs.length < 200;) {
    const feed = await (await fetch(`${base}/api/v1/feed?limit=200${cursor ? `&cursor=${cursor}` : ''}`)).json();
    slugs.push(...feed.items.filter((i) => i.live).map((i) => i.slug));
    if (!feed.nextCursor) break;
    cursor = feed.nextCursor;
  }
  slugs = slugs.slice(0, 200);
}
if (!slugs.length) throw new Error('no live products to request');

let k = 0;
const rotating = (paths) => [
  { method: 'GET', setupRequest: (req) => ({ ...req, path: paths[(k = (k + 1) % paths.length)] }) },
];
const routes = {
  A: { name: 'static page', paths: ['/bench/static'] },
  P: { name: 'prerendered page', paths: ['/bench/prerendered'] },
  B: { name: 'product page', paths: slugs.map((s) => `/store/products/${s}`) },
  F: { name: '/store first page', paths: ['/store'] },
  L: { name: '/store last page', paths: [`/store?cursor=${lastCursor}`] },
};

function run(route, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}${route.paths[0]}`,
        headers: { accept: 'text/html,application/xhtml+xml' },
        connections,
        duration: seconds,
        requests: rotating(route.paths),
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
}

/** First (uncached) request time of a page: the data cache miss includes the database. */
async function cold(path) {
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`);
  await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - t0;
}

const coldProduct = await cold(`/store/products/${slugs[slugs.length - 1]}`);
const coldFirst = await cold('/store');
const coldLast = lastCursor ? await cold(`/store?cursor=${lastCursor}`) : NaN;
console.log(
  `cold (first request, data cache miss): product ${coldProduct.toFixed(0)} ms, /store first page ${coldFirst.toFixed(0)} ms, last page ${coldLast.toFixed(0)} ms`,
);

console.log(`Warming up ${warmupS} s…`);
const keys = lastCursor ? ['A', 'B', 'P', 'F', 'L'] : ['A', 'B', 'P'];
for (const key of keys) await run(routes[key], Math.ceil(warmupS / keys.length));

const samples = { A: [], B: [], P: [], F: [], L: [] };
const cpu = { A: [0, 0], B: [0, 0], P: [0, 0], F: [0, 0], L: [0, 0] }; // [CPU ms, requests]
const order = [
  ...Array.from({ length: cycles }, () => ['A', 'B', 'P', 'P', 'B', 'A']).flat(),
  ...(lastCursor ? Array.from({ length: cycles }, () => ['F', 'L', 'L', 'F']).flat() : []),
];
for (const key of order) {
  const c0 = cpuMs();
  const r = await run(routes[key], roundS);
  cpu[key][0] += cpuMs() - c0;
  cpu[key][1] += r.requests.total;
  const bad = r.non2xx + r.errors + r.timeouts;
  samples[key].push(r.requests.average);
  console.log(
    `${routes[key].name.padEnd(18)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms${bad ? `  (${bad} non-2xx/errors!)` : ''}`,
  );
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (key) =>
  `${mean(samples[key]).toFixed(0)} req/s (rounds: ${samples[key].map((x) => x.toFixed(0)).join(', ')})`;
console.log('\n| measure | value |\n|---|---|');
console.log(`| date | ${new Date().toISOString().slice(0, 10)} |`);
console.log(
  `| machine | ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load avg ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} |`,
);
console.log(
  `| rounds | warm-up ${warmupS} s, then A B P P B A × ${cycles}${lastCursor ? ` and F L L F × ${cycles}` : ''}, ${roundS} s each, ${connections} connections |`,
);
console.log(`| A: /bench/static (no data) | ${fmt('A')} |`);
console.log(`| B: /store/products/[slug] (200 products rotating) | ${fmt('B')} |`);
console.log(`| P: /bench/prerendered (static HTML from the build, 22 kB) | ${fmt('P')} |`);
console.log(
  `| **ratio product / static page rendered per request (A)** | **${(mean(samples.B) / mean(samples.A)).toFixed(2)}** |`,
);
console.log(`| **ratio product / prerendered page (P)** | **${(mean(samples.B) / mean(samples.P)).toFixed(2)}** |`);
if (lastCursor) {
  console.log(`| F: /store first page | ${fmt('F')} |`);
  console.log(`| L: /store last page | ${fmt('L')} |`);
  console.log(`| ratio last / first | ${(mean(samples.L) / mean(samples.F)).toFixed(2)} |`);
}
// Whether the proxy's page cache served the product pages (X-Store-Cache, sent with STORE_PAGE_CACHE=debug).
const probe = await fetch(`${base}/store/products/${slugs[0]}`, { headers: { accept: 'text/html' } });
console.log(
  `| storefront page cache | ${probe.headers.get('x-store-cache') ? 'on (X-Store-Cache present)' : 'unknown (start the server with STORE_PAGE_CACHE=debug)'} |`,
);
if (serverPid) {
  const per = (key) => cpu[key][0] / cpu[key][1];
  console.log(
    `| server CPU per request | static ${per('A').toFixed(2)} ms · product ${per('B').toFixed(2)} ms${lastCursor ? ` · /store first ${per('F').toFixed(2)} ms · last ${per('L').toFixed(2)} ms` : ''} |`,
  );
  console.log(`| prerendered page CPU per request | ${per('P').toFixed(2)} ms |`);
  console.log(
    `| **CPU ratio static / product** (the req/s ratio on an idle CPU) | **${(per('A') / per('B')).toFixed(2)}** · prerendered / product **${(per('P') / per('B')).toFixed(2)}** |`,
  );
}
console.log(
  `| cold first request (cache miss) | product ${coldProduct.toFixed(0)} ms · /store first ${coldFirst.toFixed(0)} ms · last ${coldLast.toFixed(0)} ms |`,
);
