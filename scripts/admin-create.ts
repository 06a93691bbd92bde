import { hash } from '@node-rs/argon2';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { openConnection } from '@/db/driver';
import { runMigrations } from '@/db/migrate';
import { users } from '@/db/schema';
import { ARGON2_OPTIONS } from '@/lib/auth/argon2-options';
import { env } from '@/lib/env';
import { emailSchema, nameSchema, newPasswordSchema } from '@/lib/validation/auth';

// npm run admin:create -- --email you@example.com [--name "Your Name"]
// The password comes from ADMIN_PASSWORD or is prompted for (never a command-line argument).
function arg(name: string) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  const original = out._writeToOutput.bind(rl);
  out._writeToOutput = (s: string) => (s.startsWith(question) ? original(s) : undefined);
  const answer = await rl.question(question);
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const input = z.object({ email: emailSchema, name: nameSchema, password: newPasswordSchema }).safeParse({
  email: arg('email'),
  name: arg('name') ?? 'Administrator',
  password:
    process.env.ADMIN_PASSWORD || (process.stdin.isTTY ? await prompt('Password for the new admin: ') : undefined),
});
if (!input.success) {
  for (const i of input.error.issues) console.error(`${i.path.join('.')}: ${i.message}`);
  console.error(
    'Usage: npm run admin:create -- --email you@example.com [--name "Your Name"]  (password: ADMIN_PASSWORD or prompt)',
  );
  process.exit(2);
}
const conn = await openConnection({ url: env().DATABASE_URL, dir: env().PGLITE_DIR });
try {
  await runMigrations(conn);
  const passwordHash = await hash(input.data.password, ARGON2_OPTIONS);
  await conn.db
    .insert(users)
    .values({
      email: input.data.email,
      name: input.data.name,
      role: 'admin',
      passwordHash,
      emailVerifiedAt: new Date(),
    })
    .onConflictDoUpdate({ target: users.email, set: { role: 'admin', passwordHash, disabledAt: null } });
  console.log(`Admin ${input.data.email} is ready. Sign in at ${env().APP_URL}/sign-in`);
} finally {
  await conn.close();
}
