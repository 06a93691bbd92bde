// Who may do what for a business: members by their role, helper organisations by the scopes of their
// grant. The data layer (db/scope.ts) and the endpoint wrappers ask for one capability each; nothing
// else decides. Pure: imported by the schema, the auth layer and the pages alike.

export const MEMBER_ROLES = ['owner', 'editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Roles an invitation or a role change may give: ownership only moves by an explicit transfer. */
export const ASSIGNABLE_ROLES = ['editor', 'viewer'] as const satisfies readonly MemberRole[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const GRANT_SCOPES = ['view', 'prepare', 'listings_shipments'] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];

export const CAPABILITIES = [
  /** Read the business's application, listings, shipments, registrations and documents. */
  'business:view',
  /** Fill in the application's steps and documents, and keep registrations current. */
  'application:prepare',
  /** Attest and submit the application: the owner alone. */
  'application:submit',
  'listings:write',
  /** Send a listing (or a change to a live one) to review: like submitting the application, the owner's word. */
  'listings:submit',
  'shipments:write',
  /** Invite, remove and change the role of members; transfer ownership. */
  'members:manage',
  /** Grant, accept and revoke helper organisations' access. */
  'helpers:manage',
  /** The business's members, its helpers and its activity log (who did what): members only. */
  'team:view',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const ROLE_CAPABILITIES: Record<MemberRole, readonly Capability[]> = {
  owner: CAPABILITIES,
  editor: ['business:view', 'application:prepare', 'listings:write', 'shipments:write', 'team:view'],
  viewer: ['business:view', 'team:view'],
};

// A helper never submits, never manages members or other helpers, whatever its grant says.
const SCOPE_CAPABILITIES: Record<GrantScope, readonly Capability[]> = {
  view: ['business:view'],
  prepare: ['business:view', 'application:prepare'],
  listings_shipments: ['business:view', 'listings:write', 'shipments:write'],
};

export function capabilitiesOfRole(role: MemberRole): readonly Capability[] {
  return ROLE_CAPABILITIES[role];
}

export function capabilitiesOfGrant(scopes: readonly GrantScope[]): readonly Capability[] {
  const set = new Set<Capability>();
  for (const s of scopes) for (const c of SCOPE_CAPABILITIES[s] ?? []) set.add(c);
  return CAPABILITIES.filter((c) => set.has(c));
}

export const isCapability = (s: string): s is Capability => (CAPABILITIES as readonly string[]).includes(s);

export const ROLE_LABELS: Record<MemberRole, string> = { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' };

export const ROLE_DESCRIPTIONS: Record<MemberRole, string> = {
  owner: 'Everything, including members, helpers and submitting the application.',
  editor: 'Prepares the application, listings, shipments and documents; cannot submit or change members.',
  viewer: 'Reads everything; changes nothing.',
};

export const SCOPE_LABELS: Record<GrantScope, string> = {
  view: 'View',
  prepare: 'Prepare the application',
  listings_shipments: 'Manage listings and shipments',
};

export const SCOPE_DESCRIPTIONS: Record<GrantScope, string> = {
  view: 'Reads the application, listings, shipments and registrations.',
  prepare: 'Fills in the application and uploads its documents; only the owner can submit it.',
  listings_shipments: 'Creates and edits listings, and records shipments and their documents.',
};

/** A grant always includes viewing; the stored scopes are this normal form (sorted, deduplicated). */
export function normalScopes(scopes: readonly GrantScope[]): GrantScope[] {
  const set = new Set<GrantScope>(['view', ...scopes]);
  return GRANT_SCOPES.filter((s) => set.has(s));
}

export const HELPER_KINDS = [
  'cooperative',
  'state_agriculture_office',
  'regional_trade_group',
  'export_agent',
] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];

export const HELPER_KIND_LABELS: Record<HelperKind, string> = {
  cooperative: 'Cooperative',
  state_agriculture_office: 'State agriculture office',
  regional_trade_group: 'Regional trade group',
  export_agent: 'Export agent',
};

/**
 * "by J. Ortiz, Wisconsin DATCP, for Northwoods Knitworks LLC": who acted, through which helper
 * organisation, for which business. Members acting for their own business read "by Karen Olsen".
 */
export function attribution(a: {
  actorName: string | null;
  organisationName?: string | null;
  businessName?: string | null;
}): string {
  return `by ${actorLabel(a)}`;
}

/** The same without "by ", for timelines that print the name alone: "J. Ortiz, Wisconsin DATCP, for …". */
export function actorLabel(a: {
  actorName: string | null;
  organisationName?: string | null;
  businessName?: string | null;
}): string {
  const who = a.actorName ?? 'System';
  if (!a.organisationName) return who;
  return `${who}, ${a.organisationName}${a.businessName ? `, for ${a.businessName}` : ''}`;
}
