import { hash } from '@node-rs/argon2';
import { eq, inArray, sql } from 'drizzle-orm';
import { ARGON2_OPTIONS } from '@/lib/auth/argon2-options';
import type { Db } from './driver';
import { businessMembers, businesses, helperGrants, helperOrganisations, helperStaff, users } from './schema';
import { DEMO_HELPERS, DEMO_MEMBERS, DEMO_PASSWORDS } from './seed-data/demo';

/**
 * Members beyond each demo business's owner (an editor, and a person in two businesses), and helper
 * organisations with their staff and grants. Idempotent.
 */
export async function seedDemoTeams(db: Db) {
  const passwordHash = await hash(DEMO_PASSWORDS.business, ARGON2_OPTIONS);
  const slugs = [
    ...new Set([
      ...DEMO_MEMBERS.flatMap((m) => m.memberships.map((x) => x.slug)),
      ...DEMO_HELPERS.flatMap((h) => h.grants.map((g) => g.slug)),
    ]),
  ];
  const bySlug = new Map(
    (
      await db
        .select({ id: businesses.id, slug: businesses.slug })
        .from(businesses)
        .where(inArray(businesses.slug, slugs))
    ).map((b) => [b.slug, b.id]),
  );
  for (const m of DEMO_MEMBERS) {
    const [u] = await db
      .insert(users)
      .values({ email: m.email, name: m.name, passwordHash, emailVerifiedAt: new Date() })
      .onConflictDoUpdate({ target: users.email, set: { name: sql`excluded.name` } })
      .returning({ id: users.id });
    for (const [i, x] of m.memberships.entries()) {
      const businessId = bySlug.get(x.slug);
      if (!businessId) continue;
      await db
        .insert(businessMembers)
        // Joined in order, so the first listed is the one they start with.
        .values({
          businessId,
          userId: u!.id,
          role: x.role,
          createdAt: new Date(Date.now() - (m.memberships.length - i) * 60_000),
        })
        .onConflictDoNothing();
    }
  }
  for (const h of DEMO_HELPERS) {
    const [created] = await db
      .insert(helperOrganisations)
      .values({ name: h.name, kind: h.kind, states: h.states })
      .onConflictDoNothing()
      .returning({ id: helperOrganisations.id });
    const [existing] = created
      ? [created]
      : await db
          .select({ id: helperOrganisations.id })
          .from(helperOrganisations)
          .where(eq(helperOrganisations.name, h.name));
    const orgId = existing!.id;
    for (const s of h.staff) {
      const [u] = await db
        .insert(users)
        .values({ email: s.email, name: s.name, passwordHash, emailVerifiedAt: new Date() })
        .onConflictDoUpdate({ target: users.email, set: { name: sql`excluded.name` } })
        .returning({ id: users.id });
      await db.insert(helperStaff).values({ organisationId: orgId, userId: u!.id }).onConflictDoNothing();
    }
    for (const g of h.grants) {
      const businessId = bySlug.get(g.slug);
      if (!businessId) continue;
      await db
        .insert(helperGrants)
        .values({
          businessId,
          organisationId: orgId,
          scopes: g.scopes,
          status: g.status,
          decidedAt: g.status === 'active' ? new Date() : null,
        })
        .onConflictDoNothing();
    }
  }
}
