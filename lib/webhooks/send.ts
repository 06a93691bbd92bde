import 'server-only';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressAllowed, webhookUrlProblem } from './ssrf';

export interface SendResult {
  /** HTTP status, or null when no answer came (refused address, DNS, connection, timeout). */
  status: number | null;
  error: string | null;
  durationMs: number;
}

const TIMEOUT_MS = 10_000;

/**
 * POSTs a signed webhook. The host name is resolved here, every address it resolves to must be allowed
 * (lib/webhooks/ssrf.ts), and the connection goes to that checked address (TLS still verifies the name).
 * Redirects are not followed. The answer's body is read and dropped (at most 64 kB).
 */
export async function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowLoopback: boolean,
): Promise<SendResult> {
  const started = Date.now();
  const done = (status: number | null, error: string | null): SendResult => ({
    status,
    error,
    durationMs: Date.now() - started,
  });
  const problem = webhookUrlProblem(url, allowLoopback);
  if (problem) return done(null, problem);
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch (e) {
    return done(null, `Could not resolve ${host}: ${(e as Error).message}`);
  }
  const refused = addresses.find((a) => !addressAllowed(a.address, allowLoopback));
  if (!addresses.length || refused)
    return done(null, `${host} resolves to ${refused?.address ?? 'nothing'}, which is not a public address.`);
  const chosen = addresses[0]!;
  const pinned: LookupFunction = (_hostname, options, cb) => {
    if (options.all) (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [chosen]);
    else cb(null, chosen.address, chosen.family);
  };
  const client = u.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    const req = client.request(
      u,
      {
        method: 'POST',
        lookup: pinned,
        timeout: TIMEOUT_MS,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'HeartlandGateway-Webhooks/1.0',
        },
      },
      (res) => {
        let read = 0;
        res.on('data', (c: Buffer) => {
          read += c.length;
          if (read > 65_536) res.destroy();
        });
        res.on('close', () => resolve(done(res.statusCode ?? null, null)));
        res.on('error', () => resolve(done(res.statusCode ?? null, null)));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (e) => resolve(done(null, e.message)));
    req.end(body);
  });
}
