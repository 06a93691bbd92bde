import type { CategoryCode } from '@/lib/rules';
import type { ExportRules } from './export-rules';
import { checkShipment, missingDocuments, type ShipmentDocument } from './shipment-documents';
import {
  FLOW_STEPS,
  type ShipmentEvent,
  type ShipmentFlow,
  type ShipmentMilestone,
  type ShipmentStatus,
} from './shipment-status';

// What a shipment's rows mean to the rules: the engine's inputs from its lines, the state machine's
// events from its event rows, and which required documents are satisfied. Pure: the queries and the
// mutations both use them.

/** What the rules engine needs of a shipment line. */
export interface LineFacts {
  hs6: string;
  originState: string;
  valueUsdCents: number;
  category: string;
  childrensWear: boolean;
}

export function lineInputs(lines: readonly LineFacts[]) {
  return lines.map((l) => ({
    hs6: l.hs6,
    originState: l.originState,
    valueUsd: l.valueUsdCents / 100,
    category: l.category as CategoryCode,
    childrensWear: l.childrensWear,
  }));
}

/** Domain events from rows (notes are not part of the machine). */
export function toDomainEvents(
  rows: readonly {
    id: string;
    kind: string;
    corrects: string | null;
    reason: string | null;
    status: string | null;
    occurredAt: Date;
  }[],
): ShipmentEvent[] {
  const out: ShipmentEvent[] = [];
  for (const r of rows) {
    if (r.kind === 'correction' && r.corrects)
      out.push({
        id: r.id,
        kind: 'correction',
        corrects: r.corrects,
        reason: r.reason ?? '',
        occurredAt: r.occurredAt,
      });
    else if (r.kind === 'exception')
      out.push({
        id: r.id,
        kind: 'exception',
        status: r.status as never,
        reason: r.reason ?? '',
        occurredAt: r.occurredAt,
      });
    else if (r.kind === 'milestone' || r.kind === 'release')
      out.push({ id: r.id, kind: r.kind, status: r.status as ShipmentMilestone, occurredAt: r.occurredAt });
  }
  return out;
}

/** Required documents (rules engine) joined with their rows; which are satisfied. */
export function documentStatus<R extends { code: string; state: string }>(
  s: { channel: ShipmentFlow; status: ShipmentStatus; heldFrom: string | null },
  lines: readonly LineFacts[],
  rows: readonly R[],
  rules: ExportRules,
) {
  const check = checkShipment({ channel: s.channel, lines: lineInputs(lines) }, rules);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const docs = check.documents.map((d) => ({ rule: d, row: byCode.get(d.code) ?? null }));
  const satisfied = rows.filter((r) => r.state !== 'missing').map((r) => r.code);
  // The "EEI filed" milestone can only be recorded with a valid ITN, so once the shipment is past it
  // the EEI filing requirement is met by that evidence; asking for a separate upload would be asking twice.
  const steps = FLOW_STEPS[s.channel] as readonly string[];
  const at = steps.indexOf(s.heldFrom ?? s.status);
  if (at >= 0 && at >= steps.indexOf('eei_filed')) satisfied.push('eei_filing');
  return { check, docs, satisfied };
}

export function missingFor(
  flow: ShipmentFlow,
  target: ShipmentStatus,
  documents: ShipmentDocument[],
  satisfied: string[],
) {
  if (!(FLOW_STEPS[flow] as readonly string[]).includes(target)) return [];
  return missingDocuments(flow, target as ShipmentMilestone, documents, satisfied);
}
