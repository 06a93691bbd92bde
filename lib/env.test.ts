import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

const secret = 'x'.repeat(32);
const messages = (vars: Record<string, string | undefined>) => {
  const r = parseEnv(vars);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('environment', () => {
  it('a production server refuses to start without its public address or its session secret', () => {
    expect(messages({ NODE_ENV: 'production', AUTH_SECRET: secret })).toEqual([
      'APP_URL: APP_URL is required in production: the public address of the app, e.g. https://gateway.example',
    ]);
    expect(messages({ NODE_ENV: 'production', AUTH_SECRET: secret, APP_URL: '' })).toHaveLength(1);
    expect(messages({ NODE_ENV: 'production', APP_URL: 'https://gateway.example' })).toEqual([
      'AUTH_SECRET: AUTH_SECRET is required in production (openssl rand -base64 32)',
    ]);
    expect(messages({ NODE_ENV: 'production', AUTH_SECRET: secret, APP_URL: 'https://gateway.example' })).toEqual([]);
  });

  it('keeps what was given, and rejects an address that is not a full URL', () => {
    const r = parseEnv({ NODE_ENV: 'production', AUTH_SECRET: secret, APP_URL: 'https://gateway.example' });
    expect(r.success && r.data.APP_URL).toBe('https://gateway.example');
    expect(messages({ APP_URL: 'gateway.example' })).toEqual([
      'APP_URL: APP_URL must be a full URL such as https://gateway.example',
    ]);
  });

  it('object storage: s3 needs a bucket, keys go in pairs, and bad values are named', () => {
    expect(parseEnv({}).success && parseEnv({}).data).toMatchObject({ STORAGE: 'local', S3_PREFIX: '' });
    expect(messages({ STORAGE: 's3' })).toEqual(['S3_BUCKET: S3_BUCKET is required when STORAGE=s3']);
    expect(messages({ STORAGE: 'gcs' })).toEqual(['STORAGE: STORAGE must be local or s3']);
    expect(messages({ STORAGE: 's3', S3_BUCKET: 'Bad_Bucket' })).toEqual([
      'S3_BUCKET: S3_BUCKET must be a bucket name: 3-63 lowercase letters, digits, dots or dashes',
    ]);
    expect(messages({ STORAGE: 's3', S3_BUCKET: 'gateway', S3_ENDPOINT: 'minio:9000' })).toEqual([
      'S3_ENDPOINT: S3_ENDPOINT must be a full URL such as http://127.0.0.1:9000',
    ]);
    expect(messages({ STORAGE: 's3', S3_BUCKET: 'gateway', S3_ACCESS_KEY_ID: 'k' })).toEqual([
      'S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the default AWS credentials',
    ]);
    expect(messages({ STORAGE: 's3', S3_BUCKET: 'gateway', S3_PREFIX: 'gateway' })).toEqual([
      'S3_PREFIX: S3_PREFIX must be empty or folder names each ending with /, e.g. gateway/',
    ]);
    const ok = parseEnv({
      STORAGE: 's3',
      S3_BUCKET: 'gateway',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_PREFIX: 'prod/uploads/',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    expect(ok.success && ok.data).toMatchObject({ STORAGE: 's3', S3_BUCKET: 'gateway', S3_REGION: 'us-east-1' });
  });

  it('the build, development and tests fall back to the local address', () => {
    const build = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' });
    expect(build.success && build.data.APP_URL).toBe('http://localhost:3000');
    const dev = parseEnv({});
    expect(dev.success && dev.data.APP_URL).toBe('http://localhost:3000');
    expect(parseEnv({ NODE_ENV: 'test' }).success).toBe(true);
  });
});
