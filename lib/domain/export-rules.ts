import {
  CATEGORIES,
  CATEGORY_CODES,
  CBEC_IN_LIMIT_TAX,
  CHANNELS,
  CHANNEL_CODES,
  EEI_THRESHOLD,
  GACC_REGISTRATION,
  MIDWEST_STATES,
  RULES_COVER_FROM,
  RULES_VERSION,
  SEED_RULES,
  US_ADDITIONAL_TARIFFS,
  US_STATES,
  type AssessedProduct,
  type CategoryCode,
  type CbecListing,
  type ChannelCode,
  type FruitAccessRule,
  type Party,
  type ProductRule,
  type RuleSet,
  type ShipmentCondition,
  type Source,
  type Sourced,
  type UsStateCode,
} from '@/lib/rules';
import { normalizeHsCode } from './hs-code';
import { applyRatio, formatFixed, formatRate, parseRate, RATE_SCALE, toMinorUnits, type Ratio } from './money';

export { CATEGORIES, CHANNELS, RULES_COVER_FROM, RULES_VERSION, US_STATES };
export { normalizeHsCode, type HsCode } from './hs-code';
export type { CategoryCode, ChannelCode, Party, RuleSet, UsStateCode };
export type Channel = ChannelCode;

/** A cited source as the answer shows it: only a primary source is ever called official. */
export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  kind: Source['kind'];
}

/** Where an answer's facts come from. */
interface Cited {
  /** Source ids, "S77, S78"; "UNVERIFIED" when none. */
  source: string;
  sources: SourceRef[];
  /** At least one cited source is primary (a regulator or government body); otherwise it rests on secondary sources only. */
  official: boolean;
}

export interface Blocker extends Cited {
  code: BlockerCode;
  message: string;
  effectiveFrom: string;
  verified: boolean;
}

export type BlockerCode =
  | 'unknown_product'
  | 'restricted_product'
  | 'no_market_access'
  | 'fresh_requires_bonded'
  | 'not_on_positive_list'
  | 'over_order_limit'
  | 'over_annual_limit';

export interface Requirement extends Cited {
  code: string;
  title: string;
  providedBy: Party;
  /** The first official source's address, else the first source's. */
  sourceUrl?: string;
  effectiveFrom: string;
  effectiveTo?: string;
  verified: boolean;
}

export interface Tax {
  basis: 'cbec_composite' | 'general_trade';
  /** Tax as a share of the dutiable price, 4 decimals; null when a rate it needs is UNVERIFIED. */
  rate: string | null;
  amountCny: string | null;
  /** Price × quantity the tax is computed on (CBEC: retail price incl. freight; general trade: CIF value). */
  dutiableCny: string;
  withinLimits: boolean;
  verified: boolean;
  notes: string[];
}

/**
 * eligible: the rules allow it; blocked: a rule forbids it (blockers say which); not_assessed: the product
 * is real but its China-side rules have not been researched — never a block.
 */
export type ChannelStatus = 'eligible' | 'blocked' | 'not_assessed';

export interface ChannelResult {
  channel: ChannelCode;
  status: ChannelStatus;
  /** status === 'eligible'. */
  eligible: boolean;
  blockers: Blocker[];
  /** For a product not assessed: what applies to every product of its category in this channel. */
  requirements: Requirement[];
  /** Only when priceCny is given and the channel is eligible. */
  tax: Tax | null;
}

export interface CheckExportInput {
  hs: string;
  state: string;
  channel?: ChannelCode;
  /** Unit price in CNY, at most 2 decimals (CBEC: incl. freight and insurance share). */
  priceCny?: number;
  quantity?: number;
  /** Shipment value in USD per Schedule B line, for the EEI threshold. */
  valueUsd?: number;
  /** The listing is children's wear (ages 0–14): brings in GB 31701. */
  childrensWear?: boolean;
  /** YYYY-MM-DD; defaults to today (UTC). */
  date?: string;
}

/** Something the same grower may be able to sell instead of a blocked product, with the source that supports it. */
export interface Alternative extends Cited {
  hs6: string;
  name: { en: string; zh: string };
  reason: string;
}

export interface ExportCheck {
  query: {
    hs: string;
    hs6: string | null;
    state: UsStateCode;
    channels: ChannelCode[];
    priceCny: string | null;
    quantity: number;
    orderTotalCny: string | null;
    valueUsd: string | null;
    date: string;
  };
  product: ProductSummary | null;
  origin: { state: UsStateCode; name: { en: string; zh: string }; midwest: boolean };
  results: ChannelResult[];
  alternatives: Alternative[];
  rulesVersion: string;
}

export interface ProductSummary {
  hs6: string;
  name: { en: string; zh: string };
  category: CategoryCode;
  /** false: the code is real but its China-side rules have not been researched yet. */
  assessed: boolean;
}

export interface ApplicationRequirement extends Cited {
  code: string;
  title: string;
  why: string;
  kind: 'registration' | 'document';
  optional: boolean;
  sourceUrl?: string;
  effectiveFrom: string;
  effectiveTo?: string;
  verified: boolean;
  appliesTo: { categories: CategoryCode[]; channels: ChannelCode[] };
}

export function isUsStateCode(value: string): value is UsStateCode {
  return Object.hasOwn(US_STATES, value);
}

export function isMidwest(state: string): boolean {
  const code = state.trim().toUpperCase();
  return isUsStateCode(code) && MIDWEST_STATES.includes(code);
}

export interface ExportRules {
  readonly version: string;
  readonly rules: RuleSet;
  listProducts(): ProductSummary[];
  getProduct(hs: string): ProductSummary | null;
  searchProducts(q: string): ProductSummary[];
  checkExport(input: CheckExportInput): ExportCheck;
  requirementsForApplication(input: {
    categories: readonly CategoryCode[];
    channels: readonly ChannelCode[];
    /** The applicant's answer to "do you sell children's wear?"; undefined = not asked (shown as optional). */
    childrensWear?: boolean;
    date?: string;
  }): ApplicationRequirement[];
}

/** The engine over one rule set (pure: the same rules and input always give the same answer). */
export function createExportRules(rules: RuleSet): ExportRules {
  const byHs6 = new Map(rules.products.map((p) => [p.hs6, p]));
  const summaries = rules.products.map(summary);
  // Citations are built once per distinct list of source ids and shared by every answer (answers are read-only).
  const citations = new Map<string, Cited>();
  const citeCached = (ids: readonly string[]) => {
    const key = ids.join(',');
    let c = citations.get(key);
    if (!c) citations.set(key, (c = cite(rules, ids)));
    return c;
  };
  const fruitProducts = rules.products.filter((p) => p.category === 'fresh_fruit');
  // A definition's provenance for a set of categories never changes within a rule set: computed once.
  const provenances = new Map<object, Map<string, Provenance>>();
  const provenanceCached = (def: ScopedDef, categories: readonly CategoryCode[]): Provenance => {
    let byKey = provenances.get(def);
    if (!byKey) provenances.set(def, (byKey = new Map()));
    const key = categories.join(',');
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = provenance(citeCached, def, categories)));
    return p;
  };
  // Fruit access rules by HS prefix, oldest first (an editor's change adds a later period for the same fruit).
  const accessByPrefix = new Map<string, FruitAccessRule[]>();
  for (const r of [...rules.fruitAccess].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)))
    accessByPrefix.set(r.hsPrefix, [...(accessByPrefix.get(r.hsPrefix) ?? []), r]);
  const alternativesCache = new Map<string, Alternative | null>();
  const ctxBase = {
    rules,
    cite: citeCached,
    provenance: provenanceCached,
    fruitProducts,
    accessByPrefix,
    alternativesCache,
  };

  return {
    version: rules.version,
    rules,
    listProducts: () => summaries,
    getProduct(hs) {
      const code = normalizeHsCode(hs);
      const p = code ? byHs6.get(code.hs6) : undefined;
      return p ? summary(p) : null;
    },
    searchProducts(q) {
      const query = q.trim().toLowerCase();
      if (!query) return [];
      if (/^[\d.\s]+$/.test(query)) {
        const digits = query.replace(/[.\s]/g, '').slice(0, 6);
        return rules.products.filter((p) => p.hs6.startsWith(digits)).map(summary);
      }
      return rules.products
        .filter((p) =>
          [p.name.en.toLowerCase(), p.name.zh, ...p.keywords.map((k) => k.toLowerCase())].some((text) =>
            text.includes(query),
          ),
        )
        .map(summary);
    },
    checkExport(input) {
      const date = resolveDate(input.date);
      const state = input.state.trim().toUpperCase();
      if (!isUsStateCode(state)) throw new RangeError(`Unknown US state "${input.state}"`);
      if (input.channel !== undefined && !CHANNEL_CODES.includes(input.channel)) {
        throw new RangeError(`Unknown channel "${input.channel}"`);
      }
      const quantity = input.quantity ?? 1;
      if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError('quantity must be a positive integer');

      const hs = normalizeHsCode(input.hs);
      const product = hs ? (byHs6.get(hs.hs6) ?? null) : null;
      const priceFen = input.priceCny === undefined ? null : toMinorUnits(input.priceCny, 'priceCny');
      const orderFen = priceFen === null ? null : priceFen * BigInt(quantity);
      const valueCents = input.valueUsd === undefined ? null : toMinorUnits(input.valueUsd, 'valueUsd');
      const channels = input.channel ? [input.channel] : [...CHANNEL_CODES];

      const ctx: Context = {
        ...ctxBase,
        date,
        state,
        quantity,
        orderFen,
        valueCents,
        childrensWear: input.childrensWear === true,
      };
      const results = channels.map((channel) =>
        product ? evaluateChannel(ctx, product, channel) : unknownProduct(ctx, channel),
      );
      return {
        query: {
          hs: input.hs,
          hs6: hs?.hs6 ?? null,
          state,
          channels,
          priceCny: priceFen === null ? null : formatFixed(priceFen, 2),
          quantity,
          orderTotalCny: orderFen === null ? null : formatFixed(orderFen, 2),
          valueUsd: valueCents === null ? null : formatFixed(valueCents, 2),
          date,
        },
        product: product ? summary(product) : null,
        origin: { state, name: US_STATES[state], midwest: isMidwest(state) },
        results,
        alternatives:
          product && results.some((r) => r.blockers.some((b) => b.code === 'no_market_access'))
            ? alternativesFor(ctx, product)
            : [],
        rulesVersion: rules.version,
      };
    },
    requirementsForApplication(input) {
      const date = resolveDate(input.date);
      const categories = CATEGORY_CODES.filter((c) => input.categories.includes(c));
      const channels = CHANNEL_CODES.filter((c) => input.channels.includes(c));
      const defs = rules.applicationRequirements.filter((d) => !d.when || input.childrensWear !== false);
      return pickRequirements(defs, date, categories, channels).map(({ def, scope }) => ({
        code: def.code,
        title: def.title,
        why: def.why,
        kind: def.kind,
        // Asked and answered yes: required; not asked (an application from before the question): optional.
        optional: (def.optional ?? false) || (def.when !== undefined && input.childrensWear === undefined),
        ...provenanceCached(def, scope.categories),
        verified: isVerifiedIn(def, scope.categories, scope.channels),
        appliesTo: scope,
      }));
    },
  };
}

/** The engine over the shipped reference data, for code that has no rule set of its own (scripts, tests). */
export const SEED_EXPORT_RULES = createExportRules(SEED_RULES);
export const { listProducts, searchProducts, checkExport, requirementsForApplication } = SEED_EXPORT_RULES;

// ---------------------------------------------------------------------------------------------

interface Context {
  rules: RuleSet;
  cite: (ids: readonly string[]) => Cited;
  provenance: (def: ScopedDef, categories: readonly CategoryCode[]) => Provenance;
  fruitProducts: readonly ProductRule[];
  accessByPrefix: ReadonlyMap<string, readonly FruitAccessRule[]>;
  /** An alternative per (access rule, state): the same whatever the date it is asked on. */
  alternativesCache: Map<string, Alternative | null>;
  date: string;
  state: UsStateCode;
  quantity: number;
  orderFen: bigint | null;
  valueCents: bigint | null;
  childrensWear: boolean;
}

function summary(p: ProductRule): ProductSummary {
  return { hs6: p.hs6, name: p.name, category: p.category, assessed: p.assessed };
}

function unknownProduct(ctx: Context, channel: ChannelCode): ChannelResult {
  const blocker: Blocker = {
    code: 'unknown_product',
    message:
      'This HS code is not in the product catalogue, so no export rules can be checked for it. Check the code, or ask us about this product.',
    ...ctx.cite([]),
    effectiveFrom: RULES_COVER_FROM,
    verified: true,
  };
  return { channel, status: 'blocked', eligible: false, blockers: [blocker], requirements: [], tax: null };
}

function evaluateChannel(ctx: Context, product: ProductRule, channel: ChannelCode): ChannelResult {
  const blockers = blockersFor(ctx, product, channel);
  const status: ChannelStatus = blockers.length ? 'blocked' : product.assessed ? 'eligible' : 'not_assessed';
  return {
    channel,
    status,
    eligible: status === 'eligible',
    blockers,
    requirements: requirementsFor(ctx, product, channel),
    tax:
      status === 'eligible' && ctx.orderFen !== null && product.assessed
        ? taxFor(ctx, product, channel, ctx.orderFen)
        : null,
  };
}

const UNCHECKED_LISTING: CbecListing = {
  status: 'unconfirmed',
  bondedOnly: 'unconfirmed',
  sources: ['S11'],
  effectiveFrom: RULES_COVER_FROM,
  verified: false,
  note: 'Positive-list status of this product’s lines has not been checked (UNVERIFIED).',
};

/** The product's CBEC positive-list status on `date`; unchecked when no period covers it. */
function cbecAt(p: ProductRule, date: string): CbecListing {
  return p.cbec.find((period) => inPeriod(period, date)) ?? UNCHECKED_LISTING;
}

function blockersFor(ctx: Context, p: ProductRule, channel: ChannelCode): Blocker[] {
  const out: Blocker[] = [];
  const block = (code: BlockerCode, message: string, fact: Sourced, verified = fact.verified) =>
    out.push({
      code,
      message,
      ...ctx.cite(fact.sources),
      effectiveFrom: fact.effectiveFrom,
      verified,
    });

  if (p.tags.includes('meat')) {
    block(
      'restricted_product',
      'Meat products may only come from a plant approved by FSIS and listed by GACC; the portal cannot confirm a listing, so this product is restricted.',
      RESTRICTED_MEAT,
    );
  }
  if (p.category === 'fresh_fruit') {
    const access = fruitAccess(ctx, p.hs6);
    if (!access) {
      block('no_market_access', noAccessMessage(ctx, p, access), NOT_ON_REPORTED_LIST);
    } else if (
      ctx.date < access.effectiveFrom ||
      (access.effectiveTo !== undefined && ctx.date > access.effectiveTo) ||
      (access.states !== 'all' && !access.states.includes(ctx.state))
    ) {
      block('no_market_access', noAccessMessage(ctx, p, access), access);
    }
  }
  if (channel === 'general_trade') return out;

  const cbec = cbecAt(p, ctx.date);
  if (cbec.bondedOnly === true && channel === 'cbec_direct') {
    block(
      'fresh_requires_bonded',
      'Fresh food may only be sold cross-border through a bonded warehouse (1210), not by direct mail.',
      { ...cbec, verified: true },
    );
  }
  if (cbec.status === 'not_listed') {
    const later = p.cbec.find((period) => period.status === 'listed' && period.effectiveFrom > ctx.date);
    block(
      'not_on_positive_list',
      later
        ? `${p.name.en} is on the CBEC positive list only from ${later.effectiveFrom}.`
        : `${p.name.en} is not on the CBEC positive list.`,
      cbec,
    );
  }
  if (ctx.orderFen !== null) {
    const limit = periodAt(ctx.rules.cbecLimits, ctx.date);
    if (ctx.quantity > 1 && ctx.orderFen > BigInt(limit.perOrderCny) * 100n) {
      block(
        'over_order_limit',
        `An order of several items over RMB ${limit.perOrderCny.toLocaleString('en-US')} cannot go through CBEC; only a single item may exceed the per-order limit.`,
        limit,
      );
    }
    if (ctx.orderFen > BigInt(limit.annualCny) * 100n) {
      block(
        'over_annual_limit',
        `The order exceeds the RMB ${limit.annualCny.toLocaleString('en-US')} annual CBEC allowance per shopper and would be handled as general trade.`,
        limit,
      );
    }
  }
  return out;
}

// The reference gives no start date for the FSIS/GACC listing rule; it applies throughout the rule set.
const RESTRICTED_MEAT: Sourced = { sources: ['S110', 'S111', 'S112'], effectiveFrom: RULES_COVER_FROM, verified: true };
// A fruit absent from the reported access list: a protocol is needed [S15], but the reported list is not
// GACC's own (last seen updated 2024-01-29 [S53]), so absence is not confirmed.
const NOT_ON_REPORTED_LIST: Sourced = {
  sources: ['S15', 'S53'],
  effectiveFrom: RULES_COVER_FROM,
  verified: false,
};

/**
 * The access rule for this fruit on the context's date: the one in force; else, before the first one, the
 * earliest (access "only from"); else the last one that ended.
 */
function fruitAccess(ctx: Context, hs6: string): FruitAccessRule | undefined {
  const rules = ctx.accessByPrefix.get(hs6) ?? ctx.accessByPrefix.get(hs6.slice(0, 4));
  if (!rules || rules.length <= 1) return rules?.[0];
  return rules.find((r) => inPeriod(r, ctx.date)) ?? (ctx.date < rules[0]!.effectiveFrom ? rules[0] : rules.at(-1));
}

function noAccessMessage(ctx: Context, p: ProductRule, access: FruitAccessRule | undefined): string {
  const from = `${p.name.en} from ${US_STATES[ctx.state].en}`;
  if (!access)
    return `${from}: this fruit is not on the reported list of US fruits with China market access (each fruit needs a plant-quarantine protocol).`;
  if (ctx.date < access.effectiveFrom) return `${from}: China market access only from ${access.effectiveFrom}.`;
  if (access.effectiveTo !== undefined && ctx.date > access.effectiveTo)
    return `${from}: China market access ended ${access.effectiveTo}.`;
  return `${from}: no reported China market access (approved origins: ${access.states === 'all' ? 'all states' : access.states.join(', ')}).`;
}

/**
 * Fresh fruits the same state has reported access for, each with the source of that access: what a
 * grower blocked for one fruit may be able to sell instead. Only sourced access rules are offered.
 */
function alternativesFor(ctx: Context, blocked: ProductRule): Alternative[] {
  const out: Alternative[] = [];
  ctx.rules.fruitAccess.forEach((rule, i) => {
    if (blocked.hs6.startsWith(rule.hsPrefix) || !inPeriod(rule, ctx.date)) return;
    const key = `${i}|${ctx.state}`;
    let alternative = ctx.alternativesCache.get(key);
    if (alternative === undefined) {
      const product = ctx.fruitProducts.find((p) => p.hs6.startsWith(rule.hsPrefix));
      const open = rule.states === 'all' || rule.states.includes(ctx.state);
      const treatment = rule.treatmentStates?.includes(ctx.state) ? ' (with a quarantine treatment)' : '';
      alternative =
        product && open
          ? {
              hs6: product.hs6,
              name: product.name,
              reason: `Fresh ${rule.fruit} from ${rule.states === 'all' ? 'any US state' : US_STATES[ctx.state].en} have reported China market access${treatment} since ${rule.effectiveFrom}.`,
              ...ctx.cite(rule.sources),
            }
          : null;
      ctx.alternativesCache.set(key, alternative);
    }
    if (alternative) out.push(alternative);
  });
  return out;
}

function conditionsFor(ctx: Context, p: ProductRule, channel: ChannelCode): Set<ShipmentCondition> {
  const conditions = new Set<ShipmentCondition>(p.tags);
  if (ctx.childrensWear && p.category === 'apparel') conditions.add('childrens_wear');
  const treatment = fruitAccess(ctx, p.hs6)?.treatmentStates;
  if (p.category === 'fresh_fruit' && treatment?.includes(ctx.state)) conditions.add('treatment_state');
  if (ctx.valueCents !== null && ctx.valueCents > BigInt(EEI_THRESHOLD.usd) * 100n)
    conditions.add('over_eei_threshold');
  const cbec = cbecAt(p, ctx.date);
  if (cbec.status === 'unconfirmed' || (channel === 'cbec_direct' && cbec.bondedOnly === 'unconfirmed')) {
    conditions.add('cbec_listing_unconfirmed');
  }
  return conditions;
}

// Not assessed: only what applies to every product of the category in this channel (no product conditions
// beyond the listing check, the EEI threshold and the seller's own children's wear flag).
const GENERIC_CONDITIONS: ReadonlySet<ShipmentCondition> = new Set([
  'over_eei_threshold',
  'cbec_listing_unconfirmed',
  'childrens_wear',
]);

function requirementsFor(ctx: Context, p: ProductRule, channel: ChannelCode): Requirement[] {
  const conditions = conditionsFor(ctx, p, channel);
  const defs = ctx.rules.shipmentRequirements.filter(
    (def) => !def.when || (conditions.has(def.when) && (p.assessed || GENERIC_CONDITIONS.has(def.when))),
  );
  return pickRequirements(defs, ctx.date, [p.category], [channel]).map(({ def }) => {
    const requirement: Requirement = {
      code: def.code,
      title: def.title,
      providedBy: def.providedBy,
      ...ctx.provenance(def, [p.category]),
      verified: isVerifiedIn(def, [p.category], [channel]),
    };
    return def.code === 'gacc_registration' && p.assessed && p.gacc
      ? withGaccRoute(requirement, p.gacc, ctx.date)
      : requirement;
  });
}

function withGaccRoute(r: Requirement, gacc: NonNullable<AssessedProduct['gacc']>, date: string): Requirement {
  const underDecree280 = date >= GACC_REGISTRATION.decree280.effectiveFrom;
  switch (gacc.route) {
    case 'recommended':
      return {
        ...r,
        title: underDecree280
          ? `${r.title} — ${gacc.decree248Category} needed a US authority recommendation under Decree 248; check GACC’s Decree 280 catalogue`
          : `${r.title} — ${gacc.decree248Category}: needs a recommendation from the US competent authority (which agency: UNVERIFIED)`,
      };
    case 'self':
      return {
        ...r,
        title: `${r.title} — self-registration via the China International Trade Single Window${gacc.verified ? '' : ' (route UNVERIFIED)'}`,
      };
    default:
      return { ...r, title: `${r.title} — ${gacc.note ?? 'route UNVERIFIED'}`, verified: false };
  }
}

function taxFor(ctx: Context, p: AssessedProduct, channel: ChannelCode, orderFen: bigint): Tax {
  const vatPeriod = periodAt(ctx.rules.vatPeriods, ctx.date);
  const vat = parseRate(vatPeriod[p.vat.class]);
  const ct = parseRate(p.consumptionTax.rate ?? '0');
  const notes = [p.vat, p.consumptionTax].filter((f) => !f.verified && f.note).map((f) => f.note as string);
  const inputsVerified = p.vat.verified && p.consumptionTax.verified;
  const dutiableCny = formatFixed(orderFen, 2);

  const perOrderFen = BigInt(periodAt(ctx.rules.cbecLimits, ctx.date).perOrderCny) * 100n;
  if (channel !== 'general_trade' && orderFen <= perOrderFen) {
    // CBEC composite tax within limits: (CT + VAT) / (1 − CT) × 70%, tariff 0% — Cai Guan Shui [2018] No. 49.
    const factor = parseRate(CBEC_IN_LIMIT_TAX.vatCtFactor);
    const ratio: Ratio = { num: (ct + vat) * factor, den: (RATE_SCALE - ct) * RATE_SCALE };
    return {
      basis: 'cbec_composite',
      rate: formatRate(ratio),
      amountCny: applyRatio(orderFen, ratio),
      dutiableCny,
      withinLimits: true,
      verified: inputsVerified,
      notes: [
        'Cross-border composite tax: tariff 0%, VAT and consumption tax at 70% within the limits (Cai Guan Shui [2018] No. 49).',
        'Dutiable price is the platform price including freight and insurance.',
        ...notes,
        US_ADDITIONAL_TARIFFS.cbecNote,
      ],
    };
  }

  const withinLimits = channel === 'general_trade';
  const basisNote = withinLimits
    ? 'General trade: tariff on the CIF value, consumption tax on (CIF + tariff) / (1 − CT), VAT on (CIF + tariff + CT); the price is taken as the CIF value.'
    : 'Single item over the CBEC per-order limit: tariff, VAT and consumption tax are charged in full.';
  const mfn = p.mfn.find((f) => inPeriod(f, ctx.date));
  if (!mfn || mfn.rate === null || !mfn.verified) {
    const missing =
      mfn?.note ??
      `China MFN tariff for ${p.hs6} on ${ctx.date} is not in the rule set (UNVERIFIED); no amount computed.`;
    return {
      basis: 'general_trade',
      rate: null,
      amountCny: null,
      dutiableCny,
      withinLimits,
      verified: false,
      notes: [basisNote, missing, ...notes],
    };
  }
  // General trade on CIF: tariff t, CT = (1 + t)·c/(1 − c), VAT = (1 + t + CT)·v ⇒ total = t + (1 + t)(c + v)/(1 − c).
  const t = parseRate(mfn.rate);
  const ratio: Ratio = {
    num: t * (RATE_SCALE - ct) + (RATE_SCALE + t) * (ct + vat),
    den: RATE_SCALE * (RATE_SCALE - ct),
  };
  const additionalTariffsApply = ctx.date >= US_ADDITIONAL_TARIFFS.effectiveFrom;
  return {
    basis: 'general_trade',
    rate: formatRate(ratio),
    amountCny: applyRatio(orderFen, ratio),
    dutiableCny,
    withinLimits,
    verified: inputsVerified && !additionalTariffsApply,
    notes: [
      basisNote,
      `MFN tariff ${formatFixed(t, 2).replace(/\.?0+$/, '')}% (${mfn.sources.join(', ') || 'UNVERIFIED'}).`,
      ...notes,
      ...(additionalTariffsApply ? [US_ADDITIONAL_TARIFFS.note] : []),
    ],
  };
}

// --- shared helpers --------------------------------------------------------------------------

interface ScopedDef extends Sourced {
  code: string;
  categories?: readonly CategoryCode[];
  channels?: readonly ChannelCode[];
  unverifiedOn?: { categories?: readonly CategoryCode[]; channels?: readonly ChannelCode[] };
  sourcesFor?: Partial<Record<CategoryCode, readonly string[]>>;
}

/** Definitions in force at `date` that touch the selection; the first entry per code wins. */
function pickRequirements<D extends ScopedDef>(
  defs: readonly D[],
  date: string,
  categories: readonly CategoryCode[],
  channels: readonly ChannelCode[],
): { def: D; scope: { categories: CategoryCode[]; channels: ChannelCode[] } }[] {
  const seen = new Set<string>();
  const out: { def: D; scope: { categories: CategoryCode[]; channels: ChannelCode[] } }[] = [];
  for (const def of defs) {
    if (seen.has(def.code) || !inPeriod(def, date)) continue;
    const scope = {
      categories: def.categories ? categories.filter((c) => def.categories?.includes(c)) : [...categories],
      channels: def.channels ? channels.filter((c) => def.channels?.includes(c)) : [...channels],
    };
    if ((def.categories && !scope.categories.length) || (def.channels && !scope.channels.length)) continue;
    seen.add(def.code);
    out.push({ def, scope });
  }
  return out;
}

/** Verified unless every selected category, or every selected channel, is one where applicability is UNVERIFIED. */
function isVerifiedIn(def: ScopedDef, categories: readonly CategoryCode[], channels: readonly ChannelCode[]): boolean {
  const allIn = (selected: readonly string[], unverified?: readonly string[]) =>
    !!unverified && selected.length > 0 && selected.every((s) => unverified.includes(s));
  return (
    def.verified && !allIn(categories, def.unverifiedOn?.categories) && !allIn(channels, def.unverifiedOn?.channels)
  );
}

/** The sources a definition cites for these categories: each category's own list where it has one. */
function sourcesOf(def: ScopedDef, categories: readonly CategoryCode[]): readonly string[] {
  if (!def.sourcesFor) return def.sources;
  const ids = categories.flatMap((c) => def.sourcesFor?.[c] ?? def.sources);
  return [...new Set(ids.length ? ids : def.sources)];
}

function cite(rules: RuleSet, ids: readonly string[]): Cited {
  const sources = ids.map((id): SourceRef => {
    const s = rules.sources[id];
    return s
      ? { id, title: s.title, url: s.url, date: s.date, kind: s.kind }
      : { id, title: id, url: null, date: null, kind: 'secondary' };
  });
  return {
    source: ids.length ? ids.join(', ') : 'UNVERIFIED',
    sources,
    official: sources.some((s) => s.kind === 'primary'),
  };
}

type Provenance = Cited & { sourceUrl?: string; effectiveFrom: string; effectiveTo?: string };

function provenance(
  citeIds: (ids: readonly string[]) => Cited,
  def: ScopedDef,
  categories: readonly CategoryCode[],
): Provenance {
  const cited = citeIds(sourcesOf(def, categories));
  const url = (cited.sources.find((s) => s.kind === 'primary' && s.url) ?? cited.sources.find((s) => s.url))?.url;
  return {
    ...cited,
    ...(url ? { sourceUrl: url } : {}),
    effectiveFrom: def.effectiveFrom,
    ...(def.effectiveTo ? { effectiveTo: def.effectiveTo } : {}),
  };
}

function inPeriod(fact: Pick<Sourced, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return fact.effectiveFrom <= date && (!fact.effectiveTo || date <= fact.effectiveTo);
}

function periodAt<T extends Sourced>(periods: readonly T[], date: string): T {
  const period = periods.find((p) => inPeriod(p, date));
  if (!period) throw new RangeError(`No rule in force on ${date}`);
  return period;
}

function resolveDate(date: string | undefined): string {
  const value = date ?? new Date().toISOString().slice(0, 10);
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Invalid date "${value}" (expected YYYY-MM-DD)`);
  }
  if (value < RULES_COVER_FROM) throw new RangeError(`The rules cover dates from ${RULES_COVER_FROM}`);
  return value;
}
