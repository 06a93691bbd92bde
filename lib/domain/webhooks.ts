// Webhooks as Standard Webhooks 1.0 describes them: events, who may subscribe to which, and the
// retry schedule. Pure: used by the schema, the data layer, the worker and the pages.

export const WEBHOOK_EVENT_TYPES = [
  'listing.published',
  'listing.updated',
  'listing.withdrawn',
  'purchase_order.accepted',
  'purchase_order.declined',
  'shipment.status_changed',
  'application.submitted',
  'application.decided',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_OWNER_KINDS = ['partner', 'business', 'staff'] as const;
export type WebhookOwnerKind = (typeof WEBHOOK_OWNER_KINDS)[number];

/** What each kind of owner may subscribe to: applications are staff integrations' only. */
export const EVENTS_FOR: Record<WebhookOwnerKind, readonly WebhookEventType[]> = {
  partner: [
    'listing.published',
    'listing.updated',
    'listing.withdrawn',
    'purchase_order.accepted',
    'purchase_order.declined',
    'shipment.status_changed',
  ],
  business: [
    'listing.published',
    'listing.updated',
    'listing.withdrawn',
    'purchase_order.accepted',
    'purchase_order.declined',
    'shipment.status_changed',
  ],
  staff: ['application.submitted', 'application.decided'],
};

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'listing.published': 'A listing went live',
  'listing.updated': 'A live listing changed',
  'listing.withdrawn': 'A listing left the catalogue',
  'purchase_order.accepted': 'A purchase order was accepted',
  'purchase_order.declined': 'A purchase order was declined',
  'shipment.status_changed': 'A shipment reached a milestone',
  'application.submitted': 'An application was submitted',
  'application.decided': 'An application was decided',
};

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Seconds to wait after the n-th failed attempt (index n − 1): 5 s, 5 min, 30 min, 2 h, 5 h, then every
 * 10 h. The last retry comes about 3.2 days after the first attempt; then the delivery has failed.
 */
export const RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, ...Array<number>(7).fill(36000)] as const;
export const MAX_DELIVERY_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length + 1;

/** When to try again after `attempts` failed attempts, or null: give up. */
export function retryAfterSeconds(attempts: number): number | null {
  return attempts >= MAX_DELIVERY_ATTEMPTS ? null : RETRY_SCHEDULE_SECONDS[attempts - 1]!;
}

/** An endpoint failing without a single success for this long is disabled (its owner is told). */
export const DISABLE_AFTER_FAILING_SECONDS = 3 * 24 * 3600;

/** During a secret rotation the old secret still signs (both signatures sent) for this long. */
export const SECRET_OVERLAP_SECONDS = 24 * 3600;

export const isSuccess = (status: number) => status >= 200 && status < 300;
