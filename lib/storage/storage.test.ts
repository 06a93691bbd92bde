import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '@/lib/errors';
import { startS3, type TestS3 } from '@/test/s3';
import { localStore } from './local';
import { s3Store } from './s3';
import type { ObjectStore } from './types';

let s3: TestS3;
const localDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hg-storage-'));

beforeAll(async () => {
  s3 = await startS3();
});
afterAll(async () => {
  await s3?.close();
  fs.rmSync(localDir, { recursive: true, force: true });
});

const key = (ext = 'pdf') => `${randomUUID()}.${ext}`;

async function bytesOf(store: ObjectStore, k: string) {
  const { body, size } = await store.read(k);
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c as Buffer);
  return { bytes: Buffer.concat(chunks), size };
}

// The same contract for both adapters: what the app relies on must hold for either.
const adapters: [string, () => ObjectStore][] = [
  ['local disk', () => localStore(localDir)],
  [
    'S3 (s3rver on loopback)',
    () =>
      s3Store({
        endpoint: s3.endpoint,
        bucket: s3.bucket,
        region: 'us-east-1',
        prefix: 'uploads/',
        accessKeyId: s3.accessKeyId,
        secretAccessKey: s3.secretAccessKey,
      }),
  ],
];

describe.each(adapters)('object store contract: %s', (_name, make) => {
  it('writes bytes and reads them back as a stream with their size', async () => {
    const store = make();
    const k = key();
    const body = Buffer.from('%PDF-1.4 hello');
    await store.write(k, new Uint8Array(body), body.byteLength, 'application/pdf');
    const got = await bytesOf(store, k);
    expect(got.size).toBe(body.byteLength);
    expect(got.bytes.equals(body)).toBe(true);
    expect(await store.stat(k)).toBe(body.byteLength);
  });

  it('writes from a stream of several chunks (a larger file) without changing a byte', async () => {
    const store = make();
    const k = key('png');
    const chunk = Buffer.alloc(256 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31) % 251;
    const chunks = Array.from({ length: 12 }, (_, i) => Buffer.concat([chunk, Buffer.from([i])]));
    const whole = Buffer.concat(chunks);
    await store.write(k, Readable.from(chunks), whole.byteLength, 'image/png');
    const got = await bytesOf(store, k);
    expect(got.size).toBe(whole.byteLength);
    expect(createHash('sha256').update(got.bytes).digest('hex')).toBe(createHash('sha256').update(whole).digest('hex'));
  });

  it('a missing object is NotFoundError on read and null on stat', async () => {
    const store = make();
    await expect(store.read(key())).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.stat(key())).toBeNull();
  });

  it('removes an object, and removing it again is not an error', async () => {
    const store = make();
    const k = key('webp');
    await store.write(k, new Uint8Array([1, 2, 3]), 3, 'image/webp');
    await store.remove(k);
    expect(await store.stat(k)).toBeNull();
    await expect(store.remove(k)).resolves.toBeUndefined();
  });

  it('refuses any key the server did not make (no paths, no other names)', async () => {
    const store = make();
    for (const bad of ['../etc/passwd', 'a.pdf', `${randomUUID()}.exe`, `../${randomUUID()}.pdf`]) {
      await expect(store.write(bad, new Uint8Array([1]), 1, 'application/pdf')).rejects.toThrow('invalid stored name');
      await expect(store.read(bad)).rejects.toThrow('invalid stored name');
    }
  });

  it('a broken upload stream leaves no object behind', async () => {
    const store = make();
    const k = key();
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.write(k, broken, 1024 * 1024, 'application/pdf')).rejects.toThrow();
    expect(await store.stat(k)).toBeNull();
  });

  it('reads stream: a large object is not read whole before the first chunk arrives', async () => {
    const store = make();
    const k = key();
    const size = 4 * 1024 * 1024;
    await store.write(k, new Uint8Array(size), size, 'application/pdf');
    const { body, size: got } = await store.read(k);
    expect(got).toBe(size);
    const first = await new Promise<Buffer>((resolve) => body.once('data', resolve));
    expect(first.byteLength).toBeLessThan(size);
    body.destroy();
  });
});

describe('local store layout', () => {
  it('keeps files under a two-character folder, as the seeds and older installs do', async () => {
    const store = localStore(localDir);
    const k = key();
    await store.write(k, new Uint8Array([37]), 1, 'application/pdf');
    expect(fs.existsSync(path.join(localDir, k.slice(0, 2), k))).toBe(true);
    expect(await text(fs.createReadStream(path.join(localDir, k.slice(0, 2), k)))).toBe('%');
  });
});
