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

  it('the build, development and tests fall back to the local address', () => {
    const build = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' });
    expect(build.success && build.data.APP_URL).toBe('http://localhost:3000');
    const dev = parseEnv({});
    expect(dev.success && dev.data.APP_URL).toBe('http://localhost:3000');
    expect(parseEnv({ NODE_ENV: 'test' }).success).toBe(true);
  });
});
