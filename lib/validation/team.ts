import { z } from 'zod';
import { NEW_BUSINESS } from '@/lib/auth/chosen-business';
import { APPLICATION_STATUSES } from '@/lib/domain/application-status';
import { ASSIGNABLE_ROLES, GRANT_SCOPES, HELPER_KINDS, normalScopes } from '@/lib/domain/team';
import { US_STATES } from '@/lib/domain/export-rules';
import { safePath } from '@/lib/safe-path';

const uuid = (field: string) => z.uuid(`${field} must be one of the choices offered.`);

export const switchBusinessInputSchema = z.object({
  businessId: z.union([uuid('Business'), z.literal(NEW_BUSINESS)], {
    error: 'Business must be one of the choices offered.',
  }),
  /** Where to go after switching (a same-site path; anything else goes to the dashboard). */
  next: z
    .string()
    .optional()
    .transform((v) => safePath(v)),
});
export type SwitchBusinessInput = z.infer<typeof switchBusinessInputSchema>;

const email = z
  .string({ error: 'E-mail is required.' })
  .trim()
  .toLowerCase()
  .min(1, 'E-mail is required.')
  .max(254, 'E-mail must be at most 254 characters.')
  .pipe(z.email('E-mail must be an address like name@example.com.'));

export const inviteMemberInputSchema = z.object({
  email,
  role: z.enum(ASSIGNABLE_ROLES, { error: 'Role must be Editor or Viewer.' }),
});
export type InviteMemberInput = z.infer<typeof inviteMemberInputSchema>;

export const invitationIdInputSchema = z.object({ invitationId: uuid('Invitation') });

export const acceptInvitationInputSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This invitation link is not valid. Use the link from the e-mail.'),
});

export const changeMemberRoleInputSchema = z.object({
  userId: uuid('Member'),
  role: z.enum(ASSIGNABLE_ROLES, { error: 'Role must be Editor or Viewer.' }),
});
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleInputSchema>;

export const removeMemberInputSchema = z.object({ userId: uuid('Member') });

export const transferOwnershipInputSchema = z.object({
  userId: uuid('New owner'),
  confirm: z.literal('on', { error: 'Confirm that you hand over ownership: tick the box.' }),
});

const scopesField = z
  .array(z.enum(GRANT_SCOPES, { error: 'Access must be one of the choices offered.' }), {
    error: 'Access must be one of the choices offered.',
  })
  .max(GRANT_SCOPES.length, 'Access must be one of the choices offered.')
  .transform((s) => normalScopes(s));

/** Reads a checkbox group (several fields of one name) and the rest of the form. */
export const readWithScopes = (formData: FormData) => ({
  ...Object.fromEntries(formData),
  scopes: formData.getAll('scopes').map(String),
});

export const grantHelperInputSchema = z.object({
  organisationId: uuid('Organisation'),
  scopes: scopesField,
});
export type GrantHelperInput = z.infer<typeof grantHelperInputSchema>;

export const grantIdInputSchema = z.object({ grantId: uuid('Access') });

export const acceptHelperRequestInputSchema = z.object({ grantId: uuid('Request'), scopes: scopesField });

export const requestHelperAccessInputSchema = z.object({
  ownerEmail: email,
  scopes: scopesField,
  message: z
    .string()
    .trim()
    .max(1000, 'Message must be at most 1,000 characters.')
    .optional()
    .transform((v) => v || null),
});
export type RequestHelperAccessInput = z.infer<typeof requestHelperAccessInputSchema>;

export const createHelperOrganisationInputSchema = z.object({
  name: z
    .string({ error: 'Name is required.' })
    .trim()
    .min(2, 'Name must be at least 2 characters.')
    .max(120, 'Name must be at most 120 characters.'),
  kind: z.enum(HELPER_KINDS, { error: 'Kind must be one of the choices offered.' }),
  states: z
    .array(z.string().refine((s) => s in US_STATES, 'States must be US states such as WI.'))
    .min(1, 'States: choose at least one state the organisation serves.')
    .max(60, 'States: choose at most 60.')
    .transform((s) => [...new Set(s)].sort()),
});
export type CreateHelperOrganisationInput = z.infer<typeof createHelperOrganisationInputSchema>;

export const readWithStates = (formData: FormData) => ({
  ...Object.fromEntries(formData),
  states: formData.getAll('states').map(String),
});

export const addHelperStaffInputSchema = z.object({ organisationId: uuid('Organisation'), email });
export type AddHelperStaffInput = z.infer<typeof addHelperStaffInputSchema>;

export const removeHelperStaffInputSchema = z.object({
  organisationId: uuid('Organisation'),
  userId: uuid('Staff member'),
});

export const helperHomeFilterSchema = z.object({
  status: z
    .enum(APPLICATION_STATUSES, { error: 'Application status must be one of the choices offered.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  state: z
    .string()
    .refine((s) => s === '' || s in US_STATES, 'State must be one of the choices offered.')
    .optional()
    .transform((s) => s || undefined),
  attention: z
    .enum(['expiring', 'stuck', 'not_submitted', 'changes_requested'], {
      error: 'Needs attention must be one of the choices offered.',
    })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  after: z.uuid('This page link is damaged; start from the first page.').optional(),
});
export type HelperHomeFilter = z.infer<typeof helperHomeFilterSchema>;
