import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { MemberRole } from '@/lib/domain/team';
import { getDb } from '../client';
import { businessMembers, users } from '../schema';
import { scope } from '../scope';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  since: Date;
}

/** The members of the business acted for, owner first (members only: a helper does not see the team). */
export async function listMembers(actor: Actor): Promise<MemberRow[]> {
  const { businessId } = scope(actor, 'team:view');
  const db = await getDb();
  return db
    .select({
      userId: businessMembers.userId,
      name: users.name,
      email: users.email,
      role: businessMembers.role,
      since: businessMembers.createdAt,
    })
    .from(businessMembers)
    .innerJoin(users, eq(users.id, businessMembers.userId))
    .where(eq(businessMembers.businessId, businessId))
    .orderBy(sql`${businessMembers.role} = 'owner' desc`, asc(users.name), asc(businessMembers.userId))
    .limit(500);
}
