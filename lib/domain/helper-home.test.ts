import { describe, expect, it } from 'vitest';
import { blockersOf } from './helper-home';

describe('blockersOf', () => {
  it('names an unsubmitted application with the steps saved so far', () => {
    expect(blockersOf({ status: 'draft', stepsDone: [1, 2, 2, 5], expiringSoon: 0, stuckShipments: 0 })).toEqual([
      'Application not submitted (2 of 4 steps saved)',
    ]);
    expect(blockersOf({ status: null, stepsDone: [], expiringSoon: 0, stuckShipments: 0 })).toEqual([
      'Application not submitted (0 of 4 steps saved)',
    ]);
  });

  it('an approved business with nothing pending has no blockers; counts are pluralised', () => {
    expect(blockersOf({ status: 'approved', stepsDone: [1, 2, 3, 4, 5], expiringSoon: 0, stuckShipments: 0 })).toEqual(
      [],
    );
    expect(blockersOf({ status: 'approved', stepsDone: [], expiringSoon: 1, stuckShipments: 2 })).toEqual([
      '1 registration expired or expiring soon',
      '2 shipments stuck',
    ]);
  });

  it('reviewer outcomes that need the business to act', () => {
    expect(blockersOf({ status: 'changes_requested', stepsDone: [], expiringSoon: 0, stuckShipments: 0 })).toEqual([
      'The reviewer asked for changes',
    ]);
    expect(blockersOf({ status: 'submitted', stepsDone: [], expiringSoon: 0, stuckShipments: 0 })).toEqual([]);
  });
});
