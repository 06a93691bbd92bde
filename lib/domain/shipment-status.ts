import { SHIPMENT_EVIDENCE_FORMATS, type ChannelCode, type ShipmentDocumentGate } from '@/lib/rules';

/**
 * The export-shipment milestone machine (reference §8, "export-status lifecycle").
 * A shipment's history is an append-only list of events; its status is folded from them and
 * mistakes are undone by a correction event, never by editing or deleting one.
 */

export const SHIPMENT_MILESTONES = [
  'draft',
  'documents_in_progress',
  'documents_ready',
  'eei_filed',
  'shipped',
  'arrived_cn_port',
  'in_bonded_warehouse',
  'customs_declared',
  'inspection',
  'cleared',
  'out_for_delivery',
  'delivered',
] as const;
export type ShipmentMilestone = (typeof SHIPMENT_MILESTONES)[number];

export const SHIPMENT_EXCEPTIONS = ['on_hold', 'rejected_returned', 'destroyed', 'cancelled'] as const;
export type ShipmentException = (typeof SHIPMENT_EXCEPTIONS)[number];

export const SHIPMENT_STATUSES = [...SHIPMENT_MILESTONES, ...SHIPMENT_EXCEPTIONS] as const;
export type ShipmentStatus = ShipmentMilestone | ShipmentException;

export const SHIPMENT_FLOWS = ['general_trade', 'cbec_bonded', 'cbec_direct'] as const satisfies readonly ChannelCode[];
export type ShipmentFlow = (typeof SHIPMENT_FLOWS)[number];

export const TRANSPORT_MODES = ['sea', 'air', 'parcel'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export type Actor = 'seller' | 'staff';

export const STATUS_LABELS: Record<ShipmentStatus, string> = {
  draft: 'Draft',
  documents_in_progress: 'Documents in progress',
  documents_ready: 'Documents ready',
  eei_filed: 'EEI filed',
  shipped: 'Shipped',
  arrived_cn_port: 'Arrived at the China port',
  in_bonded_warehouse: 'In the bonded warehouse',
  customs_declared: 'Declared to China customs',
  inspection: 'Inspection and quarantine',
  cleared: 'Cleared by customs',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  on_hold: 'On hold',
  rejected_returned: 'Rejected and returned',
  destroyed: 'Destroyed',
  cancelled: 'Cancelled',
};

export const FLOW_LABELS: Record<ShipmentFlow, string> = {
  general_trade: 'General trade',
  cbec_bonded: 'Cross-border e-commerce, bonded warehouse (1210)',
  cbec_direct: 'Cross-border e-commerce, direct mail (9610)',
};

const COMMON_START = [
  'draft',
  'documents_in_progress',
  'documents_ready',
  'eei_filed',
  'shipped',
  'arrived_cn_port',
] as const;
const CUSTOMS_TO_DELIVERY = ['customs_declared', 'inspection', 'cleared', 'out_for_delivery', 'delivered'] as const;

/**
 * Steps of each flow in order. Bonded (1210): the stock shipment is exported, arrives and enters the
 * bonded warehouse before consumer orders; each order is then declared, cleared and delivered from
 * there (§8 rows 8a and 13, transition note) [S17][S15].
 */
export const FLOW_STEPS: Record<ShipmentFlow, readonly ShipmentMilestone[]> = {
  general_trade: [...COMMON_START, ...CUSTOMS_TO_DELIVERY],
  cbec_bonded: [...COMMON_START, 'in_bonded_warehouse', ...CUSTOMS_TO_DELIVERY],
  cbec_direct: [...COMMON_START, ...CUSTOMS_TO_DELIVERY],
};

/**
 * Steps that may be skipped. Cross-border orders clear on the platform's declaration list, filed by
 * the platform or its agent (express clearance for parcels) [S17][S8]; the reference lists inspection
 * for every flow but a CBEC order is inspected only when customs selects it — a portal design choice.
 * Bonded stock was already quarantined on entry to the warehouse (§8 row 8a) [S15].
 */
export const OPTIONAL_STEPS: Record<ShipmentFlow, readonly ShipmentMilestone[]> = {
  general_trade: [],
  cbec_bonded: ['inspection'],
  cbec_direct: ['inspection'],
};

/** Milestones where the documents due by then must all be uploaded or marked not applicable. */
export const DOCUMENT_GATES = [
  'documents_ready',
  'shipped',
  'customs_declared',
] as const satisfies readonly (ShipmentDocumentGate & ShipmentMilestone)[];

// Customs-side steps and outcomes are recorded by staff from customs' or the platform's notice (issue 6).
const STAFF_ONLY: ReadonlySet<ShipmentStatus> = new Set([
  'customs_declared',
  'inspection',
  'cleared',
  'on_hold',
  'rejected_returned',
  'destroyed',
]);

const TERMINAL: ReadonlySet<ShipmentStatus> = new Set(['delivered', 'rejected_returned', 'destroyed', 'cancelled']);

// §8 transitions: only inspection leads to rejection or destruction; hold and cancel apply anywhere.
const REJECTABLE_AT: ReadonlySet<ShipmentStatus> = new Set(['inspection']);

/** Statuses a seller may still cancel from: nothing has left the US yet. */
const SELLER_CANCELLABLE: ReadonlySet<ShipmentStatus> = new Set([
  'draft',
  'documents_in_progress',
  'documents_ready',
  'eei_filed',
]);

// A user's clock and the server's differ by seconds to minutes; a few minutes ahead is not "the future".
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function isShipmentStatus(value: string): value is ShipmentStatus {
  return (SHIPMENT_STATUSES as readonly string[]).includes(value);
}

export function isException(status: ShipmentStatus): status is ShipmentException {
  return (SHIPMENT_EXCEPTIONS as readonly string[]).includes(status);
}

/** Statuses of shipments still under way (not delivered, returned, destroyed or cancelled). */
export const OPEN_SHIPMENT_STATUSES: readonly ShipmentStatus[] = SHIPMENT_STATUSES.filter((s) => !TERMINAL.has(s));

export function isTerminal(status: ShipmentStatus): boolean {
  return TERMINAL.has(status);
}

/** Only staff may record this status; cancelling is for sellers too, but only before the goods ship. */
export function staffOnly(status: ShipmentStatus): boolean {
  return STAFF_ONLY.has(status);
}

export function appliesToFlow(flow: ShipmentFlow, status: ShipmentStatus): boolean {
  return isException(status) || FLOW_STEPS[flow].includes(status);
}

/** Where a shipment stands: its status, when it got there, and the status a hold was placed at. */
export interface ShipmentPosition {
  status: ShipmentStatus;
  enteredAt: Date | null;
  heldFrom: ShipmentMilestone | null;
}

export type Instant = Date | string;

export interface MilestoneContext {
  actor: Actor;
  occurredAt: Instant;
  now: Instant;
  mode?: TransportMode;
  /** Exceptions (hold, rejection, destruction, cancellation). */
  reason?: string;
  /** At documents_ready, shipped and customs_declared: every document due by then is uploaded or marked not applicable. */
  documentsReady?: boolean;
  /** Titles of the documents still missing, for the message. */
  missingDocuments?: readonly string[];
  /** Any Schedule B number over the EEI threshold (or a licence needed); unknown counts as required. */
  eeiRequired?: boolean;
  itn?: string;
  /** The exemption legend when no EEI is required, e.g. "NOEEI 15 CFR 30.37(a)". */
  eeiExemption?: string;
  carrier?: string;
  /** Bill of lading (sea) or air waybill (air) number. */
  transportNumber?: string;
  /** Parcel tracking number. */
  trackingNumber?: string;
}

export type RecordErrorCode =
  | 'not_in_flow'
  | 'already_recorded'
  | 'out_of_order'
  | 'terminal'
  | 'on_hold'
  | 'not_allowed'
  | 'staff_only'
  | 'reason_required'
  | 'invalid_date'
  | 'future_date'
  | 'before_previous'
  | 'documents_missing'
  | 'itn_required'
  | 'itn_invalid'
  | 'exemption_required'
  | 'carrier_required'
  | 'mode_required'
  | 'transport_number_required'
  | 'transport_number_invalid'
  | 'tracking_number_required';

export type EventKind = 'milestone' | 'exception' | 'release';

export type RecordResult =
  | { ok: true; kind: EventKind; from: ShipmentStatus; to: ShipmentStatus; occurredAt: Date }
  | { ok: false; code: RecordErrorCode; error: string };

type Refusal = { ok: false; code: RecordErrorCode; error: string };
const refuse = (code: RecordErrorCode, error: string): Refusal => ({ ok: false, code, error });
const q = (status: ShipmentStatus) => `“${STATUS_LABELS[status]}”`;

function position(current: ShipmentStatus | ShipmentPosition): ShipmentPosition {
  return typeof current === 'string' ? { status: current, enteredAt: null, heldFrom: null } : current;
}

/**
 * Where the shipment may go next, structurally (no evidence, dates or documents checked):
 * the next step (and the one after a skippable step), a hold's release back to where it was held,
 * and the exceptions. With `actor`, only what that actor may record.
 */
export function nextMilestones(
  flow: ShipmentFlow,
  current: ShipmentStatus | ShipmentPosition,
  actor?: Actor,
): ShipmentStatus[] {
  const pos = position(current);
  const out = SHIPMENT_STATUSES.filter((target) => 'kind' in structuralMove(flow, pos, target));
  return actor ? out.filter((target) => mayRecord(actor, pos, target) === null) : out;
}

/** Validate and describe recording `target` now; the caller appends the event with `kind` on success. */
export function recordMilestone(
  flow: ShipmentFlow,
  current: ShipmentStatus | ShipmentPosition,
  target: ShipmentStatus,
  ctx: MilestoneContext,
): RecordResult {
  const pos = position(current);
  const move = structuralMove(flow, pos, target);
  if (!('kind' in move)) return move;

  const actorError = mayRecord(ctx.actor, pos, target);
  if (actorError) return actorError;

  if (move.kind === 'exception' && !ctx.reason?.trim()) {
    return refuse('reason_required', `Give a reason for marking the shipment ${q(target)}.`);
  }

  const when = checkTime(pos, target, ctx);
  if (!(when instanceof Date)) return when;

  if (move.kind === 'milestone') {
    const evidence = checkEvidence(target as ShipmentMilestone, ctx);
    if (evidence) return evidence;
  }
  return { ok: true, kind: move.kind, from: pos.status, to: target, occurredAt: when };
}

/** The evidence fields the form for `target` must ask for. */
export function requiredEvidence(
  target: ShipmentStatus,
  opts: { mode?: TransportMode; eeiRequired?: boolean } = {},
): ('reason' | 'itn' | 'eeiExemption' | 'carrier' | 'transportNumber' | 'trackingNumber')[] {
  if (isException(target)) return ['reason'];
  if (target === 'eei_filed') return [opts.eeiRequired === false ? 'eeiExemption' : 'itn'];
  if (target === 'shipped') {
    return [
      ...(opts.eeiRequired === false ? [] : (['itn'] as const)),
      'carrier',
      opts.mode === 'parcel' ? 'trackingNumber' : 'transportNumber',
    ];
  }
  return [];
}

/** ITN as AES returns it: X + acceptance date YYYYMMDD + 6 digits (see SHIPMENT_EVIDENCE_FORMATS). */
export function isValidItn(value: string): boolean {
  const m = SHIPMENT_EVIDENCE_FORMATS.itn.pattern.exec(value.trim().toUpperCase());
  if (!m) return false;
  const [, y, mo, d] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === `${y}-${mo}-${d}`;
}

/** An 11-digit IATA master air waybill must pass its mod-7 check digit; other (house) waybill numbers are free text. */
export function airWaybillError(value: string): string | null {
  const m = SHIPMENT_EVIDENCE_FORMATS.airWaybill.pattern.exec(value.trim());
  if (!m) return null;
  const [, prefix, serial, check] = m;
  if (Number(serial) % 7 === Number(check)) return null;
  return `Air waybill ${prefix}-${serial}${check} fails its check digit (the last digit is the 7-digit serial number divided by 7, remainder). Check the number for a typo.`;
}

// --- transitions ---------------------------------------------------------------------------------

type Move = { kind: EventKind } | Refusal;

function structuralMove(flow: ShipmentFlow, pos: ShipmentPosition, target: ShipmentStatus): Move {
  const { status } = pos;
  if (!appliesToFlow(flow, target)) {
    return refuse('not_in_flow', `${q(target)} does not apply to ${FLOW_LABELS[flow].toLowerCase()} shipments.`);
  }
  if (isTerminal(status)) {
    return refuse(
      'terminal',
      `This shipment is ${STATUS_LABELS[status].toLowerCase()}; nothing more can be recorded. To fix a mistake, record a correction.`,
    );
  }
  if (status === 'on_hold') return moveFromHold(flow, pos, target);

  if (isException(target)) {
    if ((target === 'rejected_returned' || target === 'destroyed') && !REJECTABLE_AT.has(status)) {
      return refuse(
        'not_allowed',
        `A shipment can only be ${STATUS_LABELS[target].toLowerCase()} after customs inspection, not while ${q(status)}.`,
      );
    }
    return { kind: 'exception' };
  }
  return forwardMove(flow, status as ShipmentMilestone, target);
}

function forwardMove(flow: ShipmentFlow, from: ShipmentMilestone, target: ShipmentMilestone): Move {
  const steps = FLOW_STEPS[flow];
  const fromIndex = steps.indexOf(from);
  const targetIndex = steps.indexOf(target);
  if (fromIndex < 0)
    return refuse('not_in_flow', `${q(from)} does not apply to ${FLOW_LABELS[flow].toLowerCase()} shipments.`);
  if (targetIndex === fromIndex) return refuse('already_recorded', `The shipment is already ${q(target)}.`);
  if (targetIndex < fromIndex) {
    return refuse(
      'already_recorded',
      `${q(target)} is already behind this shipment (it is ${q(from)}). To undo a step, record a correction.`,
    );
  }
  const skipped = steps.slice(fromIndex + 1, targetIndex).find((s) => !OPTIONAL_STEPS[flow].includes(s));
  if (skipped) return refuse('out_of_order', `You cannot record ${q(target)} before ${q(skipped)}.`);
  return { kind: 'milestone' };
}

function moveFromHold(flow: ShipmentFlow, pos: ShipmentPosition, target: ShipmentStatus): Move {
  const held = pos.heldFrom;
  if (target === 'on_hold') return refuse('already_recorded', 'The shipment is already on hold.');
  if (target === 'cancelled') return { kind: 'exception' };
  if (target === 'rejected_returned' || target === 'destroyed') {
    return held && REJECTABLE_AT.has(held)
      ? { kind: 'exception' }
      : refuse(
          'not_allowed',
          `A shipment can only be ${STATUS_LABELS[target].toLowerCase()} after customs inspection.`,
        );
  }
  if (held === null)
    return refuse(
      'on_hold',
      'The shipment is on hold and it is not known where it was held; record a correction of the hold.',
    );
  if (target === held) return { kind: 'release' };
  return refuse(
    'on_hold',
    `The shipment is on hold at ${q(held)}. Release the hold (back to ${q(held)}) before recording ${q(target)}.`,
  );
}

function mayRecord(actor: Actor, pos: ShipmentPosition, target: ShipmentStatus): Refusal | null {
  if (actor === 'staff') return null;
  if (staffOnly(target)) {
    return refuse(
      'staff_only',
      `Only portal staff can record ${q(target)}: it comes from China customs or the platform. Tell us when you hear from your importer or forwarder.`,
    );
  }
  if (pos.status === 'on_hold') {
    return refuse('staff_only', 'Only portal staff can release or change a shipment on hold.');
  }
  if (target === 'cancelled' && !SELLER_CANCELLABLE.has(pos.status)) {
    return refuse(
      'staff_only',
      `The goods have already left the US (${q(pos.status)}), so only portal staff can cancel this shipment.`,
    );
  }
  return null;
}

// --- dates and evidence ----------------------------------------------------------------------------

function toDate(value: Instant): Date | null {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function checkTime(pos: ShipmentPosition, target: ShipmentStatus, ctx: MilestoneContext): Date | Refusal {
  const when = toDate(ctx.occurredAt);
  const now = toDate(ctx.now);
  if (!when || !now) return refuse('invalid_date', 'Enter a valid date and time.');
  if (when.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return refuse('future_date', `The date and time of ${q(target)} cannot be in the future.`);
  }
  if (pos.enteredAt && when.getTime() < pos.enteredAt.getTime()) {
    return refuse(
      'before_previous',
      `${q(target)} cannot be earlier than ${q(pos.status)}, which was recorded for ${formatInstant(pos.enteredAt)}.`,
    );
  }
  return when;
}

function checkEvidence(target: ShipmentMilestone, ctx: MilestoneContext): Refusal | null {
  if ((DOCUMENT_GATES as readonly string[]).includes(target) && ctx.documentsReady !== true) {
    const missing = ctx.missingDocuments?.length ? `: ${ctx.missingDocuments.join(', ')}` : '';
    return refuse(
      'documents_missing',
      `You cannot record ${q(target)} until the required documents are uploaded or marked not applicable${missing}.`,
    );
  }
  const eeiRequired = ctx.eeiRequired !== false;
  if (target === 'eei_filed') {
    const itn = ctx.itn?.trim();
    if (itn) return isValidItn(itn) ? null : itnInvalid(itn);
    if (eeiRequired) {
      return refuse(
        'itn_required',
        'Enter the ITN (Internal Transaction Number) that AES returned for the EEI filing.',
      );
    }
    return /^NOEEI\s+(15\s+CFR\s+)?30\.\d+/i.test(ctx.eeiExemption?.trim() ?? '')
      ? null
      : refuse(
          'exemption_required',
          'No EEI filing is needed for this shipment: enter the exemption legend shown on the documents, e.g. “NOEEI 15 CFR 30.37(a)”.',
        );
  }
  if (target === 'shipped') {
    const itn = ctx.itn?.trim();
    if (eeiRequired && !itn) {
      return refuse(
        'itn_required',
        `You cannot record ${q('shipped')} without the ITN: the EEI must be filed in AES before the goods leave, because a Schedule B number in this shipment is over USD 2,500.`,
      );
    }
    if (itn && !isValidItn(itn)) return itnInvalid(itn);
    if (!ctx.carrier?.trim()) return refuse('carrier_required', 'Enter the carrier.');
    if (!ctx.mode) return refuse('mode_required', 'Choose how the goods travel: sea, air or parcel.');
    if (ctx.mode === 'parcel') {
      return ctx.trackingNumber?.trim()
        ? null
        : refuse('tracking_number_required', 'Enter the parcel tracking number.');
    }
    const number = ctx.transportNumber?.trim();
    const name = ctx.mode === 'sea' ? 'bill of lading (B/L)' : 'air waybill (AWB)';
    if (!number) return refuse('transport_number_required', `Enter the ${name} number.`);
    const awb = ctx.mode === 'air' ? airWaybillError(number) : null;
    return awb ? refuse('transport_number_invalid', awb) : null;
  }
  return null;
}

function itnInvalid(itn: string): Refusal {
  return refuse(
    'itn_invalid',
    `“${itn}” is not an ITN. An ITN is the letter X, the date AES accepted the filing (YYYYMMDD) and six digits, e.g. ${SHIPMENT_EVIDENCE_FORMATS.itn.example}.`,
  );
}

// --- events -------------------------------------------------------------------------------------------

interface EventBase {
  id: string;
  occurredAt: Instant;
}
export interface MilestoneEvent extends EventBase {
  kind: 'milestone';
  status: ShipmentMilestone;
}
export interface ExceptionEvent extends EventBase {
  kind: 'exception';
  status: ShipmentException;
  reason: string;
}
/** Lifts a hold; `status` is the status the hold was placed at. */
export interface ReleaseEvent extends EventBase {
  kind: 'release';
  status: ShipmentMilestone;
}
/** Voids an earlier event (only the latest effective one); the voided event stays in the history. */
export interface CorrectionEvent extends EventBase {
  kind: 'correction';
  corrects: string;
  reason: string;
}
export type ShipmentEvent = MilestoneEvent | ExceptionEvent | ReleaseEvent | CorrectionEvent;
type StateEvent = Exclude<ShipmentEvent, CorrectionEvent>;

export interface ShipmentState extends ShipmentPosition {
  /** The effective event that set the current status (null = draft with no events). */
  eventId: string | null;
  /** Ids of events voided by a correction. */
  voided: string[];
  /** Events that do not fit the machine (should not happen: recordMilestone and correctEvent guard writes). */
  ignored: { eventId: string; reason: string }[];
}

/** Voided event id → the correction that voided it. */
export function correctionOf(events: readonly ShipmentEvent[]): Map<string, CorrectionEvent> {
  const out = new Map<string, CorrectionEvent>();
  for (const event of events)
    if (event.kind === 'correction' && !out.has(event.corrects)) out.set(event.corrects, event);
  return out;
}

/**
 * Fold the append-only events (in the order they were appended) into the current status.
 * A release puts the shipment back at the status it was held at, entered at the release's time.
 */
export function currentStatus(flow: ShipmentFlow, events: readonly ShipmentEvent[]): ShipmentState {
  const initial: ShipmentPosition & { eventId: string | null } = {
    status: 'draft',
    enteredAt: null,
    heldFrom: null,
    eventId: null,
  };
  const stack = [initial];
  const voided: string[] = [];
  const ignored: ShipmentState['ignored'] = [];
  const seen = new Set<string>();

  for (const event of events) {
    const top = stack[stack.length - 1] ?? initial;
    if (seen.has(event.id)) {
      ignored.push({ eventId: event.id, reason: 'Duplicate event id.' });
      continue;
    }
    seen.add(event.id);
    if (event.kind === 'correction') {
      if (stack.length > 1 && top.eventId === event.corrects) {
        stack.pop();
        voided.push(event.corrects);
      } else {
        ignored.push({ eventId: event.id, reason: 'A correction may only void the latest effective event.' });
      }
      continue;
    }
    const next = applyEvent(flow, top, event);
    if ('reason' in next) ignored.push({ eventId: event.id, reason: next.reason });
    else stack.push(next);
  }
  const top = stack[stack.length - 1] ?? initial;
  return { ...top, voided, ignored };
}

function applyEvent(
  flow: ShipmentFlow,
  pos: ShipmentPosition,
  event: StateEvent,
): (ShipmentPosition & { eventId: string }) | { reason: string } {
  const move = structuralMove(flow, pos, event.status);
  if (!('kind' in move)) return { reason: move.error };
  if (move.kind !== event.kind) return { reason: `Expected a ${move.kind} event for ${q(event.status)}.` };
  const enteredAt = toDate(event.occurredAt);
  if (!enteredAt) return { reason: 'Invalid date.' };
  if (event.kind === 'release') return { status: event.status, enteredAt, heldFrom: null, eventId: event.id };
  if (event.status === 'on_hold') {
    return { status: 'on_hold', enteredAt, heldFrom: pos.status as ShipmentMilestone, eventId: event.id };
  }
  return { status: event.status, enteredAt, heldFrom: null, eventId: event.id };
}

export type CorrectionResult =
  | { ok: true; state: ShipmentState }
  | {
      ok: false;
      code: 'not_found' | 'not_correctable' | 'not_latest' | 'reason_required' | 'staff_only';
      error: string;
    };

/**
 * Check a correction of `eventId` before appending `{ kind: 'correction', corrects: eventId, reason }`.
 * Only the latest effective event may be voided, so the status always steps back one event at a time.
 */
export function correctEvent(
  flow: ShipmentFlow,
  events: readonly ShipmentEvent[],
  eventId: string,
  ctx: { actor: Actor; reason: string },
): CorrectionResult {
  const target = events.find((e) => e.id === eventId);
  if (!target) return { ok: false, code: 'not_found', error: 'That event is not in this shipment’s history.' };
  if (target.kind === 'correction') {
    return {
      ok: false,
      code: 'not_correctable',
      error: 'A correction cannot itself be corrected; record the step again instead.',
    };
  }
  const state = currentStatus(flow, events);
  if (state.voided.includes(eventId))
    return { ok: false, code: 'not_correctable', error: 'That event has already been corrected.' };
  if (state.eventId !== eventId) {
    const latest = events.find((e) => e.id === state.eventId);
    const name = latest && latest.kind !== 'correction' ? ` (${q(latest.status)})` : '';
    return {
      ok: false,
      code: 'not_latest',
      error: `Only the latest step can be corrected; correct the latest step${name} first.`,
    };
  }
  if (!ctx.reason.trim())
    return { ok: false, code: 'reason_required', error: 'Say what was wrong: a correction needs a reason.' };
  if (ctx.actor === 'seller' && (staffOnly(target.status) || target.kind === 'release')) {
    return { ok: false, code: 'staff_only', error: `Only portal staff can correct ${q(target.status)}.` };
  }
  const correction: CorrectionEvent = {
    id: `${eventId}#correction`,
    kind: 'correction',
    corrects: eventId,
    reason: ctx.reason,
    occurredAt: new Date(0),
  };
  return { ok: true, state: currentStatus(flow, [...events, correction]) };
}
