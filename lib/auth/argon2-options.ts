import type { Options } from '@node-rs/argon2';

// argon2id with OWASP's minimum (m=19456 KiB, t=2, p=1): ≈ 11–16 ms per hash on this machine.
// Shared by the app and the CLI scripts (which cannot import server-only modules).
export const ARGON2_OPTIONS: Options = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 };
