import {
  CATEGORY_CODES,
  CHANNEL_CODES,
  categoryOfHs6,
  RULES_COVER_FROM,
  US_STATES,
  type CategoryCode,
  type CbecListing,
  type ChannelCode,
  type FruitAccessRule,
  type Party,
  type ProductRule,
  type RateFact,
  type RuleSet,
  type Source,
  type SourceKind,
} from '@/lib/rules';

/**
 * Changes a rules editor may propose to the rule set. Each is effective from a date and cites a source;
 * applying one never rewrites the past: the fact in force is closed the day before and a new period opens,
 * so answers for earlier dates still give what was in force then.
 */
export const RULE_CHANGE_KINDS = [
  'add_product',
  'fruit_access_state',
  'mfn_rate',
  'cbec_listing',
  'add_requirement',
] as const;
export type RuleChangeKind = (typeof RULE_CHANGE_KINDS)[number];

export const RULE_CHANGE_LABELS: Record<RuleChangeKind, string> = {
  add_product: 'Add a product to the catalogue',
  fruit_access_state: 'Fresh fruit: market access for a new state',
  mfn_rate: 'China MFN tariff rate',
  cbec_listing: 'CBEC positive-list status',
  add_requirement: 'A new required certificate or document',
};

export type RuleChange =
  | { kind: 'add_product'; hs6: string; en: string; zh: string; keywords: string[] }
  | { kind: 'fruit_access_state'; hs6: string; state: string; treatment: boolean }
  | { kind: 'mfn_rate'; hs6: string; rate: string }
  | { kind: 'cbec_listing'; hs6: string; status: 'listed' | 'not_listed'; bondedOnly: boolean }
  | {
      kind: 'add_requirement';
      code: string;
      title: string;
      providedBy: Party;
      categories: CategoryCode[];
      channels: ChannelCode[];
    };

export interface NewSource {
  title: string;
  url: string;
  kind: SourceKind;
  date: string | null;
}

/** Where a change comes from: an existing source id, or a new source; and the first day it is in force. */
export interface ChangeProvenance {
  effectiveFrom: string;
  sourceId?: string;
  newSource?: NewSource;
}

/** A change that cannot apply to the rule set as it is (a product already there, a fruit not found …). */
export class RuleChangeError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The rule set with the change applied, as version `version`. Pure; throws RuleChangeError. */
export function applyRuleChange(rules: RuleSet, change: RuleChange, prov: ChangeProvenance, version: string): RuleSet {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(prov.effectiveFrom) || prov.effectiveFrom < RULES_COVER_FROM)
    throw new RuleChangeError(`Effective date must be a date from ${RULES_COVER_FROM}.`, 'effectiveFrom');
  const { sources, sourceId } = withSource(rules, prov, categoriesOf(rules, change));
  const next: RuleSet = { ...rules, sources, version };
  const from = prov.effectiveFrom;
  const fact = { sources: [sourceId], effectiveFrom: from, verified: true } as const;

  switch (change.kind) {
    case 'add_product': {
      if (rules.products.some((p) => p.hs6 === change.hs6))
        throw new RuleChangeError(`HS ${change.hs6} is already in the catalogue.`, 'hs6');
      const category = categoryOfHs6(change.hs6);
      if (!category) throw new RuleChangeError(`HS ${change.hs6} is in none of the portal’s categories.`, 'hs6');
      const product: ProductRule = {
        assessed: false,
        hs6: change.hs6,
        name: { en: change.en, zh: change.zh },
        category,
        keywords: change.keywords,
        tags: [],
        cbec: [],
      };
      return { ...next, products: [...rules.products, product] };
    }
    case 'fruit_access_state': {
      const product = productOrThrow(rules, change.hs6);
      if (product.category !== 'fresh_fruit')
        throw new RuleChangeError(`HS ${change.hs6} is not a fresh fruit.`, 'hs6');
      if (!Object.hasOwn(US_STATES, change.state)) throw new RuleChangeError('State must be a US state.', 'state');
      const matching = rules.fruitAccess.filter((r) => change.hs6.startsWith(r.hsPrefix));
      const current = matching.find((r) => inPeriod(r, from)) ?? null;
      if (current && (current.states === 'all' || current.states.includes(change.state)))
        throw new RuleChangeError(
          `${US_STATES[change.state as keyof typeof US_STATES].en} already has access on that date.`,
          'state',
        );
      const treatmentStates = [...(current?.treatmentStates ?? []), ...(change.treatment ? [change.state] : [])];
      const opened: FruitAccessRule = {
        hsPrefix: current?.hsPrefix ?? change.hs6,
        fruit: current?.fruit ?? product.name.en.toLowerCase(),
        states: [...(current && current.states !== 'all' ? current.states : []), change.state],
        ...(treatmentStates.length ? { treatmentStates } : {}),
        ...fact,
        sources: current ? [...current.sources, sourceId] : [sourceId],
        note: `${change.state} added from ${from}.`,
      };
      const fruitAccess = rules.fruitAccess.map((r) => (r === current ? closeBefore(r, from) : r));
      return { ...next, fruitAccess: [...fruitAccess, opened] };
    }
    case 'mfn_rate': {
      const product = productOrThrow(rules, change.hs6);
      if (!product.assessed)
        throw new RuleChangeError(`HS ${change.hs6} is not assessed yet: its rules must be researched first.`, 'hs6');
      const rate: RateFact = { rate: change.rate, ...fact };
      const mfn = [...product.mfn.map((f) => (inPeriod(f, from) ? closeBefore(f, from) : f)), rate];
      return withProduct(next, { ...product, mfn });
    }
    case 'cbec_listing': {
      const product = productOrThrow(rules, change.hs6);
      const period: CbecListing = { status: change.status, bondedOnly: change.bondedOnly, ...fact };
      const cbec = [...product.cbec.map((c) => (inPeriod(c, from) ? closeBefore(c, from) : c)), period];
      return withProduct(next, { ...product, cbec } as ProductRule);
    }
    case 'add_requirement': {
      if (rules.shipmentRequirements.some((r) => r.code === change.code))
        throw new RuleChangeError(`A requirement with the code ${change.code} already exists.`, 'code');
      return {
        ...next,
        shipmentRequirements: [
          ...rules.shipmentRequirements,
          {
            code: change.code,
            title: change.title,
            providedBy: change.providedBy,
            ...(change.categories.length ? { categories: change.categories } : {}),
            ...(change.channels.length ? { channels: change.channels } : {}),
            ...fact,
          },
        ],
      };
    }
  }
}

/** One line for lists and the history: what the change does. */
export function describeRuleChange(change: RuleChange): string {
  switch (change.kind) {
    case 'add_product':
      return `Add HS ${change.hs6} “${change.en}” (${change.zh}) to the catalogue, not assessed yet`;
    case 'fruit_access_state':
      return `HS ${change.hs6}: China market access for fresh fruit from ${change.state}${change.treatment ? ' (with a quarantine treatment)' : ''}`;
    case 'mfn_rate':
      return `HS ${change.hs6}: China MFN tariff ${formatPercent(change.rate)}`;
    case 'cbec_listing':
      return `HS ${change.hs6}: ${change.status === 'listed' ? 'on' : 'not on'} the CBEC positive list${change.status === 'listed' && change.bondedOnly ? ' (bonded import only)' : ''}`;
    case 'add_requirement':
      return `New requirement “${change.title}” (${change.code}) for ${change.categories.length ? change.categories.join(', ') : 'every category'}, ${change.channels.length ? change.channels.join(', ') : 'every channel'}`;
  }
}

function formatPercent(rate: string): string {
  return `${(Number(rate) * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

function categoriesOf(rules: RuleSet, change: RuleChange): readonly CategoryCode[] | undefined {
  if (change.kind === 'add_requirement') return change.categories.length ? change.categories : undefined;
  const category = rules.products.find((p) => p.hs6 === change.hs6)?.category ?? categoryOfHs6(change.hs6);
  return category ? [category] : undefined;
}

/** The source the change cites: an existing one, or a new one added as E1, E2 … (about the change's categories). */
function withSource(
  rules: RuleSet,
  prov: ChangeProvenance,
  categories: readonly CategoryCode[] | undefined,
): { sources: RuleSet['sources']; sourceId: string } {
  if (prov.newSource) {
    const n = Object.keys(rules.sources).filter((id) => /^E\d+$/.test(id)).length + 1;
    const id = `E${n}`;
    const source: Source = { ...prov.newSource, ...(categories ? { categories } : {}) };
    return { sources: { ...rules.sources, [id]: source }, sourceId: id };
  }
  if (!prov.sourceId || !Object.hasOwn(rules.sources, prov.sourceId))
    throw new RuleChangeError('Source must be one on record, or a new source with its address.', 'sourceId');
  return { sources: rules.sources, sourceId: prov.sourceId };
}

function productOrThrow(rules: RuleSet, hs6: string): ProductRule {
  const p = rules.products.find((x) => x.hs6 === hs6);
  if (!p) throw new RuleChangeError(`HS ${hs6} is not in the catalogue; add the product first.`, 'hs6');
  return p;
}

function withProduct(rules: RuleSet, product: ProductRule): RuleSet {
  return { ...rules, products: rules.products.map((p) => (p.hs6 === product.hs6 ? product : p)) };
}

function inPeriod(f: { effectiveFrom: string; effectiveTo?: string }, date: string): boolean {
  return f.effectiveFrom <= date && (!f.effectiveTo || date <= f.effectiveTo);
}

/** The fact, ending the day before `date`; a fact starting that very day cannot be closed before it. */
function closeBefore<T extends { effectiveFrom: string; effectiveTo?: string }>(f: T, date: string): T {
  if (f.effectiveFrom >= date)
    throw new RuleChangeError(
      `The fact in force already starts on ${f.effectiveFrom}; choose a later date.`,
      'effectiveFrom',
    );
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return { ...f, effectiveTo: d.toISOString().slice(0, 10) };
}

export const RULE_CHANGE_CATEGORY_CODES = CATEGORY_CODES;
export const RULE_CHANGE_CHANNEL_CODES = CHANNEL_CODES;
