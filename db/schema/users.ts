import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

export const ROLES = ['business', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('business'),
    emailVerifiedAt: tstz('email_verified_at'),
    disabledAt: tstz('disabled_at'),
    // Bumped to end every session (sign out everywhere, password change); checked by the guards.
    sessionVersion: integer('session_version').notNull().default(1),
    /** false: in-app notifications only (no e-mail copies of notifications; account e-mails still go out). */
    emailNotifications: boolean('email_notifications').notNull().default(true),
    /** Staff permission to propose and approve changes to the export rules (granted by an admin, audited). */
    rulesEditor: boolean('rules_editor').notNull().default(false),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_email_prefix_idx').using('btree', t.email.op('text_pattern_ops')),
    index('users_created_id_idx').on(t.createdAt.desc(), t.id.desc()),
    check('users_role_check', sql`${t.role} in ('business', 'reviewer', 'admin')`),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export type User = typeof users.$inferSelect;

export const TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** One-time tokens, stored only as a SHA-256 hash. */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('auth_tokens_hash_key').on(t.tokenHash),
    index('auth_tokens_user_idx').on(t.userId, t.purpose),
    check('auth_tokens_purpose_check', sql`${t.purpose} in ('verify_email', 'reset_password')`),
  ],
);
