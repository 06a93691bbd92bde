import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEMBER_ROLES } from '@/lib/domain/team';
import { inList, tstz } from './columns';
import { users } from './users';

export const businesses = pgTable(
  'businesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    legalName: text('legal_name').notNull().default(''),
    dba: text('dba'),
    ein: text('ein'),
    entityType: text('entity_type'),
    formationState: text('formation_state'),
    yearFounded: integer('year_founded'),
    employees: integer('employees'),
    revenueBand: text('revenue_band'),
    street: text('street'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    phone: text('phone'),
    website: text('website'),
    midwest: boolean('midwest').notNull().default(false),
    story: text('story'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('businesses_slug_key').on(t.slug), index('businesses_ein_idx').on(t.ein)],
);

export type Business = typeof businesses.$inferSelect;

/**
 * People of a business, each with a role (lib/domain/team.ts). A user may belong to several businesses
 * and chooses which one to act for. A business has exactly one owner: the partial unique index keeps it
 * to at most one, and a deferred constraint trigger (migration) refuses any change that leaves a
 * business with members but no owner, so ownership only moves by a transfer.
 */
export const businessMembers = pgTable(
  'business_members',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBER_ROLES }).notNull().default('owner'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.userId] }),
    // A user's businesses, oldest membership first (the default choice and the switcher).
    index('business_members_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('business_members_one_owner')
      .on(t.businessId)
      .where(sql`${t.role} = 'owner'`),
    check('business_members_role_check', sql`${t.role} in (${inList(MEMBER_ROLES)})`),
  ],
);

export type BusinessMember = typeof businessMembers.$inferSelect;
