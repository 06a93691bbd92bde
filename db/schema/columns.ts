import { sql } from 'drizzle-orm';
import { timestamp } from 'drizzle-orm/pg-core';

// Millisecond precision: a JS Date round-trips exactly, so keyset cursors built from timestamps never skip rows.
export const tstz = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** The values of an `as const` status list as SQL literals, for CHECK (… in (…)) constraints. */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
