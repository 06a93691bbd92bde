import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { ARGON2_OPTIONS } from '@/lib/auth/argon2-options';
import { env } from '@/lib/env';
import { openConnection, type Db } from './driver';
import { runMigrations } from './migrate';
import { businessMembers, businesses, users } from './schema';
import { DEMO_BUSINESSES, DEMO_PASSWORDS, DEMO_STAFF } from './seed-data/demo';
import { seedDemoJourneys } from './seed-journeys';
import { seedDemoListings } from './seed-listings';
import { seedDemoRegistrations } from './seed-registrations';
import { seedDemoShipments } from './seed-shipments';
import { seedDemoTeams } from './seed-teams';

const MIDWEST = new Set(['IL', 'IN', 'IA', 'KS', 'MI', 'MN', 'MO', 'NE', 'ND', 'OH', 'SD', 'WI']);

/** Idempotent: upserts by e-mail and slug, so running it twice changes nothing. */
export async function seedDemo(db: Db) {
  const hashes = {
    admin: await hash(DEMO_PASSWORDS.admin, ARGON2_OPTIONS),
    reviewer: await hash(DEMO_PASSWORDS.reviewer, ARGON2_OPTIONS),
    business: await hash(DEMO_PASSWORDS.business, ARGON2_OPTIONS),
  };
  for (const s of DEMO_STAFF) {
    await db
      .insert(users)
      .values({
        email: s.email,
        name: s.name,
        role: s.role,
        passwordHash: hashes[s.role],
        emailVerifiedAt: new Date(),
        // The demo admin can edit the export rules; a second editor must be granted (Users page) to approve.
        rulesEditor: s.role === 'admin',
      })
      .onConflictDoNothing({ target: users.email });
  }
  const [reviewer] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, DEMO_STAFF.find((x) => x.role === 'reviewer')!.email));
  for (const b of DEMO_BUSINESSES) {
    const [owner] = await db
      .insert(users)
      .values({ email: b.ownerEmail, name: b.ownerName, passwordHash: hashes.business, emailVerifiedAt: new Date() })
      .onConflictDoUpdate({ target: users.email, set: { name: sql`excluded.name` } })
      .returning({ id: users.id });
    if (b.stage === 'signed_up') continue;
    const [biz] = await db
      .insert(businesses)
      .values({
        slug: b.slug,
        legalName: b.legalName,
        dba: b.dba ?? null,
        ein: b.ein,
        entityType: b.entityType,
        formationState: b.state,
        yearFounded: b.yearFounded,
        employees: b.employees,
        revenueBand: b.revenueBand,
        street: b.street,
        city: b.city,
        state: b.state,
        zip: b.zip,
        phone: b.phone,
        website: b.website ?? null,
        midwest: MIDWEST.has(b.state),
        story: b.story,
      })
      .onConflictDoUpdate({ target: businesses.slug, set: { legalName: sql`excluded.legal_name` } })
      .returning({ id: businesses.id });
    await db
      .insert(businessMembers)
      .values({ businessId: biz!.id, userId: owner!.id, role: 'owner' })
      .onConflictDoNothing();
    await seedDemoJourneys(db, biz!.id, owner!.id, reviewer!.id, b);
  }
  await seedDemoListings(db);
  await seedDemoShipments(db);
  await seedDemoRegistrations(db);
  await seedDemoTeams(db);
}

const isMain = process.argv[1]?.endsWith('seed.ts');
if (isMain) {
  const started = Date.now();
  const conn = await openConnection({ url: env().DATABASE_URL, dir: env().PGLITE_DIR });
  try {
    await runMigrations(conn);
    await seedDemo(conn.db);
    console.log(`Demo data ready on ${conn.engine} in ${Date.now() - started} ms.`);
  } finally {
    await conn.close();
  }
}
