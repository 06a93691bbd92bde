import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  availableActions,
  isEditable,
  transition,
  type ApplicationAction,
  type ApplicationStatus,
} from './application-status';

const allowed: [ApplicationStatus, ApplicationAction, ApplicationStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['changes_requested', 'submit', 'submitted'],
  ['submitted', 'startReview', 'in_review'],
  ['in_review', 'requestChanges', 'changes_requested'],
  ['in_review', 'approve', 'approved'],
  ['in_review', 'reject', 'rejected'],
  ['approved', 'suspend', 'suspended'],
  ['suspended', 'reinstate', 'approved'],
];

describe('application state machine', () => {
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, from, to });
  });

  const forbidden = APPLICATION_STATUSES.flatMap((from) =>
    APPLICATION_ACTIONS.filter((a) => !allowed.some(([f, act]) => f === from && act === a)).map(
      (a) => [from, a] as const,
    ),
  );

  it('has exactly 41 forbidden pairs out of 49', () => {
    expect(forbidden).toHaveLength(APPLICATION_STATUSES.length * APPLICATION_ACTIONS.length - allowed.length);
  });

  it.each(forbidden)('refuses %s --%s--> with a plain message', (from, action) => {
    const t = transition(from, action);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error).toMatch(/^You cannot .+ an application that is .+\.$/);
  });

  it('lists the actions each side may take', () => {
    expect(availableActions('in_review', 'staff')).toEqual(['requestChanges', 'approve', 'reject']);
    expect(availableActions('in_review', 'applicant')).toEqual([]);
    expect(availableActions('changes_requested', 'applicant')).toEqual(['submit']);
    expect(availableActions('rejected', 'staff')).toEqual([]);
  });

  it('locks fields once submitted', () => {
    expect(APPLICATION_STATUSES.filter(isEditable)).toEqual(['draft', 'changes_requested']);
  });
});
