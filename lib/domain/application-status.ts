// The application's state machine. Every change is a named action; anything else is refused.
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'rejected',
  'suspended',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'startReview',
  'requestChanges',
  'approve',
  'reject',
  'suspend',
  'reinstate',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

const TRANSITIONS: Record<
  ApplicationAction,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: 'applicant' | 'staff' }
> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: 'applicant' },
  startReview: { from: ['submitted'], to: 'in_review', by: 'staff' },
  requestChanges: { from: ['in_review'], to: 'changes_requested', by: 'staff' },
  approve: { from: ['in_review'], to: 'approved', by: 'staff' },
  reject: { from: ['in_review'], to: 'rejected', by: 'staff' },
  suspend: { from: ['approved'], to: 'suspended', by: 'staff' },
  reinstate: { from: ['suspended'], to: 'approved', by: 'staff' },
};

export type Transition = { ok: true; from: ApplicationStatus; to: ApplicationStatus } | { ok: false; error: string };

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  rejected: 'Rejected',
  suspended: 'Suspended',
};

const ACTION_LABELS: Record<ApplicationAction, string> = {
  submit: 'submit',
  startReview: 'start the review of',
  requestChanges: 'request changes to',
  approve: 'approve',
  reject: 'reject',
  suspend: 'suspend',
  reinstate: 'reinstate',
};

export function transition(from: ApplicationStatus, action: ApplicationAction): Transition {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) {
    return {
      ok: false,
      error: `You cannot ${ACTION_LABELS[action]} an application that is ${STATUS_LABELS[from].toLowerCase()}.`,
    };
  }
  return { ok: true, from, to: t.to };
}

export function actionIsStaffOnly(action: ApplicationAction): boolean {
  return TRANSITIONS[action].by === 'staff';
}

/** The named actions available from a status, for the buttons a reviewer sees. */
export function availableActions(from: ApplicationStatus, by: 'applicant' | 'staff'): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((a) => TRANSITIONS[a].by === by && TRANSITIONS[a].from.includes(from));
}

/**
 * Decisions only an admin takes: suspending or reinstating a seller (it takes every listing off the
 * storefront, or puts it back), and approving while required documents are not accepted (an override).
 * Reviewers take every other decision.
 */
export const ADMIN_ONLY_ACTIONS: readonly ApplicationAction[] = ['suspend', 'reinstate'];

export const ADMIN_ONLY_MESSAGE = {
  suspendOrReinstate: 'Only an admin can suspend or reinstate a seller. Add an internal note for an admin instead.',
  override:
    'Only an admin can approve while required documents are not accepted. Accept them, request changes, or add an internal note for an admin.',
};

/** What this staff member may decide now (reviewers: no admin-only decision, no approval that needs an override). */
export function staffActions(
  from: ApplicationStatus,
  role: 'reviewer' | 'admin',
  needsOverride: boolean,
): ApplicationAction[] {
  if (role === 'admin') return availableActions(from, 'staff');
  return availableActions(from, 'staff').filter(
    (a) => !ADMIN_ONLY_ACTIONS.includes(a) && !(a === 'approve' && needsOverride),
  );
}

/** The applicant may edit the application only while it is theirs to change. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'changes_requested';
}
