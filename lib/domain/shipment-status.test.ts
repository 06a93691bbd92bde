import { describe, expect, it } from 'vitest';
import {
  FLOW_STEPS,
  SHIPMENT_EXCEPTIONS,
  SHIPMENT_FLOWS,
  SHIPMENT_MILESTONES,
  SHIPMENT_STATUSES,
  STATUS_LABELS,
  airWaybillError,
  correctEvent,
  correctionOf,
  currentStatus,
  isTerminal,
  isValidItn,
  nextMilestones,
  recordMilestone,
  requiredEvidence,
  staffOnly,
  type MilestoneContext,
  type ShipmentEvent,
  type ShipmentFlow,
  type ShipmentMilestone,
  type ShipmentPosition,
  type ShipmentStatus,
} from './shipment-status';

const NOW = new Date('2026-11-25T12:00:00Z');
const ITN = 'X20261120123456';

/** Everything any step could ask for, so only the structure of the move decides. */
const full: MilestoneContext = {
  actor: 'staff',
  occurredAt: NOW,
  now: NOW,
  mode: 'sea',
  reason: 'Customs hold for label check',
  documentsReady: true,
  eeiRequired: true,
  itn: ITN,
  carrier: 'COSCO',
  transportNumber: 'COSU6123456780',
  trackingNumber: '1Z999AA10123456784',
};
const ctx = (over: Partial<MilestoneContext> = {}): MilestoneContext => ({ ...full, ...over });
const at = (status: ShipmentStatus, heldFrom: ShipmentMilestone | null = null): ShipmentPosition => ({
  status,
  enteredAt: null,
  heldFrom,
});

// --- the specification, written out by hand ---------------------------------------------------

const COMMON: [ShipmentMilestone, ShipmentMilestone][] = [
  ['draft', 'documents_in_progress'],
  ['documents_in_progress', 'documents_ready'],
  ['documents_ready', 'eei_filed'],
  ['eei_filed', 'shipped'],
  ['shipped', 'arrived_cn_port'],
  ['customs_declared', 'inspection'],
  ['inspection', 'cleared'],
  ['cleared', 'out_for_delivery'],
  ['out_for_delivery', 'delivered'],
];
const FORWARD: Record<ShipmentFlow, [ShipmentMilestone, ShipmentMilestone][]> = {
  general_trade: [...COMMON, ['arrived_cn_port', 'customs_declared']],
  cbec_bonded: [
    ...COMMON,
    ['arrived_cn_port', 'in_bonded_warehouse'],
    ['in_bonded_warehouse', 'customs_declared'],
    ['customs_declared', 'cleared'],
  ],
  cbec_direct: [...COMMON, ['arrived_cn_port', 'customs_declared'], ['customs_declared', 'cleared']],
};

const TERMINALS: ShipmentStatus[] = ['delivered', 'rejected_returned', 'destroyed', 'cancelled'];

/** Every position a shipment can be in for a flow, holds included (held at each live step). */
function positions(flow: ShipmentFlow): ShipmentPosition[] {
  const steps = FLOW_STEPS[flow];
  return [
    ...SHIPMENT_STATUSES.filter((s) => s !== 'on_hold').map((s) => at(s)),
    ...steps.filter((s) => s !== 'delivered').map((s) => at('on_hold', s)),
  ];
}

function expectedKind(
  flow: ShipmentFlow,
  pos: ShipmentPosition,
  target: ShipmentStatus,
): 'milestone' | 'exception' | 'release' | null {
  const { status, heldFrom } = pos;
  if (TERMINALS.includes(status)) return null;
  if (!SHIPMENT_EXCEPTIONS.includes(target as never) && !FLOW_STEPS[flow].includes(target as ShipmentMilestone))
    return null;
  if (status === 'on_hold') {
    if (target === heldFrom) return 'release';
    if (target === 'cancelled') return 'exception';
    if ((target === 'rejected_returned' || target === 'destroyed') && heldFrom === 'inspection') return 'exception';
    return null;
  }
  if (target === 'on_hold' || target === 'cancelled') return 'exception';
  if (target === 'rejected_returned' || target === 'destroyed') return status === 'inspection' ? 'exception' : null;
  if (!FLOW_STEPS[flow].includes(status as ShipmentMilestone)) return null;
  return FORWARD[flow].some(([f, t]) => f === status && t === target) ? 'milestone' : null;
}

const label = (p: ShipmentPosition) => (p.status === 'on_hold' ? `on_hold@${p.heldFrom}` : p.status);

describe.each(SHIPMENT_FLOWS)('%s: every transition', (flow) => {
  const cases = positions(flow).flatMap((pos) =>
    SHIPMENT_STATUSES.map((target) => ({ pos, target, kind: expectedKind(flow, pos, target) })),
  );
  const allowed = cases.filter((c) => c.kind !== null);
  const forbidden = cases.filter((c) => c.kind === null);

  it.each(allowed.map((c) => [label(c.pos), c.target, c.kind, c] as const))(
    'allows %s → %s (%s)',
    (_from, target, kind, c) => {
      expect(recordMilestone(flow, c.pos, target, full)).toEqual({
        ok: true,
        kind,
        from: c.pos.status,
        to: target,
        occurredAt: NOW,
      });
    },
  );

  it.each(forbidden.map((c) => [label(c.pos), c.target, c] as const))(
    'refuses %s → %s in plain words',
    (_from, target, c) => {
      const r = recordMilestone(flow, c.pos, target, full);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(['not_in_flow', 'already_recorded', 'out_of_order', 'terminal', 'on_hold', 'not_allowed']).toContain(
        r.code,
      );
      expect(r.error).toMatch(/^[A-Z“].+\.$/);
      expect(r.error).not.toMatch(/_/);
    },
  );

  it('has the hand-counted number of allowed moves', () => {
    expect(allowed).toHaveLength({ general_trade: 56, cbec_bonded: 60, cbec_direct: 57 }[flow]);
  });

  it('nextMilestones lists exactly the allowed targets', () => {
    for (const pos of positions(flow)) {
      const expected = SHIPMENT_STATUSES.filter((t) => expectedKind(flow, pos, t) !== null);
      expect(nextMilestones(flow, pos), label(pos)).toEqual(expected);
    }
  });
});

describe('transition messages', () => {
  it('names the first step that is missing', () => {
    expect(recordMilestone('general_trade', 'documents_ready', 'shipped', full)).toEqual({
      ok: false,
      code: 'out_of_order',
      error: 'You cannot record “Shipped” before “EEI filed”.',
    });
    expect(recordMilestone('general_trade', 'draft', 'delivered', full)).toMatchObject({
      code: 'out_of_order',
      error: 'You cannot record “Delivered” before “Documents in progress”.',
    });
  });

  it('general trade may not skip inspection; cross-border flows may', () => {
    expect(recordMilestone('general_trade', 'customs_declared', 'cleared', full)).toMatchObject({
      code: 'out_of_order',
      error: 'You cannot record “Cleared by customs” before “Inspection and quarantine”.',
    });
    expect(recordMilestone('cbec_direct', 'customs_declared', 'cleared', full)).toMatchObject({ ok: true });
    expect(recordMilestone('cbec_bonded', 'customs_declared', 'cleared', full)).toMatchObject({ ok: true });
  });

  it('bonded stock enters the warehouse before the per-order declaration', () => {
    expect(recordMilestone('cbec_bonded', 'arrived_cn_port', 'customs_declared', full)).toMatchObject({
      error: 'You cannot record “Declared to China customs” before “In the bonded warehouse”.',
    });
    expect(recordMilestone('general_trade', 'arrived_cn_port', 'in_bonded_warehouse', full)).toMatchObject({
      code: 'not_in_flow',
      error: '“In the bonded warehouse” does not apply to general trade shipments.',
    });
  });

  it('points to corrections for going back, and to the hold for moving on', () => {
    expect(recordMilestone('general_trade', 'shipped', 'documents_ready', full)).toMatchObject({
      code: 'already_recorded',
      error:
        '“Documents ready” is already behind this shipment (it is “Shipped”). To undo a step, record a correction.',
    });
    expect(recordMilestone('general_trade', 'shipped', 'shipped', full)).toMatchObject({
      error: 'The shipment is already “Shipped”.',
    });
    expect(recordMilestone('general_trade', at('on_hold', 'inspection'), 'cleared', full)).toMatchObject({
      code: 'on_hold',
      error:
        'The shipment is on hold at “Inspection and quarantine”. Release the hold (back to “Inspection and quarantine”) before recording “Cleared by customs”.',
    });
    expect(recordMilestone('general_trade', 'delivered', 'on_hold', full)).toMatchObject({
      code: 'terminal',
      error: 'This shipment is delivered; nothing more can be recorded. To fix a mistake, record a correction.',
    });
    expect(recordMilestone('general_trade', 'shipped', 'destroyed', full)).toMatchObject({
      code: 'not_allowed',
      error: 'A shipment can only be destroyed after customs inspection, not while “Shipped”.',
    });
  });

  it('a hold whose origin is unknown cannot be released, only corrected or cancelled', () => {
    expect(recordMilestone('general_trade', 'on_hold', 'shipped', full)).toMatchObject({ code: 'on_hold' });
    expect(nextMilestones('general_trade', 'on_hold')).toEqual(['cancelled']);
  });
});

describe('who records what', () => {
  it('customs-side steps and customs outcomes are staff-only', () => {
    expect(SHIPMENT_STATUSES.filter(staffOnly)).toEqual([
      'customs_declared',
      'inspection',
      'cleared',
      'on_hold',
      'rejected_returned',
      'destroyed',
    ]);
  });

  it.each(['customs_declared', 'inspection', 'cleared'] as const)('a seller cannot record %s', (target) => {
    const from = {
      customs_declared: 'arrived_cn_port',
      inspection: 'customs_declared',
      cleared: 'inspection',
    } as const;
    const r = recordMilestone('general_trade', from[target], target, ctx({ actor: 'seller' }));
    expect(r).toEqual({
      ok: false,
      code: 'staff_only',
      error: `Only portal staff can record “${STATUS_LABELS[target]}”: it comes from China customs or the platform. Tell us when you hear from your importer or forwarder.`,
    });
    expect(recordMilestone('general_trade', from[target], target, full).ok).toBe(true);
  });

  it.each(FORWARD.general_trade.filter(([, t]) => !staffOnly(t)))('a seller can record %s → %s', (from, target) => {
    expect(recordMilestone('general_trade', from, target, ctx({ actor: 'seller' })).ok).toBe(true);
  });

  it('a seller can cancel until the goods ship, staff at any time', () => {
    const seller = ctx({ actor: 'seller' });
    for (const s of ['draft', 'documents_in_progress', 'documents_ready', 'eei_filed'] as const) {
      expect(recordMilestone('general_trade', s, 'cancelled', seller).ok, s).toBe(true);
    }
    for (const s of ['shipped', 'arrived_cn_port', 'customs_declared', 'out_for_delivery'] as const) {
      expect(recordMilestone('general_trade', s, 'cancelled', seller), s).toMatchObject({ code: 'staff_only' });
      expect(recordMilestone('general_trade', s, 'cancelled', full).ok, s).toBe(true);
    }
  });

  it('only staff hold, release or change a held shipment', () => {
    const seller = ctx({ actor: 'seller' });
    expect(recordMilestone('general_trade', 'shipped', 'on_hold', seller)).toMatchObject({ code: 'staff_only' });
    expect(recordMilestone('general_trade', at('on_hold', 'documents_ready'), 'documents_ready', seller)).toMatchObject(
      {
        code: 'staff_only',
        error: 'Only portal staff can release or change a shipment on hold.',
      },
    );
    expect(recordMilestone('general_trade', at('on_hold', 'documents_ready'), 'documents_ready', full)).toMatchObject({
      ok: true,
      kind: 'release',
    });
  });

  it('nextMilestones filtered by actor', () => {
    expect(nextMilestones('general_trade', 'arrived_cn_port', 'seller')).toEqual([]);
    expect(nextMilestones('general_trade', 'arrived_cn_port', 'staff')).toEqual([
      'customs_declared',
      'on_hold',
      'cancelled',
    ]);
    expect(nextMilestones('general_trade', 'documents_ready', 'seller')).toEqual(['eei_filed', 'cancelled']);
    expect(nextMilestones('cbec_direct', 'customs_declared', 'staff')).toEqual([
      'inspection',
      'cleared',
      'on_hold',
      'cancelled',
    ]);
    expect(nextMilestones('general_trade', 'inspection', 'staff')).toEqual([
      'cleared',
      'on_hold',
      'rejected_returned',
      'destroyed',
      'cancelled',
    ]);
    expect(nextMilestones('general_trade', at('on_hold', 'inspection'), 'staff')).toEqual([
      'inspection',
      'rejected_returned',
      'destroyed',
      'cancelled',
    ]);
    expect(nextMilestones('general_trade', at('on_hold', 'inspection'), 'seller')).toEqual([]);
  });
});

describe('exceptions need a reason', () => {
  it.each(SHIPMENT_EXCEPTIONS.map((e) => [e] as const))('%s', (target) => {
    const from = target === 'rejected_returned' || target === 'destroyed' ? 'inspection' : 'shipped';
    for (const reason of [undefined, '', '   ']) {
      expect(recordMilestone('general_trade', from, target, ctx({ reason }))).toEqual({
        ok: false,
        code: 'reason_required',
        error: `Give a reason for marking the shipment “${STATUS_LABELS[target]}”.`,
      });
    }
    expect(recordMilestone('general_trade', from, target, ctx({ reason: 'Pests found' })).ok).toBe(true);
  });

  it('a release needs no reason', () => {
    expect(recordMilestone('general_trade', at('on_hold', 'shipped'), 'shipped', ctx({ reason: undefined })).ok).toBe(
      true,
    );
  });
});

describe('dates', () => {
  const pos: ShipmentPosition = { status: 'shipped', enteredAt: new Date('2026-11-01T08:00:00Z'), heldFrom: null };

  it('refuses a date in the future, allowing a few minutes of clock difference', () => {
    expect(
      recordMilestone('general_trade', pos, 'arrived_cn_port', ctx({ occurredAt: '2026-11-26T12:00:00Z' })),
    ).toEqual({
      ok: false,
      code: 'future_date',
      error: 'The date and time of “Arrived at the China port” cannot be in the future.',
    });
    expect(
      recordMilestone('general_trade', pos, 'arrived_cn_port', ctx({ occurredAt: '2026-11-25T12:05:01Z' })),
    ).toMatchObject({ code: 'future_date' });
    expect(
      recordMilestone('general_trade', pos, 'arrived_cn_port', ctx({ occurredAt: '2026-11-25T12:05:00Z' })).ok,
    ).toBe(true);
  });

  it('refuses a date before the previous milestone; the same instant is fine', () => {
    expect(
      recordMilestone('general_trade', pos, 'arrived_cn_port', ctx({ occurredAt: '2026-11-01T07:59:59Z' })),
    ).toEqual({
      ok: false,
      code: 'before_previous',
      error:
        '“Arrived at the China port” cannot be earlier than “Shipped”, which was recorded for 2026-11-01 08:00 UTC.',
    });
    expect(
      recordMilestone('general_trade', pos, 'arrived_cn_port', ctx({ occurredAt: '2026-11-01T08:00:00Z' })),
    ).toMatchObject({
      ok: true,
      occurredAt: new Date('2026-11-01T08:00:00Z'),
    });
  });

  it('applies to exceptions too, and refuses invalid dates', () => {
    expect(recordMilestone('general_trade', pos, 'on_hold', ctx({ occurredAt: '2026-10-01T00:00:00Z' }))).toMatchObject(
      { code: 'before_previous' },
    );
    expect(recordMilestone('general_trade', pos, 'on_hold', ctx({ occurredAt: 'yesterday' }))).toMatchObject({
      code: 'invalid_date',
      error: 'Enter a valid date and time.',
    });
    expect(recordMilestone('general_trade', pos, 'on_hold', ctx({ now: 'nope' }))).toMatchObject({
      code: 'invalid_date',
    });
  });
});

describe('documents before documents_ready, shipped and customs_declared', () => {
  it.each([
    ['general_trade', 'documents_in_progress', 'documents_ready'],
    ['general_trade', 'eei_filed', 'shipped'],
    ['general_trade', 'arrived_cn_port', 'customs_declared'],
    ['cbec_bonded', 'in_bonded_warehouse', 'customs_declared'],
  ] as const)('%s: %s → %s', (flow, from, target) => {
    expect(
      recordMilestone(
        flow,
        from,
        target,
        ctx({ documentsReady: false, missingDocuments: ['Commercial invoice', 'Packing list'] }),
      ),
    ).toEqual({
      ok: false,
      code: 'documents_missing',
      error: `You cannot record “${STATUS_LABELS[target]}” until the required documents are uploaded or marked not applicable: Commercial invoice, Packing list.`,
    });
    expect(
      recordMilestone(flow, from, target, ctx({ documentsReady: undefined, missingDocuments: undefined })),
    ).toMatchObject({
      code: 'documents_missing',
      error: `You cannot record “${STATUS_LABELS[target]}” until the required documents are uploaded or marked not applicable.`,
    });
    expect(recordMilestone(flow, from, target, full).ok).toBe(true);
  });

  it('other steps do not look at documents', () => {
    expect(recordMilestone('general_trade', 'shipped', 'arrived_cn_port', ctx({ documentsReady: false })).ok).toBe(
      true,
    );
    expect(recordMilestone('general_trade', 'draft', 'documents_in_progress', ctx({ documentsReady: false })).ok).toBe(
      true,
    );
  });
});

describe('EEI evidence', () => {
  const filed = (over: Partial<MilestoneContext>) =>
    recordMilestone('general_trade', 'documents_ready', 'eei_filed', ctx(over));

  it('needs the ITN when EEI is required, or when nobody said it is not', () => {
    for (const eeiRequired of [true, undefined]) {
      expect(filed({ eeiRequired, itn: undefined })).toEqual({
        ok: false,
        code: 'itn_required',
        error: 'Enter the ITN (Internal Transaction Number) that AES returned for the EEI filing.',
      });
    }
    expect(filed({ itn: ITN }).ok).toBe(true);
  });

  it.each([
    'X2026112012345',
    'X202611201234567',
    'Y20261120123456',
    'X2026112012345A',
    'X20261320123456',
    'X20260230123456',
    'AES X20261120123456',
  ])('refuses ITN %s', (itn) => {
    expect(filed({ itn })).toEqual({
      ok: false,
      code: 'itn_invalid',
      error: `“${itn}” is not an ITN. An ITN is the letter X, the date AES accepted the filing (YYYYMMDD) and six digits, e.g. X20261125123456.`,
    });
  });

  it('validates the ITN shape and its date', () => {
    expect(isValidItn('X20190308366903')).toBe(true);
    expect(isValidItn(' x20190308366903 ')).toBe(true);
    expect(isValidItn('X20240229000001')).toBe(true);
    expect(isValidItn('X20230229000001')).toBe(false);
  });

  it('below the threshold, the exemption legend is the evidence (an ITN also does)', () => {
    expect(filed({ eeiRequired: false, itn: undefined, eeiExemption: undefined })).toMatchObject({
      code: 'exemption_required',
      error:
        'No EEI filing is needed for this shipment: enter the exemption legend shown on the documents, e.g. “NOEEI 15 CFR 30.37(a)”.',
    });
    expect(filed({ eeiRequired: false, itn: undefined, eeiExemption: 'exempt' })).toMatchObject({
      code: 'exemption_required',
    });
    expect(filed({ eeiRequired: false, itn: undefined, eeiExemption: 'NOEEI 15 CFR 30.37(a)' }).ok).toBe(true);
    expect(filed({ eeiRequired: false, itn: undefined, eeiExemption: 'noeei 30.37(a)' }).ok).toBe(true);
    expect(filed({ eeiRequired: false, itn: ITN }).ok).toBe(true);
  });
});

describe('shipped evidence', () => {
  const ship = (over: Partial<MilestoneContext>) => recordMilestone('general_trade', 'eei_filed', 'shipped', ctx(over));

  it('needs the ITN before departure when EEI is required', () => {
    expect(ship({ itn: undefined })).toEqual({
      ok: false,
      code: 'itn_required',
      error:
        'You cannot record “Shipped” without the ITN: the EEI must be filed in AES before the goods leave, because a Schedule B number in this shipment is over USD 2,500.',
    });
    expect(ship({ itn: ' ' })).toMatchObject({ code: 'itn_required' });
    expect(ship({ itn: 'X1' })).toMatchObject({ code: 'itn_invalid' });
    expect(ship({ itn: undefined, eeiRequired: false }).ok).toBe(true);
  });

  it('needs the carrier and the mode', () => {
    expect(ship({ carrier: ' ' })).toMatchObject({ code: 'carrier_required', error: 'Enter the carrier.' });
    expect(ship({ mode: undefined })).toMatchObject({
      code: 'mode_required',
      error: 'Choose how the goods travel: sea, air or parcel.',
    });
  });

  it('sea needs the B/L number', () => {
    expect(ship({ transportNumber: undefined })).toMatchObject({
      code: 'transport_number_required',
      error: 'Enter the bill of lading (B/L) number.',
    });
  });

  it('air needs the air waybill, and an IATA number must pass its check digit', () => {
    expect(ship({ mode: 'air', transportNumber: '' })).toMatchObject({ error: 'Enter the air waybill (AWB) number.' });
    expect(ship({ mode: 'air', transportNumber: '176-12345675' }).ok).toBe(true);
    expect(ship({ mode: 'air', transportNumber: '17612345675' }).ok).toBe(true);
    expect(ship({ mode: 'air', transportNumber: 'HAWB-CHI-88213' }).ok).toBe(true);
    expect(ship({ mode: 'air', transportNumber: '176-12345676' })).toEqual({
      ok: false,
      code: 'transport_number_invalid',
      error:
        'Air waybill 176-12345676 fails its check digit (the last digit is the 7-digit serial number divided by 7, remainder). Check the number for a typo.',
    });
    expect(airWaybillError('020-81140743')).toBeNull();
  });

  it('parcel needs the tracking number (not a B/L)', () => {
    expect(ship({ mode: 'parcel', trackingNumber: undefined, transportNumber: undefined })).toMatchObject({
      code: 'tracking_number_required',
      error: 'Enter the parcel tracking number.',
    });
    expect(ship({ mode: 'parcel', transportNumber: undefined }).ok).toBe(true);
  });

  it('tells the form which evidence to ask for', () => {
    expect(requiredEvidence('shipped', { mode: 'sea', eeiRequired: true })).toEqual([
      'itn',
      'carrier',
      'transportNumber',
    ]);
    expect(requiredEvidence('shipped', { mode: 'parcel', eeiRequired: false })).toEqual(['carrier', 'trackingNumber']);
    expect(requiredEvidence('shipped')).toEqual(['itn', 'carrier', 'transportNumber']);
    expect(requiredEvidence('eei_filed', { eeiRequired: false })).toEqual(['eeiExemption']);
    expect(requiredEvidence('eei_filed', {})).toEqual(['itn']);
    expect(requiredEvidence('on_hold')).toEqual(['reason']);
    expect(requiredEvidence('delivered')).toEqual([]);
  });
});

describe('status helpers', () => {
  it('labels every status in plain English', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...SHIPMENT_STATUSES].sort());
    for (const text of Object.values(STATUS_LABELS)) expect(text).toMatch(/^[A-Z][a-z A-Z]+$/);
  });

  it('knows the terminal statuses', () => {
    expect(SHIPMENT_STATUSES.filter(isTerminal)).toEqual(TERMINALS);
  });

  it('every flow starts at draft and ends at delivered, in the milestone order', () => {
    for (const flow of SHIPMENT_FLOWS) {
      const steps = FLOW_STEPS[flow];
      expect(steps[0]).toBe('draft');
      expect(steps[steps.length - 1]).toBe('delivered');
      expect([...steps].sort((a, b) => SHIPMENT_MILESTONES.indexOf(a) - SHIPMENT_MILESTONES.indexOf(b))).toEqual(steps);
    }
  });
});

// --- events ---------------------------------------------------------------------------------------

let seq = 0;
type WithoutId<E> = E extends ShipmentEvent ? Omit<E, 'id'> & { id?: string } : never;
const ev = (e: WithoutId<ShipmentEvent>): ShipmentEvent => ({ id: `e${++seq}`, ...e }) as ShipmentEvent;
const m = (status: ShipmentMilestone, occurredAt: string, id?: string): ShipmentEvent =>
  ev({ kind: 'milestone', status, occurredAt, ...(id ? { id } : {}) });

describe('currentStatus folds the append-only history', () => {
  it('no events: a draft', () => {
    expect(currentStatus('general_trade', [])).toEqual({
      status: 'draft',
      enteredAt: null,
      heldFrom: null,
      eventId: null,
      voided: [],
      ignored: [],
    });
  });

  it('a Michigan blueberry general-trade shipment from draft to delivered', () => {
    const steps = FLOW_STEPS.general_trade.slice(1);
    const events = steps.map((s, i) => m(s, `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00Z`, s));
    const state = currentStatus('general_trade', events);
    expect(state).toMatchObject({
      status: 'delivered',
      enteredAt: new Date('2026-10-10T09:00:00Z'),
      eventId: 'delivered',
      ignored: [],
    });
  });

  it('a bonded wine shipment through the bonded warehouse, with a hold on the way', () => {
    const events: ShipmentEvent[] = [
      m('documents_in_progress', '2026-09-01T00:00:00Z'),
      m('documents_ready', '2026-09-05T00:00:00Z'),
      m('eei_filed', '2026-09-06T00:00:00Z'),
      m('shipped', '2026-09-07T00:00:00Z'),
      m('arrived_cn_port', '2026-10-10T00:00:00Z'),
      ev({
        kind: 'exception',
        status: 'on_hold',
        reason: 'Back label missing importer name',
        occurredAt: '2026-10-11T00:00:00Z',
        id: 'hold',
      }),
    ];
    expect(currentStatus('cbec_bonded', events)).toMatchObject({
      status: 'on_hold',
      heldFrom: 'arrived_cn_port',
      eventId: 'hold',
    });
    events.push(ev({ kind: 'release', status: 'arrived_cn_port', occurredAt: '2026-10-14T00:00:00Z' }));
    expect(currentStatus('cbec_bonded', events)).toMatchObject({
      status: 'arrived_cn_port',
      heldFrom: null,
      enteredAt: new Date('2026-10-14T00:00:00Z'),
    });
    events.push(
      m('in_bonded_warehouse', '2026-10-15T00:00:00Z'),
      m('customs_declared', '2026-11-01T00:00:00Z'),
      m('cleared', '2026-11-01T06:00:00Z'),
    );
    expect(currentStatus('cbec_bonded', events)).toMatchObject({ status: 'cleared', ignored: [] });
  });

  it('a correction voids the latest step and keeps it in the history', () => {
    const events: ShipmentEvent[] = [
      m('documents_in_progress', '2026-09-01T00:00:00Z', 'a'),
      m('documents_ready', '2026-09-02T00:00:00Z', 'b'),
      ev({
        kind: 'correction',
        corrects: 'b',
        reason: 'Packing list was the wrong version',
        occurredAt: '2026-09-03T00:00:00Z',
        id: 'c',
      }),
    ];
    const before = structuredClone(events);
    const state = currentStatus('general_trade', events);
    expect(state).toMatchObject({
      status: 'documents_in_progress',
      enteredAt: new Date('2026-09-01T00:00:00Z'),
      eventId: 'a',
      voided: ['b'],
    });
    expect(events).toEqual(before);
    expect(correctionOf(events).get('b')).toMatchObject({ id: 'c', reason: 'Packing list was the wrong version' });

    events.push(m('documents_ready', '2026-09-04T00:00:00Z', 'd'));
    expect(currentStatus('general_trade', events)).toMatchObject({
      status: 'documents_ready',
      eventId: 'd',
      voided: ['b'],
    });
  });

  it('corrections step back one event at a time, through holds and releases', () => {
    const events: ShipmentEvent[] = [
      m('documents_in_progress', '2026-09-01T00:00:00Z', 'a'),
      ev({ kind: 'exception', status: 'on_hold', reason: 'x', occurredAt: '2026-09-02T00:00:00Z', id: 'h' }),
      ev({ kind: 'release', status: 'documents_in_progress', occurredAt: '2026-09-03T00:00:00Z', id: 'r' }),
      ev({
        kind: 'correction',
        corrects: 'r',
        reason: 'released by mistake',
        occurredAt: '2026-09-04T00:00:00Z',
        id: 'c1',
      }),
    ];
    expect(currentStatus('general_trade', events)).toMatchObject({
      status: 'on_hold',
      heldFrom: 'documents_in_progress',
      voided: ['r'],
    });
    events.push(
      ev({ kind: 'correction', corrects: 'h', reason: 'wrong shipment', occurredAt: '2026-09-04T00:00:00Z', id: 'c2' }),
    );
    expect(currentStatus('general_trade', events)).toMatchObject({
      status: 'documents_in_progress',
      eventId: 'a',
      voided: ['r', 'h'],
    });
  });

  it('a cancelled shipment can be un-cancelled by correcting the cancellation', () => {
    const events: ShipmentEvent[] = [
      m('documents_in_progress', '2026-09-01T00:00:00Z', 'a'),
      ev({
        kind: 'exception',
        status: 'cancelled',
        reason: 'buyer withdrew',
        occurredAt: '2026-09-02T00:00:00Z',
        id: 'x',
      }),
      ev({ kind: 'correction', corrects: 'x', reason: 'buyer came back', occurredAt: '2026-09-03T00:00:00Z' }),
    ];
    expect(currentStatus('general_trade', events)).toMatchObject({ status: 'documents_in_progress', voided: ['x'] });
  });

  it('ignores what does not fit the machine instead of guessing', () => {
    const events: ShipmentEvent[] = [
      m('documents_in_progress', '2026-09-01T00:00:00Z', 'a'),
      m('shipped', '2026-09-02T00:00:00Z', 'skip'),
      m('documents_ready', '2026-09-03T00:00:00Z', 'b'),
      m('documents_ready', '2026-09-03T00:00:00Z', 'b'),
      ev({ kind: 'correction', corrects: 'a', reason: 'not the latest', occurredAt: '2026-09-04T00:00:00Z', id: 'c' }),
      ev({ kind: 'correction', corrects: 'nope', reason: 'unknown', occurredAt: '2026-09-04T00:00:00Z', id: 'c2' }),
      ev({ kind: 'release', status: 'eei_filed', occurredAt: '2026-09-05T00:00:00Z', id: 'rel' }),
      m('in_bonded_warehouse', '2026-09-05T00:00:00Z', 'bond'),
      m('eei_filed', 'not a date', 'bad'),
    ];
    const state = currentStatus('general_trade', events);
    expect(state).toMatchObject({ status: 'documents_ready', eventId: 'b', voided: [] });
    expect(state.ignored.map((i) => i.eventId)).toEqual(['skip', 'b', 'c', 'c2', 'rel', 'bond', 'bad']);
    expect(state.ignored.find((i) => i.eventId === 'skip')?.reason).toBe(
      'You cannot record “Shipped” before “Documents ready”.',
    );
    expect(state.ignored.find((i) => i.eventId === 'rel')?.reason).toBe('Expected a milestone event for “EEI filed”.');
  });
});

describe('correctEvent', () => {
  const events: ShipmentEvent[] = [
    m('documents_in_progress', '2026-09-01T00:00:00Z', 'a'),
    m('documents_ready', '2026-09-02T00:00:00Z', 'b'),
    m('eei_filed', '2026-09-03T00:00:00Z', 'c'),
  ];

  it('voids the latest step, returning the state it leads to', () => {
    const r = correctEvent('general_trade', events, 'c', { actor: 'seller', reason: 'Wrong ITN' });
    expect(r).toMatchObject({ ok: true, state: { status: 'documents_ready', eventId: 'b', voided: ['c'] } });
  });

  it('refuses anything but the latest effective step, with a reason, by someone allowed', () => {
    expect(correctEvent('general_trade', events, 'zz', { actor: 'staff', reason: 'x' })).toMatchObject({
      code: 'not_found',
    });
    expect(correctEvent('general_trade', events, 'a', { actor: 'staff', reason: 'x' })).toEqual({
      ok: false,
      code: 'not_latest',
      error: 'Only the latest step can be corrected; correct the latest step (“EEI filed”) first.',
    });
    expect(correctEvent('general_trade', events, 'c', { actor: 'staff', reason: '  ' })).toMatchObject({
      code: 'reason_required',
    });

    const corrected: ShipmentEvent[] = [
      ...events,
      ev({ kind: 'correction', corrects: 'c', reason: 'x', occurredAt: '2026-09-04T00:00:00Z', id: 'k' }),
    ];
    expect(correctEvent('general_trade', corrected, 'c', { actor: 'staff', reason: 'x' })).toMatchObject({
      code: 'not_correctable',
    });
    expect(correctEvent('general_trade', corrected, 'k', { actor: 'staff', reason: 'x' })).toMatchObject({
      code: 'not_correctable',
    });
  });

  it('staff-recorded customs steps are corrected by staff only', () => {
    const customs: ShipmentEvent[] = [
      ...events,
      m('shipped', '2026-09-04T00:00:00Z'),
      m('arrived_cn_port', '2026-09-20T00:00:00Z'),
      m('customs_declared', '2026-09-21T00:00:00Z', 'cd'),
    ];
    expect(correctEvent('general_trade', customs, 'cd', { actor: 'seller', reason: 'x' })).toEqual({
      ok: false,
      code: 'staff_only',
      error: 'Only portal staff can correct “Declared to China customs”.',
    });
    expect(correctEvent('general_trade', customs, 'cd', { actor: 'staff', reason: 'x' })).toMatchObject({
      ok: true,
      state: { status: 'arrived_cn_port' },
    });
  });
});
