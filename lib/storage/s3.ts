import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { NotFoundError } from '@/lib/errors';
import { objectPath, type Body, type ObjectStore } from './types';

export interface S3Config {
  endpoint?: string;
  bucket: string;
  region: string;
  prefix: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

const missing = (e: unknown) =>
  e instanceof S3ServiceException &&
  (e.$metadata.httpStatusCode === 404 || e.name === 'NoSuchKey' || e.name === 'NotFound');

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, ...). Path-style addressing, so a bucket name
 * needs no DNS entry of its own. A PUT is atomic on every S3 implementation: an object appears whole
 * or not at all, which gives the same guarantee as the local adapter's rename.
 */
export function s3Store(config: S3Config): ObjectStore {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // Checksums only where the protocol needs them: the streaming (aws-chunked) uploads the SDK would
    // otherwise use are not understood by every S3-compatible server. Contents are checked on upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  const Bucket = config.bucket;
  const Key = (key: string) => `${config.prefix}${objectPath(key)}`;
  return {
    kind: 's3',
    async write(key, body: Body, size, contentType) {
      // The SDK pipes a stream into the request without watching it for errors: a source that fails
      // (a client that went away) must abort the request, or it would hang waiting for the rest.
      const abort = new AbortController();
      let failed: unknown;
      if (!(body instanceof Uint8Array))
        body.once('error', (e) => {
          failed = e;
          abort.abort(e);
        });
      try {
        await client.send(
          new PutObjectCommand({ Bucket, Key: Key(key), Body: body, ContentLength: size, ContentType: contentType }),
          { abortSignal: abort.signal },
        );
      } catch (e) {
        throw failed ?? e;
      }
    },
    async read(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: Key(key) }));
        if (!(out.Body instanceof Readable)) throw new Error('object body is not a Node stream');
        return { body: out.Body, size: Number(out.ContentLength ?? 0) };
      } catch (e) {
        if (missing(e)) throw new NotFoundError('stored file missing');
        throw e;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) }));
    },
    async stat(key) {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: Key(key) }));
        return Number(out.ContentLength ?? 0);
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
  };
}
