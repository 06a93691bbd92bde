import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';
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

export const MEMBER_ROLES = ['owner', 'member'] as const;

/** Users of a business; for now each business has its owner (several users later). */
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
    // One business per user keeps the actor simple; a user of several businesses would pick one.
    uniqueIndex('business_members_user_key').on(t.userId),
    check('business_members_role_check', sql`${t.role} in ('owner', 'member')`),
  ],
);
