import type { Readable } from 'node:stream';

/** What the app hands to storage: bytes already in memory, or a Node stream of known length. */
export type Body = Uint8Array | Readable;

export interface StoredObject {
  body: Readable;
  size: number;
}

/**
 * The port every adapter implements. Keys are stored names (`<uuid>.<ext>`, made by putFile in
 * ./index.ts, never by a client); an adapter decides where a key lives (a folder, a bucket prefix).
 */
export interface ObjectStore {
  readonly kind: 'local' | 's3';
  /** Writes the whole body under `key` or nothing: a failed write leaves no partial object behind. */
  write(key: string, body: Body, size: number, contentType: string): Promise<void>;
  /** The object as a stream with its size; NotFoundError when there is none. */
  read(key: string): Promise<StoredObject>;
  /** Removes the object; removing one that is not there is not an error. */
  remove(key: string): Promise<void>;
  /** The size of the object, or null when there is none. */
  stat(key: string): Promise<number | null>;
}

/** Only names the server made are accepted, so a key can never reach outside the store. */
export const STORED_NAME = /^[0-9a-f-]{36}\.(pdf|png|jpg|webp)$/;

export function checkKey(key: string): string {
  if (!STORED_NAME.test(key)) throw new Error('invalid stored name');
  return key;
}

/** Both adapters spread objects over 256 folders/prefixes by the first two characters of the name. */
export const objectPath = (key: string) => `${checkKey(key).slice(0, 2)}/${key}`;
