import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from './log';

afterEach(() => vi.restoreAllMocks());

function logged(fn: () => void): string {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
  fn();
  return lines.join('\n');
}

describe('log', () => {
  it('keeps a failed query and its error code but not the values it was run with', () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "ann@example.com"'), { code: '22P02' });
    const error = new DrizzleQueryError(
      'select "id" from "users" where "email" = $1 and "password_hash" = $2',
      ['ann@example.com', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'],
      cause,
    );
    const line = logged(() => log.error('route handler failed', { error }));
    expect(line).not.toContain('ann@example.com');
    expect(line).not.toContain('argon2id');
    const rec = JSON.parse(line) as { error: { message: string; cause: { code: string; message: string } } };
    expect(rec.error.message).toBe(
      'Failed query: select "id" from "users" where "email" = $1 and "password_hash" = $2\nparams: [redacted]',
    );
    expect(rec.error.cause).toMatchObject({
      code: '22P02',
      message: 'invalid input syntax for type uuid: "[redacted]"',
    });
  });

  it('masks secret-looking keys wherever they are', () => {
    const line = logged(() => log.error('x', { user: { email: 'a@b.c', passwordHash: 'h', token: 't' } }));
    expect(JSON.parse(line)).toMatchObject({ user: { passwordHash: '[redacted]', token: '[redacted]' } });
  });
});
