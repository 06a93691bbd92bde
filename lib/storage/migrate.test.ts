import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type TestS3 } from '@/test/s3';
import { migrateLocal } from './migrate';
import { s3Store } from './s3';
import type { ObjectStore } from './types';

let s3: TestS3;
let bucket: ObjectStore;
const dirs: string[] = [];

beforeAll(async () => {
  s3 = await startS3('gateway-migrate');
  bucket = s3Store({
    endpoint: s3.endpoint,
    bucket: s3.bucket,
    region: 'us-east-1',
    prefix: '',
    accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
  });
});
afterAll(async () => {
  await s3?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** An upload folder laid out as the local adapter writes it, plus files that are not uploads. */
function uploadFolder(count: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hg-migrate-'));
  dirs.push(dir);
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = `${randomUUID()}.${['pdf', 'png', 'jpg', 'webp'][i % 4]}`;
    fs.mkdirSync(path.join(dir, key.slice(0, 2)), { recursive: true });
    fs.writeFileSync(path.join(dir, key.slice(0, 2), key), Buffer.alloc(100 + i, i));
    keys.push(key);
  }
  fs.writeFileSync(path.join(dir, 'README.txt'), 'not an upload');
  fs.mkdirSync(path.join(dir, 'zz'));
  fs.writeFileSync(path.join(dir, 'zz', 'notes.pdf'), 'not a stored name');
  return { dir, keys };
}

describe('storage:migrate', () => {
  it('copies every stored file, byte for byte, and nothing else', async () => {
    const { dir, keys } = uploadFolder(6);
    const report = await migrateLocal(dir, bucket);
    expect(report).toMatchObject({ copied: 6, skipped: 0, failed: [] });
    for (const [i, key] of keys.entries()) {
      const { body, size } = await bucket.read(key);
      const chunks: Buffer[] = [];
      for await (const c of body) chunks.push(c as Buffer);
      expect(size).toBe(100 + i);
      expect(Buffer.concat(chunks).equals(Buffer.alloc(100 + i, i))).toBe(true);
    }
    // The local files stay where they are (the app may still be serving them).
    for (const key of keys) expect(fs.existsSync(path.join(dir, key.slice(0, 2), key))).toBe(true);
  });

  it('is idempotent and resumable: a second run skips what is there and fixes what is not', async () => {
    const { dir, keys } = uploadFolder(5);
    // An interrupted first run: two objects made it, one of them as some other (wrong-size) object.
    await bucket.write(
      keys[0]!,
      fs.readFileSync(path.join(dir, keys[0]!.slice(0, 2), keys[0]!)),
      100,
      'application/pdf',
    );
    await bucket.write(keys[1]!, new Uint8Array(3), 3, 'image/png');
    const first = await migrateLocal(dir, bucket);
    expect(first).toMatchObject({ copied: 4, skipped: 1, failed: [] });
    expect(await bucket.stat(keys[1]!)).toBe(101);
    const again = await migrateLocal(dir, bucket);
    expect(again).toMatchObject({ copied: 0, skipped: 5, failed: [] });
  });

  it('reports a file it could not copy and copies the rest', async () => {
    const { dir, keys } = uploadFolder(3);
    const flaky: ObjectStore = {
      ...bucket,
      write: (key, body, size, type) =>
        key === keys[1] ? Promise.reject(new Error('bucket said no')) : bucket.write(key, body, size, type),
    };
    const report = await migrateLocal(dir, flaky);
    expect(report.copied).toBe(2);
    expect(report.failed).toEqual([{ key: keys[1], error: 'bucket said no' }]);
    expect(await bucket.stat(keys[1]!)).toBeNull();
  });

  it('npm run storage:migrate runs the copy from the environment and says what it did', async () => {
    const { dir } = uploadFolder(2);
    const run = (extra: Record<string, string>) =>
      promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['scripts/storage-migrate.ts'], {
        env: { PATH: process.env.PATH, NODE_ENV: 'test', UPLOAD_DIR: dir, ...extra } as NodeJS.ProcessEnv,
      });
    const s3env = {
      STORAGE: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_PREFIX: 'cli/',
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    };
    expect((await run(s3env)).stdout).toContain('Done: 2 copied');
    expect((await run(s3env)).stdout).toContain('Done: 0 copied (0.0 MB), 2 already there, 0 failed.');
    await expect(run({})).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('set STORAGE=s3') });
  }, 60_000);
});
