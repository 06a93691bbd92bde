import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ASSIGNABLE_ROLES, GRANT_SCOPES, HELPER_KINDS } from '@/lib/domain/team';
import { businesses } from './businesses';
import { inList, tstz } from './columns';
import { users } from './users';

// Helper organisations (co-ops, state agriculture offices, regional trade groups, export agents) act
// for many businesses under grants the businesses' owners control. Their staff are ordinary accounts
// (users.role 'business'), never portal staff: a helper is not a reviewer. Partner organisations with
// API keys are a different thing and live in their own tables.

export const helperOrganisations = pgTable(
  'helper_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: HELPER_KINDS }).notNull(),
    /** US states the organisation serves (two-letter codes). */
    states: text('states')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('helper_organisations_name_key').on(sql`lower(${t.name})`),
    check('helper_organisations_kind_check', sql`${t.kind} in (${inList(HELPER_KINDS)})`),
  ],
);

export type HelperOrganisation = typeof helperOrganisations.$inferSelect;

/** Staff of a helper organisation; a person works for at most one. */
export const helperStaff = pgTable(
  'helper_staff',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => helperOrganisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedBy: uuid('added_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), uniqueIndex('helper_staff_user_key').on(t.userId)],
);

export const GRANT_STATUSES = ['requested', 'active', 'declined', 'revoked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/**
 * A business's consent for a helper organisation to act for it, with scopes (lib/domain/team.ts).
 * Either the owner grants it (active at once) or the helper asks and the owner accepts. Revoking is
 * a status change read on every request (the actor is rebuilt each time), so it takes effect at once.
 */
export const helperGrants = pgTable(
  'helper_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => helperOrganisations.id, { onDelete: 'cascade' }),
    scopes: text('scopes').array().notNull(),
    status: text('status', { enum: GRANT_STATUSES }).notNull(),
    /** The helper's note with a request. */
    message: text('message'),
    requestedBy: uuid('requested_by').references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    revokedBy: uuid('revoked_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
    decidedAt: tstz('decided_at'),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [
    // One live (requested or active) grant per business and organisation.
    uniqueIndex('helper_grants_live_key')
      .on(t.businessId, t.organisationId)
      .where(sql`${t.status} in ('requested', 'active')`),
    // The helper's home: its active businesses.
    index('helper_grants_organisation_idx')
      .on(t.organisationId, t.businessId)
      .where(sql`${t.status} = 'active'`),
    index('helper_grants_business_idx').on(t.businessId, t.createdAt),
    check('helper_grants_status_check', sql`${t.status} in (${inList(GRANT_STATUSES)})`),
    check(
      'helper_grants_scopes_check',
      sql`${t.scopes} <@ array[${inList(GRANT_SCOPES)}]::text[] and 'view' = any(${t.scopes})`,
    ),
  ],
);

export type HelperGrant = typeof helperGrants.$inferSelect;

export const INVITATION_ROLES = [...ASSIGNABLE_ROLES, 'helper_staff'] as const;

/**
 * An invitation to join a business (as editor or viewer) or a helper organisation (as staff), sent by
 * e-mail. Only the SHA-256 of the link's token is stored; it works once, until it expires, and only for
 * someone signed in as the invited address.
 */
export const teamInvitations = pgTable(
  'team_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id').references(() => businesses.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => helperOrganisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: INVITATION_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id),
    createdAt: tstz('created_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
    acceptedAt: tstz('accepted_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [
    uniqueIndex('team_invitations_token_key').on(t.tokenHash),
    // One pending invitation per address and team: inviting again replaces it.
    uniqueIndex('team_invitations_business_pending_key')
      .on(t.businessId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null and ${t.businessId} is not null`),
    uniqueIndex('team_invitations_organisation_pending_key')
      .on(t.organisationId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null and ${t.organisationId} is not null`),
    check('team_invitations_target_check', sql`num_nonnulls(${t.businessId}, ${t.organisationId}) = 1`),
    check(
      'team_invitations_role_check',
      sql`(${t.businessId} is not null and ${t.role} in (${inList(ASSIGNABLE_ROLES)})) or (${t.organisationId} is not null and ${t.role} = 'helper_staff')`,
    ),
    check('team_invitations_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export type TeamInvitation = typeof teamInvitations.$inferSelect;

/**
 * Append-only: every change made by someone acting for a business (a member or a helper), with who, through
 * which helper organisation, and what. The owner reads it as the business's activity log.
 */
export const businessActivity = pgTable(
  'business_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id),
    /** Set when the actor acted as a helper organisation's staff. */
    helperOrganisationId: uuid('helper_organisation_id').references(() => helperOrganisations.id),
    action: text('action').notNull(),
    /** What it was about: `listing:<id>`, `shipment:<id>`, `member:<user id>` … */
    subject: text('subject'),
    summary: text('summary').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('business_activity_business_idx').on(t.businessId, t.createdAt.desc(), t.id.desc()),
    index('business_activity_helpers_idx')
      .on(t.businessId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.helperOrganisationId} is not null`),
  ],
);

export type BusinessActivity = typeof businessActivity.$inferSelect;
