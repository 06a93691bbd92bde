import {
  EEI_EXEMPTION,
  EEI_THRESHOLD,
  SHIPMENT_DOCUMENT_RULES,
  SOURCES,
  type CategoryCode,
  type Party,
  type ShipmentDocumentGate,
} from '@/lib/rules';
import type { SourceRef } from './export-rules';
import { normalizeHsCode, RULES_COVER_FROM, SEED_EXPORT_RULES, type Blocker, type ExportRules } from './export-rules';
import { formatFixed, toMinorUnits } from './money';
import { FLOW_STEPS, type ShipmentFlow, type ShipmentMilestone } from './shipment-status';

export interface ShipmentLineInput {
  /** HS-6 of the listing's product (a longer code is accepted and cut to 6 digits). */
  hs6: string;
  /** Full 10-digit Schedule B number, when known: the EEI threshold applies per Schedule B number. */
  scheduleB?: string;
  originState: string;
  /** Value of the line in USD, at most 2 decimals. */
  valueUsd: number;
  category: CategoryCode;
  /** The listing is flagged as children's wear: its shipments need the GB 31701 report too. */
  childrensWear?: boolean;
}

export interface ShipmentDocumentsInput {
  channel: ShipmentFlow;
  lines: readonly ShipmentLineInput[];
  /** YYYY-MM-DD the rules are taken at; defaults to today (UTC). */
  date?: string;
}

export interface ShipmentDocument {
  code: string;
  title: string;
  providedBy: Party;
  source: string;
  sources: SourceRef[];
  official: boolean;
  sourceUrl?: string;
  effectiveFrom: string;
  effectiveTo?: string;
  verified: boolean;
  requiredBefore: ShipmentDocumentGate;
  hasIssueDate: boolean;
  hasExpiry: boolean;
  notApplicableAllowed: boolean;
  /** Indexes of the lines that need it. */
  lines: number[];
}

export interface EeiGroup {
  /** The 10-digit Schedule B number, or `hs6:XXXXXX` when the lines give only the HS-6. */
  key: string;
  valueUsd: string;
  lines: number[];
  overThreshold: boolean;
}

export interface ShipmentCheck {
  documents: ShipmentDocument[];
  /** Reasons a line cannot go through this channel at all (e.g. no market access for the fruit from that state). */
  blockers: (Blocker & { line: number })[];
  eeiRequired: boolean;
  eeiGroups: EeiGroup[];
}

/**
 * Documents, blockers and the EEI decision for a shipment, from the export rules engine per line.
 *
 * EEI is due when the value per Schedule B number exceeds USD 2,500 (reference §6 step 4; 15 CFR
 * 30.37(a)) [S114][S125]: lines sharing a Schedule B number are added up. Lines that give only an
 * HS-6 are grouped by HS-6, which may join lines that differ in the last four Schedule B digits —
 * that errs towards filing, never towards a missed filing.
 */
export function checkShipment(input: ShipmentDocumentsInput, engine: ExportRules = SEED_EXPORT_RULES): ShipmentCheck {
  if (!input.lines.length) throw new RangeError('A shipment needs at least one line');
  const groups = eeiGroups(input.lines);
  const groupOf = new Map(groups.flatMap((g) => g.lines.map((line) => [line, g] as const)));

  const documents = new Map<string, ShipmentDocument>();
  const blockers: ShipmentCheck['blockers'] = [];
  input.lines.forEach((line, index) => {
    const group = groupOf.get(index);
    const check = engine.checkExport({
      hs: line.hs6,
      state: line.originState,
      channel: input.channel,
      valueUsd: group ? Number(group.valueUsd) : line.valueUsd,
      childrensWear: line.childrensWear,
      date: input.date,
    });
    // A line the rules cannot answer for (a listing saved before its code was checked against the catalogue)
    // is a reason the shipment cannot go, said to the seller; never an exception.
    if (!check.product || check.product.category !== line.category) {
      const blocker = check.results[0]?.blockers[0];
      blockers.push({
        code: 'unknown_product',
        message: check.product
          ? `HS ${check.product.hs6} is ${check.product.category.replace('_', ' ')} in the catalogue, but the listing says ${line.category.replace('_', ' ')}; correct the listing’s HS code or category.`
          : `HS ${line.hs6} is not in the product catalogue, so its export documents cannot be worked out. Correct the listing’s HS code, or ask us about this product.`,
        source: blocker?.source ?? 'UNVERIFIED',
        sources: blocker?.sources ?? [],
        official: false,
        effectiveFrom: blocker?.effectiveFrom ?? RULES_COVER_FROM,
        verified: true,
        line: index,
      });
      return;
    }
    const result = check.results[0];
    if (!result) return;
    for (const blocker of result.blockers) blockers.push({ ...blocker, line: index });
    for (const req of result.requirements) {
      const doc: ShipmentDocument = { ...req, ...documentRule(req.code, req.verified), lines: [index] };
      merge(documents, doc);
    }
  });

  const eeiRequired = groups.some((g) => g.overThreshold);
  if (!eeiRequired) {
    const url = SOURCES[EEI_EXEMPTION.sources[0]].url;
    merge(documents, {
      code: EEI_EXEMPTION.code,
      title: EEI_EXEMPTION.title,
      providedBy: EEI_EXEMPTION.providedBy,
      source: EEI_EXEMPTION.sources.join(', '),
      sources: EEI_EXEMPTION.sources.map((id) => ({ id, ...SOURCES[id] })),
      official: EEI_EXEMPTION.sources.some((id) => SOURCES[id].kind === 'primary'),
      ...(url ? { sourceUrl: url } : {}),
      effectiveFrom: EEI_EXEMPTION.effectiveFrom,
      verified: EEI_EXEMPTION.verified,
      ...documentRule(EEI_EXEMPTION.code, EEI_EXEMPTION.verified),
      lines: input.lines.map((_, i) => i),
    });
  }
  return { documents: [...documents.values()], blockers, eeiRequired, eeiGroups: groups };
}

/** The de-duplicated list of documents a shipment needs (see checkShipment). */
export function requiredShipmentDocuments(input: ShipmentDocumentsInput): ShipmentDocument[] {
  return checkShipment(input).documents;
}

/** Lines grouped by Schedule B number (or HS-6) with their summed value, compared with the EEI threshold. */
export function eeiGroups(lines: readonly ShipmentLineInput[]): EeiGroup[] {
  const thresholdCents = BigInt(EEI_THRESHOLD.usd) * 100n;
  const sums = new Map<string, { cents: bigint; lines: number[] }>();
  lines.forEach((line, index) => {
    const key = groupKey(line, index);
    const entry = sums.get(key) ?? { cents: 0n, lines: [] };
    entry.cents += toMinorUnits(line.valueUsd, `lines[${index}].valueUsd`);
    entry.lines.push(index);
    sums.set(key, entry);
  });
  return [...sums].map(([key, { cents, lines: idx }]) => ({
    key,
    valueUsd: formatFixed(cents, 2),
    lines: idx,
    overThreshold: cents > thresholdCents,
  }));
}

/**
 * The documents due by `milestone` in this flow that are not yet satisfied (uploaded or marked not
 * applicable) — pass `documentsReady: missing.length === 0` and their titles to recordMilestone.
 */
export function missingDocuments(
  flow: ShipmentFlow,
  milestone: ShipmentMilestone,
  documents: readonly ShipmentDocument[],
  satisfied: Iterable<string>,
): ShipmentDocument[] {
  const done = new Set(satisfied);
  return documentsDueBy(flow, milestone, documents).filter((d) => !done.has(d.code));
}

/** The documents that must be satisfied before `milestone` can be recorded in this flow. */
export function documentsDueBy(
  flow: ShipmentFlow,
  milestone: ShipmentMilestone,
  documents: readonly ShipmentDocument[],
): ShipmentDocument[] {
  const steps = FLOW_STEPS[flow];
  const at = steps.indexOf(milestone);
  if (at < 0) return [];
  return documents.filter((d) => {
    const gate = steps.indexOf(d.requiredBefore);
    return gate >= 0 && gate <= at;
  });
}

function groupKey(line: ShipmentLineInput, index: number): string {
  if (line.scheduleB !== undefined) {
    const digits = line.scheduleB.replace(/[.\s-]/g, '');
    if (!/^\d{10}$/.test(digits)) throw new RangeError(`lines[${index}].scheduleB must have 10 digits`);
    return digits;
  }
  const hs = normalizeHsCode(line.hs6);
  if (!hs) throw new RangeError(`lines[${index}].hs6 is not an HS code`);
  return `hs6:${hs.hs6}`;
}

// A requirement added without its own document rule (e.g. by a rules editor) is due before the documents
// are declared ready, with an issue date, and may be waived while it is unverified.
const DEFAULT_DOCUMENT_RULE = {
  requiredBefore: 'documents_ready',
  hasIssueDate: true,
  hasExpiry: false,
  notApplicableAllowed: false,
} as const;

function documentRule(code: string, verified: boolean) {
  const rule = SHIPMENT_DOCUMENT_RULES[code] ?? DEFAULT_DOCUMENT_RULE;
  return { ...rule, notApplicableAllowed: rule.notApplicableAllowed || !verified };
}

/** One entry per code: a verified occurrence wins over an unverified one; the lines are joined. */
function merge(into: Map<string, ShipmentDocument>, doc: ShipmentDocument): void {
  const existing = into.get(doc.code);
  if (!existing) {
    into.set(doc.code, doc);
    return;
  }
  const lines = [...new Set([...existing.lines, ...doc.lines])].sort((a, b) => a - b);
  into.set(doc.code, !existing.verified && doc.verified ? { ...doc, lines } : { ...existing, lines });
}
