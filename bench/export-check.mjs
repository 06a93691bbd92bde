// Benchmark of the public export-check API against a trivial route handler in the same run.
//
// Needs a production server (not `next dev`), started separately, e.g.:
//   npx next build
//   PGLITE_DIR=/tmp/hg-bench/pglite npm run db:migrate
//   AUTH_SECRET=$(openssl rand -base64 32) AUTH_TRUST_HOST=true APP_URL=http://localhost:3400 PGLITE_DIR=/tmp/hg-bench/pglite \
//     TRUSTED_PROXY_HOPS=1 NEXT_TELEMETRY_DISABLED=1 npx next start -p 3400
// then, with tsx so the in-process part can import the TypeScript engine:
//   npx tsx bench/export-check.mjs            (BENCH_URL=http://localhost:3400 BENCH_WARMUP_S=30 BENCH_ROUND_S=10 BENCH_CYCLES=2)
//
// Why the shape: `next start` needs about a minute of load to reach full speed, and two runs of
// the same route differ by up to ±20% on a 2-core machine, so it warms up first, then alternates
// the two routes A B B A (cancelling drift) and reports their ratio (stack notes, "Performance").
import autocannon from 'autocannon';
import os from 'node:os';
import { checkExport } from '../lib/domain/export-rules.ts';
import { exportCheckParams, parseExportCheckParams } from '../lib/validation/export-check.ts';

const base = process.env.BENCH_URL ?? 'http://localhost:3400';
const warmupS = Number(process.env.BENCH_WARMUP_S ?? 30);
const roundS = Number(process.env.BENCH_ROUND_S ?? 10);
const cycles = Number(process.env.BENCH_CYCLES ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const QUERY = 'hs=080929&state=MI&channel=cbec_direct&price_cny=300&quantity=1&value_usd=2000&date=2026-11-25';
const routes = {
  A: { name: 'ping', path: '/api/v1/ping' },
  B: { name: 'export-check', path: `/api/v1/export-check?${QUERY}` },
};

// The API allows 120 requests a minute per address (in-process limiter). Rotating X-Forwarded-For over
// a pool keeps each address far below that at ~2k req/s (2k × 60 / 20k = 6 a minute): the server is
// started with TRUSTED_PROXY_HOPS=1, so the benchmark plays the proxy that names the client.
const POOL = 20_000;
let n = 0;
const nextIp = () => {
  n = (n + 1) % POOL;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

function run(path, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}${path}`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': nextIp() } }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

async function preflight() {
  for (const { path } of Object.values(routes)) {
    const res = await fetch(`${base}${path}`, { headers: { 'x-forwarded-for': '10.255.255.254' } });
    if (res.status !== 200)
      throw new Error(`${path} answered ${res.status}; is a production server running at ${base}?`);
  }
}

function timeEngine(calls = 100_000) {
  const input = {
    hs: '080929',
    state: 'MI',
    channel: 'cbec_direct',
    priceCny: 300,
    quantity: 1,
    valueUsd: 2000,
    date: '2026-11-25',
  };
  const all = { hs: '220421', state: 'CA', priceCny: 600, date: '2026-11-25' };
  const params = exportCheckParams(new URLSearchParams(QUERY));
  const measure = (fn) => {
    for (let i = 0; i < 10_000; i += 1) fn();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i += 1) fn();
    return Number(process.hrtime.bigint() - t0) / 1000 / calls;
  };
  return {
    oneChannel: measure(() => checkExport(input)),
    threeChannels: measure(() => checkExport(all)),
    validateAndCheck: measure(() => {
      const parsed = parseExportCheckParams(params);
      if (parsed.ok) checkExport(parsed.input);
    }),
  };
}

await preflight();
console.log(`Warming up ${warmupS} s (both routes)…`);
await run(routes.A.path, Math.ceil(warmupS / 2));
await run(routes.B.path, Math.ceil(warmupS / 2));

const samples = { A: [], B: [] };
const order = Array.from({ length: cycles }, () => ['A', 'B', 'B', 'A']).flat();
for (const key of order) {
  const r = await run(routes[key].path, roundS);
  const bad = r.non2xx + r.errors + r.timeouts;
  samples[key].push(r.requests.average);
  console.log(
    `${routes[key].name.padEnd(13)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms${bad ? `  (${bad} non-2xx/errors!)` : ''}`,
  );
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const a = mean(samples.A);
const b = mean(samples.B);
const engine = timeEngine();
console.log('\n| measure | value |\n|---|---|');
console.log(`| date | ${new Date().toISOString().slice(0, 10)} |`);
console.log(
  `| machine | ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load avg ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} |`,
);
console.log(`| rounds | warm-up ${warmupS} s, then ${order.join(' ')} × ${roundS} s, ${connections} connections |`);
console.log(
  `| /api/v1/ping (baseline) | ${a.toFixed(0)} req/s (rounds: ${samples.A.map((x) => x.toFixed(0)).join(', ')}) |`,
);
console.log(
  `| /api/v1/export-check | ${b.toFixed(0)} req/s (rounds: ${samples.B.map((x) => x.toFixed(0)).join(', ')}) |`,
);
console.log(`| ratio export-check / ping | ${(b / a).toFixed(2)} |`);
console.log(`| checkExport, 1 channel, in-process | ${engine.oneChannel.toFixed(1)} µs/call (100k calls) |`);
console.log(`| checkExport, 3 channels + tax | ${engine.threeChannels.toFixed(1)} µs/call |`);
console.log(`| zod validation + checkExport, 1 channel | ${engine.validateAndCheck.toFixed(1)} µs/call |`);
