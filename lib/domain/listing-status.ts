// A listing's review machine. "Live" is separate: a listing is live while it has an approved
// (published) version and its business is approved; a pending change never replaces it until approved.
export const LISTING_STATUSES = ['draft', 'submitted', 'approved', 'changes_requested', 'rejected'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_ACTIONS = ['submit', 'approve', 'requestChanges', 'reject'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

const TRANSITIONS: Record<ListingAction, { from: readonly ListingStatus[]; to: ListingStatus }> = {
  submit: { from: ['draft', 'changes_requested', 'approved', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  requestChanges: { from: ['submitted'], to: 'changes_requested' },
  reject: { from: ['submitted'], to: 'rejected' },
};

export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  draft: 'Draft',
  submitted: 'Waiting for review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  rejected: 'Rejected',
};

export function listingTransition(
  from: ListingStatus,
  action: ListingAction,
): { ok: true; to: ListingStatus } | { ok: false; error: string } {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from))
    return {
      ok: false,
      error: `A listing that is ${LISTING_STATUS_LABELS[from].toLowerCase()} cannot be ${action === 'submit' ? 'submitted' : action === 'requestChanges' ? 'sent back for changes' : `${action}d`}.`,
    };
  return { ok: true, to: t.to };
}
