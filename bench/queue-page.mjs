// Requests per second of the reviewer queue page (/admin/applications, first page of the open queue at
// 1M businesses) against a plain 50-row page (/bench/plain: constant rows, no database), same run.
//
//   node bench/queue-page.mjs            # against a `next start` server on BENCH_URL
//
// Signs in as the scale reviewer through Auth.js's own endpoints (GET /api/auth/csrf, then POST
// /api/auth/callback/credentials) and sends the session cookie with every request to both pages.
// Warm-up over both pages (Next needs about a minute of load to reach full speed), then rounds
// alternating A B B A. Knobs: BENCH_URL (http://localhost:3500), BENCH_WARMUP_S (60), BENCH_ROUND_S (15),
// BENCH_CYCLES (2), BENCH_CONNECTIONS (4), BENCH_EMAIL / BENCH_PASSWORD (the db:seed:scale reviewer).
import autocannon from 'autocannon';

const BASE = process.env.BENCH_URL ?? 'http://localhost:3500';
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 60);
const ROUND_S = Number(process.env.BENCH_ROUND_S ?? 15);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const EMAIL = process.env.BENCH_EMAIL ?? 'reviewer@scale.example';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'scale-queue-reviewer';

const PAGES = {
  queue: { path: '/admin/applications', expect: 'Application queue' },
  plain: { path: '/bench/plain', expect: 'Plain 50-row page' },
};

function cookiesFrom(res, jar) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return jar;
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function signIn() {
  const jar = new Map();
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  cookiesFrom(csrfRes, jar);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({
      email: EMAIL,
      password: PASSWORD,
      csrfToken,
      callbackUrl: `${BASE}/admin/applications`,
    }),
  });
  cookiesFrom(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith('authjs.session-token'))) {
    throw new Error(
      `Sign-in as ${EMAIL} failed (status ${res.status}, location ${res.headers.get('location')}). Seed with npm run db:seed:scale.`,
    );
  }
  return cookieHeader(jar);
}

async function check(cookie) {
  for (const [name, p] of Object.entries(PAGES)) {
    const res = await fetch(`${BASE}${p.path}`, { headers: { cookie }, redirect: 'manual' });
    const body = await res.text();
    if (res.status !== 200 || !body.includes(p.expect))
      throw new Error(`${name}: ${p.path} answered ${res.status} without "${p.expect}"`);
    const rows = (body.match(/<tr class="border-b align-top"/g) ?? []).length;
    console.log(`${name.padEnd(5)} ${p.path}: 200, ${rows} rows, ${(body.length / 1024).toFixed(1)} kB HTML`);
  }
}

function run(name, cookie, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `${BASE}${PAGES[name].path}`, connections: CONNECTIONS, duration: seconds, headers: { cookie } },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The host's speed right now (ms for 2e8 additions), to compare runs on a shared, sometimes throttled VM. */
function calibrate() {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 2e8; i++) x += i;
  if (x < 0) console.log(x);
  return Math.round(performance.now() - t0);
}

const calibBefore = calibrate();
const cookie = await signIn();
await check(cookie);

console.log(`warm-up ${WARMUP_S} s over both pages (${CONNECTIONS} connections)…`);
await run('queue', cookie, Math.ceil(WARMUP_S / 2));
await run('plain', cookie, Math.floor(WARMUP_S / 2));

const rounds = { queue: [], plain: [] };
const bad = { queue: 0, plain: 0 };
const p99 = { queue: [], plain: [] };
for (let c = 0; c < CYCLES; c++) {
  for (const name of ['queue', 'plain', 'plain', 'queue']) {
    const r = await run(name, cookie, ROUND_S);
    rounds[name].push(r.requests.average);
    p99[name].push(r.latency.p99);
    bad[name] += r.non2xx + r.errors + r.timeouts;
    console.log(
      `  ${name.padEnd(5)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx/errors ${r.non2xx + r.errors + r.timeouts}`,
    );
  }
}

const q = median(rounds.queue);
const p = median(rounds.plain);
console.log('\n| Page | Median req/s | Rounds (req/s) | p99 ms (rounds) | non-2xx |');
console.log('|---|---:|---|---|---:|');
console.log(
  `| \`${PAGES.queue.path}\` (queue, first page, 1M rows) | ${q.toFixed(0)} | ${rounds.queue.map((x) => x.toFixed(0)).join(', ')} | ${p99.queue.join(', ')} | ${bad.queue} |`,
);
console.log(
  `| \`${PAGES.plain.path}\` (plain 50 rows) | ${p.toFixed(0)} | ${rounds.plain.map((x) => x.toFixed(0)).join(', ')} | ${p99.plain.join(', ')} | ${bad.plain} |`,
);
console.log(
  `\nqueue / plain = ${(q / p).toFixed(2)}; ${CONNECTIONS} connections, ${ROUND_S} s rounds; CPU calibration ${calibBefore} ms before, ${calibrate()} ms after`,
);
if (bad.queue + bad.plain > 0) process.exitCode = 1;
