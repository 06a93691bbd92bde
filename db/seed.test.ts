import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isMidwest } from '@/lib/domain/export-rules';
import { einError, isValidZip, normalizeUsPhone } from '@/lib/validation/identifiers';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { applications, businesses, users } from './schema';
import { DEMO_BUSINESSES, DEMO_HELPERS, DEMO_MEMBERS } from './seed-data/demo';
import { seedDemo } from './seed';

setTestEnv({ uploads: 'seed' });
const { conn } = withTestDatabase();

describe('demo seed', () => {
  it('uses valid, realistic data, mostly from the 12 Midwest states', () => {
    for (const b of DEMO_BUSINESSES) {
      expect(einError(b.ein), b.slug).toBeNull();
      expect(isValidZip(b.zip), b.slug).toBe(true);
      expect(normalizeUsPhone(b.phone), b.slug).not.toBeNull();
    }
    expect(DEMO_BUSINESSES.filter((b) => isMidwest(b.state)).length).toBeGreaterThanOrEqual(10);
    expect(new Set(DEMO_BUSINESSES.map((b) => b.stage)).size).toBeGreaterThanOrEqual(7);
  });

  it('is idempotent', async () => {
    await seedDemo(conn().db);
    const counts = async () =>
      Promise.all(
        [users, businesses, applications].map(async (t) => (await conn().db.select({ n: count() }).from(t))[0]!.n),
      );
    const first = await counts();
    await seedDemo(conn().db);
    expect(await counts()).toEqual(first);
    expect(first[0]).toBe(
      DEMO_BUSINESSES.length + 2 + DEMO_MEMBERS.length + DEMO_HELPERS.reduce((n, h) => n + h.staff.length, 0),
    );
  });
});
