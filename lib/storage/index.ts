import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { EXTENSION, type AllowedMime } from '@/lib/domain/uploads';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { log } from '@/lib/log';
import { localStore } from './local';
import { s3Store } from './s3';
import type { Body, ObjectStore, StoredObject } from './types';

/** The store chosen by STORAGE (local folder or S3-compatible bucket), made once per process. */
let chosen: ObjectStore | undefined;
export function storage(): ObjectStore {
  if (chosen) return chosen;
  const e = env();
  chosen =
    e.STORAGE === 's3'
      ? s3Store({
          endpoint: e.S3_ENDPOINT,
          bucket: e.S3_BUCKET!,
          region: e.S3_REGION,
          prefix: e.S3_PREFIX,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        })
      : localStore(e.UPLOAD_DIR);
  return chosen;
}

/** Tests swap the store; the app never calls this. */
export function useStoreForTests(store: ObjectStore | undefined) {
  chosen = store;
}

/** The store could not take the file: nothing was saved, and the person can simply try again. */
export class StorageUnavailableError extends DomainError {
  constructor() {
    const message = 'The file could not be saved just now; nothing was stored. Please try again in a minute.';
    super(message, { file: message, photo: message });
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Stores a file that has already passed its content checks under a new server-generated name.
 * `body` is the bytes, or a stream of exactly `size` bytes; the SHA-256 is computed on the way through.
 */
export async function putFile(
  body: Body,
  mime: AllowedMime,
  size = body instanceof Uint8Array ? body.byteLength : undefined,
): Promise<{ storedName: string; sha256: string; size: number }> {
  if (size === undefined) throw new Error('putFile: a stream needs its size');
  const storedName = `${randomUUID()}.${EXTENSION[mime]}`;
  const hash = createHash('sha256');
  let source: Body;
  if (body instanceof Uint8Array) {
    hash.update(body);
    source = body;
  } else {
    source = body.pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      }),
    );
  }
  try {
    await storage().write(storedName, source, size, mime);
  } catch (e) {
    log.error('storage write failed', { store: storage().kind, error: e instanceof Error ? e.message : String(e) });
    throw new StorageUnavailableError();
  }
  return { storedName, sha256: hash.digest('hex'), size };
}

/** The stored file as a stream with its size; NotFoundError when it is missing. */
export async function openFile(storedName: string): Promise<StoredObject> {
  return storage().read(storedName);
}

/** Removes a stored file; best effort (an orphan costs space, never correctness). */
export async function removeFile(storedName: string): Promise<void> {
  try {
    await storage().remove(storedName);
  } catch (e) {
    log.warn('storage remove failed', { storedName, error: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * A download: the object's stream piped straight into the response. Content-Length is set for any
 * caller that sends the Response itself; Next's route-handler server drops it and sends chunked.
 */
export async function fileResponse(
  storedName: string,
  headers: HeadersInit | ((size: number) => HeadersInit),
): Promise<Response> {
  const { body, size } = await openFile(storedName);
  const h = new Headers(typeof headers === 'function' ? headers(size) : headers);
  h.set('Content-Length', String(size));
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { headers: h });
}
