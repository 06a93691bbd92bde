import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
// s3rver ships no types; this is the part of its API the tests use.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
import S3rverModule from 's3rver';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rver = S3rverModule as unknown as new (options: Record<string, unknown>) => S3rverInstance;

export interface TestS3 {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  dir: string;
  close(): Promise<void>;
}

/**
 * A real S3-protocol server (s3rver) on loopback, on a free port, with one empty bucket and its data
 * in a fresh temporary folder. s3rver's fixed credentials are S3RVER / S3RVER.
 */
export async function startS3(bucket = 'gateway-test', port = 0): Promise<TestS3> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hg-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: dir,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    dir,
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
