// Partners are other companies' systems that work with the portal through its API: storefront operators
// (Tmall Global, JD Worldwide …), importers and cross-border agencies. Pure: imported by the schema, the
// auth layer, the API and the pages alike.

export const PARTNER_KINDS = ['storefront', 'importer', 'agency'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  storefront: 'Storefront operator',
  importer: 'Importer',
  agency: 'Cross-border agency',
};

/** What an API key may do; each /api/v1/partner endpoint requires one. */
export const API_SCOPES = [
  'catalogue:read',
  'listing_status:write',
  'purchase_orders:write',
  'webhooks:manage',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  'catalogue:read': 'Read the catalogue',
  'listing_status:write': 'Report listing status on your storefront',
  'purchase_orders:write': 'Send purchase orders and read their status',
  'webhooks:manage': 'Manage webhook endpoints',
};

export const isApiScope = (s: string): s is ApiScope => (API_SCOPES as readonly string[]).includes(s);

/** Requests per minute a new key may make (each key has its own budget). */
export const DEFAULT_KEY_RATE_LIMIT = 600;

/**
 * A key is `hgp_` + 8 visible characters (the prefix, shown in lists and logs) + `_` + 43 secret ones
 * (32 random bytes, base64url). Only the SHA-256 of the whole key is stored: with 256 bits of entropy a
 * slow hash adds nothing, and a fast one keeps the lookup to one indexed equality per request.
 */
export const KEY_PATTERN = /^hgp_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** What a storefront partner reports about a listing it carries. */
export const STOREFRONT_STATUSES = ['received', 'live', 'rejected', 'withdrawn'] as const;
export type StorefrontStatus = (typeof STOREFRONT_STATUSES)[number];

export const PURCHASE_ORDER_STATUSES = ['submitted', 'accepted', 'declined'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

export const DESTINATION_KINDS = ['port', 'bonded_warehouse'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** A purchase order may change only from `submitted`, once: accepted (a shipment draft) or declined. */
export function decideOrder(
  status: PurchaseOrderStatus,
  decision: 'accept' | 'decline',
): { ok: true; to: PurchaseOrderStatus } | { ok: false; error: string } {
  if (status !== 'submitted') return { ok: false, error: `This order was ${status} already.` };
  return { ok: true, to: decision === 'accept' ? 'accepted' : 'declined' };
}
