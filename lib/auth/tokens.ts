import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters); only the SHA-256 hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
