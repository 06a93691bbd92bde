// Requests per second of the programme pages against the plain dynamic 50-row page, same run:
//   /admin      the staff dashboard (every chart, default filters), signed in as the scale reviewer
//   /programme  the public page (figures from the data cache, page rendered per request)
//   /bench/plain  constant rows, no database: the cost of rendering any dynamic page here
//
//   node bench/programme-page.mjs        # against a `next start` server (BENCH_PAGES=true) on BENCH_URL
//
// Signs in through Auth.js's own endpoints and sends the session cookie to all three pages. Warm-up over
// all pages, then rounds D P B B P D (runs differ by ±20% on this machine: compare ratios in one run).
// Knobs: BENCH_URL (http://localhost:3701), BENCH_WARMUP_S (45), BENCH_ROUND_S (10), BENCH_CYCLES (2),
// BENCH_CONNECTIONS (4), BENCH_EMAIL / BENCH_PASSWORD (the db:seed:scale reviewer).
import autocannon from 'autocannon';

const BASE = process.env.BENCH_URL ?? 'http://localhost:3701';
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 45);
const ROUND_S = Number(process.env.BENCH_ROUND_S ?? 10);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const EMAIL = process.env.BENCH_EMAIL ?? 'reviewer@scale.example';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'scale-queue-reviewer';

const PAGES = {
  dashboard: { path: '/admin', expect: 'Progress toward' },
  public: { path: '/programme', expect: 'The programme in numbers' },
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
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, callbackUrl: `${BASE}/admin` }),
  });
  cookiesFrom(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith('authjs.session-token')))
    throw new Error(`Sign-in as ${EMAIL} failed (status ${res.status}). Seed with npm run db:seed:scale.`);
  return cookieHeader(jar);
}

const HEADERS = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-dest': 'document' };

async function check(cookie) {
  for (const [name, p] of Object.entries(PAGES)) {
    const t0 = performance.now();
    const res = await fetch(`${BASE}${p.path}`, { headers: { ...HEADERS, cookie }, redirect: 'manual' });
    const body = await res.text();
    if (res.status !== 200 || !body.includes(p.expect))
      throw new Error(`${name}: ${p.path} answered ${res.status} without "${p.expect}"`);
    console.log(
      `${name.padEnd(9)} ${p.path}: 200, ${(body.length / 1024).toFixed(1)} kB HTML, first request ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }
}

function run(name, cookie, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${BASE}${PAGES[name].path}`,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { ...HEADERS, cookie },
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

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

console.log(`warm-up ${WARMUP_S} s over all pages (${CONNECTIONS} connections)…`);
for (const name of Object.keys(PAGES)) await run(name, cookie, Math.ceil(WARMUP_S / 3));

const names = Object.keys(PAGES);
const rounds = Object.fromEntries(names.map((n) => [n, []]));
const p99 = Object.fromEntries(names.map((n) => [n, []]));
const bad = Object.fromEntries(names.map((n) => [n, 0]));
for (let c = 0; c < CYCLES; c++) {
  for (const name of ['dashboard', 'public', 'plain', 'plain', 'public', 'dashboard']) {
    const r = await run(name, cookie, ROUND_S);
    rounds[name].push(r.requests.average);
    p99[name].push(r.latency.p99);
    bad[name] += r.non2xx + r.errors + r.timeouts;
    console.log(
      `  ${name.padEnd(9)} ${r.requests.average.toFixed(1).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx/errors ${r.non2xx + r.errors + r.timeouts}`,
    );
  }
}

const plain = median(rounds.plain);
console.log('\n| Page | Median req/s | Rounds (req/s) | p99 ms (rounds) | non-2xx | ÷ plain |');
console.log('|---|---:|---|---|---:|---:|');
for (const name of names) {
  const m = median(rounds[name]);
  console.log(
    `| \`${PAGES[name].path}\` | ${m.toFixed(1)} | ${rounds[name].map((x) => x.toFixed(1)).join(', ')} | ${p99[name].join(', ')} | ${bad[name]} | ${(m / plain).toFixed(2)} |`,
  );
}
console.log(
  `\n${CONNECTIONS} connections, ${ROUND_S} s rounds; CPU calibration ${calibBefore} ms before, ${calibrate()} ms after`,
);
if (names.some((n) => bad[n] > 0)) process.exitCode = 1;
