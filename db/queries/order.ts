import 'server-only';
import { sql, type AnyColumn } from 'drizzle-orm';

/**
 * drizzle-kit builds `.desc()` index columns as DESC NULLS LAST, while a plain ORDER BY … DESC means
 * NULLS FIRST, which no such index serves (PostgreSQL then sorts every matching row). Keyset reads
 * order with this so the ORDER BY matches the index exactly.
 */
export const descNullsLast = (column: AnyColumn) => sql`${column} desc nulls last`;
