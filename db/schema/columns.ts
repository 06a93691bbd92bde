import { timestamp } from 'drizzle-orm/pg-core';

// Millisecond precision: a JS Date round-trips exactly, so keyset cursors built from timestamps never skip rows.
export const tstz = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
