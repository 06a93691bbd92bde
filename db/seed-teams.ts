import { hash } from '@node-rs/argon2';
import { inArray, sql } from 'drizzle-orm';
import { ARGON2_OPTIONS } from '@/lib/auth/argon2-options';
import type { Db } from './driver';
import { businessMembers, businesses, users } from './schema';
import { DEMO_MEMBERS, DEMO_PASSWORDS } from './seed-data/demo';

/** Members beyond each demo business's owner: an editor, and a person in two businesses. Idempotent. */
export async function seedDemoTeams(db: Db) {
  const passwordHash = await hash(DEMO_PASSWORDS.business, ARGON2_OPTIONS);
  const slugs = [...new Set(DEMO_MEMBERS.flatMap((m) => m.memberships.map((x) => x.slug)))];
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
}
