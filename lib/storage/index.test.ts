import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { fileResponse, putFile, removeFile, StorageUnavailableError, useStoreForTests } from './index';
import { localStore } from './local';
import { s3Store } from './s3';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hg-storage-index-'));
afterAll(() => {
  useStoreForTests(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('putFile / fileResponse', () => {
  it('stores a stream under a fresh server-made name and hashes it on the way through', async () => {
    useStoreForTests(localStore(dir));
    const bytes = Buffer.from('%PDF-1.7 a small document');
    const a = await putFile(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), 'application/pdf', bytes.length);
    const b = await putFile(new Uint8Array(bytes), 'application/pdf');
    expect(a.storedName).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(b.storedName).not.toBe(a.storedName);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(a.sha256).toBe(sha);
    expect(b.sha256).toBe(sha);

    const res = await fileResponse(a.storedName, { 'Content-Type': 'application/pdf' });
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);

    await removeFile(a.storedName);
    await expect(fileResponse(a.storedName, {})).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('an unreachable bucket refuses the upload with a plain message, naming the file field', async () => {
    // Nothing listens on port 9 of loopback: every request fails at once.
    useStoreForTests(
      s3Store({
        endpoint: 'http://127.0.0.1:9',
        bucket: 'nowhere',
        region: 'us-east-1',
        prefix: '',
        accessKeyId: 'x',
        secretAccessKey: 'y',
      }),
    );
    const err = await putFile(new Uint8Array([1, 2, 3]), 'image/png').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageUnavailableError);
    expect((err as StorageUnavailableError).fieldErrors.file).toMatch(/could not be saved.*nothing was stored/);
  });
});
