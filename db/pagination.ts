import { z } from 'zod';
import type { Db } from './driver';

// Keyset pagination: one page of rows and an opaque cursor for the next, and the transaction type the
// data layer passes around. A cursor is user input (it travels in the URL), so anything that does not
// decode to the expected shape (tampered, truncated, another list's) reads as the first page, never as
// a database error.

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Page<T> {
  rows: T[];
  nextCursor: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function parse(cursor: string | undefined, maxLength: number): unknown {
  if (!cursor || cursor.length > maxLength) return null;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** A cursor [ISO timestamp, uuid] (a JS Date's precision: for columns written by the app). */
export function decodeCursor(cursor: string | undefined, arity: 2): [string, string] | null {
  const parts = parse(cursor, 300);
  if (!Array.isArray(parts) || parts.length !== arity) return null;
  const [at, id] = parts;
  if (typeof at !== 'string' || typeof id !== 'string' || !UUID.test(id)) return null;
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at) || Number.isNaN(Date.parse(at))) return null;
  return [at, id];
}

const keysetSchema = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/),
  z.uuid(),
]);

/**
 * A cursor over (timestamp, id) whose timestamp travels as PostgreSQL's own text form, so its
 * microseconds survive (a JS Date would truncate them and skip or repeat rows at page edges).
 */
export function encodeKeyset(ts: string, id: string): string {
  return encodeCursor([ts, id]);
}

export function decodeKeyset(cursor: string | undefined): [string, string] | null {
  const parsed = keysetSchema.safeParse(parse(cursor, 200));
  return parsed.success ? parsed.data : null;
}

/** A cursor [kind, ...text keys, uuid] for a list ordered by text; `kind` tells the list's orders apart. */
export function decodeTextCursor(cursor: string | undefined, kind: string, texts: number): string[] | null {
  const parts = parse(cursor, 2_000);
  if (!Array.isArray(parts) || parts.length !== texts + 2 || parts[0] !== kind) return null;
  const rest = parts.slice(1);
  if (!rest.every((x): x is string => typeof x === 'string' && x.length <= 400) || !UUID.test(rest[rest.length - 1]!))
    return null;
  return rest;
}
