import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by `npm run db:migrate`, which takes the PGlite lock.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: process.env.DRIZZLE_OUT ?? './db/migrations',
});
