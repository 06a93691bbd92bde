import 'server-only';
import { hash, verify } from '@node-rs/argon2';

import { ARGON2_OPTIONS } from './argon2-options';

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of "no such account" equal to a wrong password.
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummy ??= hashPassword('timing-equaliser-not-a-real-password');
  await verifyPassword(await dummy, password);
}
