import { env } from './env';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
// Never log secrets: these keys are masked wherever they appear in a log record.
const SECRET_KEYS = /pass(word)?|token|secret|cookie|authorization|hash/i;

/**
 * Database errors carry the values a query was run with: drizzle's "Failed query: … params: …" lists
 * them (e-mails, token hashes), and PostgreSQL quotes the offending input ("invalid input syntax …: "x"").
 * The SQL text (placeholders only) and the error code stay; the values go.
 */
export function redactDriverText(text: string): string {
  return text.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]').replace(/: "[^"\n]*"/g, ': "[redacted]"');
}

function errorRecord(e: Error, depth: number): Record<string, unknown> {
  const message = redactDriverText(e.message);
  const record: Record<string, unknown> = { name: e.name, message };
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') record.code = code;
  // The stack repeats the message first; its params line may span several lines.
  if (e.stack) record.stack = redactDriverText(e.stack.replace(e.message, message));
  if (e.cause !== undefined && depth < 4)
    record.cause = e.cause instanceof Error ? errorRecord(e.cause, depth + 1) : scrub(e.cause, depth + 1);
  return record;
}

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return errorRecord(value, depth);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_KEYS.test(k) ? '[redacted]' : scrub(v, depth + 1),
    ]),
  );
}

function write(level: Level, msg: string, fields?: Record<string, unknown>) {
  if (ORDER[level] < ORDER[env().LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...(scrub(fields ?? {}) as object) });
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

/** Structured JSON logs, one line each; pass `requestId` in fields to join a request's lines. */
export const log = {
  debug: (msg: string, f?: Record<string, unknown>) => write('debug', msg, f),
  info: (msg: string, f?: Record<string, unknown>) => write('info', msg, f),
  warn: (msg: string, f?: Record<string, unknown>) => write('warn', msg, f),
  error: (msg: string, f?: Record<string, unknown>) => write('error', msg, f),
};
