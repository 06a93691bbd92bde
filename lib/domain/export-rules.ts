import {
  APPLICATION_REQUIREMENTS,
  CATEGORIES,
  CATEGORY_CODES,
  CBEC_IN_LIMIT_TAX,
  CBEC_LIMITS,
  CHANNELS,
  CHANNEL_CODES,
  EEI_THRESHOLD,
  FRUIT_ACCESS,
  GACC_REGISTRATION,
  MIDWEST_STATES,
  PRODUCTS,
  RULES_COVER_FROM,
  RULES_VERSION,
  SHIPMENT_REQUIREMENTS,
  SOURCES,
  US_ADDITIONAL_TARIFFS,
  US_STATES,
  VAT_PERIODS,
  type CategoryCode,
  type ChannelCode,
  type FruitAccessRule,
  type Party,
  type ProductRule,
  type ShipmentCondition,
  type SourceId,
  type Sourced,
  type UsStateCode,
} from '@/lib/rules';
import { normalizeHsCode } from './hs-code';
import { applyRatio, formatFixed, formatRate, parseRate, RATE_SCALE, toMinorUnits, type Ratio } from './money';

export { CATEGORIES, CHANNELS, RULES_COVER_FROM, RULES_VERSION, US_STATES };
export { normalizeHsCode, type HsCode } from './hs-code';
export type { CategoryCode, ChannelCode, Party, UsStateCode };
export type Channel = ChannelCode;

export interface Blocker {
  code: BlockerCode;
  message: string;
  source: string;
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

export interface Requirement {
  code: string;
  title: string;
  providedBy: Party;
  source: string;
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

export interface ChannelResult {
  channel: ChannelCode;
  eligible: boolean;
  blockers: Blocker[];
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
  /** YYYY-MM-DD; defaults to today (UTC). */
  date?: string;
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
  rulesVersion: string;
}

export interface ProductSummary {
  hs6: string;
  name: { en: string; zh: string };
  category: CategoryCode;
}

const PRODUCT_BY_HS6 = new Map(PRODUCTS.map((p) => [p.hs6, p]));

export function isUsStateCode(value: string): value is UsStateCode {
  return Object.hasOwn(US_STATES, value);
}

export function isMidwest(state: string): boolean {
  const code = state.trim().toUpperCase();
  return isUsStateCode(code) && MIDWEST_STATES.includes(code);
}

export function listProducts(): ProductSummary[] {
  return PRODUCTS.map(summary);
}

/** By HS prefix (digits, dots allowed) or by English/Chinese name and keywords. */
export function searchProducts(q: string): ProductSummary[] {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  if (/^[\d.\s]+$/.test(query)) {
    const digits = query.replace(/[.\s]/g, '').slice(0, 6);
    return PRODUCTS.filter((p) => p.hs6.startsWith(digits)).map(summary);
  }
  return PRODUCTS.filter((p) =>
    [p.name.en.toLowerCase(), p.name.zh, ...p.keywords.map((k) => k.toLowerCase())].some((text) =>
      text.includes(query),
    ),
  ).map(summary);
}

export function checkExport(input: CheckExportInput): ExportCheck {
  const date = resolveDate(input.date);
  const state = input.state.trim().toUpperCase();
  if (!isUsStateCode(state)) throw new RangeError(`Unknown US state "${input.state}"`);
  if (input.channel !== undefined && !CHANNEL_CODES.includes(input.channel)) {
    throw new RangeError(`Unknown channel "${input.channel}"`);
  }
  const quantity = input.quantity ?? 1;
  if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError('quantity must be a positive integer');

  const hs = normalizeHsCode(input.hs);
  const product = hs ? (PRODUCT_BY_HS6.get(hs.hs6) ?? null) : null;
  const priceFen = input.priceCny === undefined ? null : toMinorUnits(input.priceCny, 'priceCny');
  const orderFen = priceFen === null ? null : priceFen * BigInt(quantity);
  const valueCents = input.valueUsd === undefined ? null : toMinorUnits(input.valueUsd, 'valueUsd');
  const channels = input.channel ? [input.channel] : [...CHANNEL_CODES];

  const ctx: Context = { date, state, quantity, orderFen, valueCents };
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
    results: channels.map((channel) => (product ? evaluateChannel(ctx, product, channel) : unknownProduct(channel))),
    rulesVersion: RULES_VERSION,
  };
}

export interface ApplicationRequirement {
  code: string;
  title: string;
  why: string;
  kind: 'registration' | 'document';
  optional: boolean;
  source: string;
  sourceUrl?: string;
  effectiveFrom: string;
  effectiveTo?: string;
  verified: boolean;
  appliesTo: { categories: CategoryCode[]; channels: ChannelCode[] };
}

/** The onboarding checklist for a business selling these categories through these channels. */
export function requirementsForApplication(input: {
  categories: readonly CategoryCode[];
  channels: readonly ChannelCode[];
  date?: string;
}): ApplicationRequirement[] {
  const date = resolveDate(input.date);
  const categories = CATEGORY_CODES.filter((c) => input.categories.includes(c));
  const channels = CHANNEL_CODES.filter((c) => input.channels.includes(c));
  return pickRequirements(APPLICATION_REQUIREMENTS, date, categories, channels).map(({ def, scope }) => ({
    code: def.code,
    title: def.title,
    why: def.why,
    kind: def.kind,
    optional: def.optional ?? false,
    ...provenance(def),
    verified: isVerifiedIn(def, scope.categories, scope.channels),
    appliesTo: scope,
  }));
}

// ---------------------------------------------------------------------------------------------

interface Context {
  date: string;
  state: UsStateCode;
  quantity: number;
  orderFen: bigint | null;
  valueCents: bigint | null;
}

const RULES_SOURCE = 'catalogue';

function summary(p: ProductRule): ProductSummary {
  return { hs6: p.hs6, name: p.name, category: p.category };
}

function unknownProduct(channel: ChannelCode): ChannelResult {
  const blocker: Blocker = {
    code: 'unknown_product',
    message: 'This HS code is not in the product catalogue, so no export rules can be checked for it.',
    source: RULES_SOURCE,
    effectiveFrom: RULES_COVER_FROM,
    verified: true,
  };
  return { channel, eligible: false, blockers: [blocker], requirements: [], tax: null };
}

function evaluateChannel(ctx: Context, product: ProductRule, channel: ChannelCode): ChannelResult {
  const blockers = blockersFor(ctx, product, channel);
  const eligible = blockers.length === 0;
  return {
    channel,
    eligible,
    blockers,
    requirements: requirementsFor(ctx, product, channel),
    tax: eligible && ctx.orderFen !== null ? taxFor(ctx, product, channel, ctx.orderFen) : null,
  };
}

function blockersFor(ctx: Context, p: ProductRule, channel: ChannelCode): Blocker[] {
  const out: Blocker[] = [];
  const block = (code: BlockerCode, message: string, fact: Sourced, verified = fact.verified) =>
    out.push({ code, message, source: sourceIds(fact.sources), effectiveFrom: fact.effectiveFrom, verified });

  if (p.tags.includes('meat')) {
    block(
      'restricted_product',
      'Meat products may only come from a plant approved by FSIS and listed by GACC; the portal cannot confirm a listing, so this product is restricted.',
      RESTRICTED_MEAT,
    );
  }
  if (p.category === 'fresh_fruit') {
    const access = fruitAccess(p.hs6);
    const fact = access ?? NO_ACCESS_RULE;
    if (!access || ctx.date < access.effectiveFrom || (access.states !== 'all' && !access.states.includes(ctx.state))) {
      block('no_market_access', noAccessMessage(p, ctx, access), fact);
    }
  }
  if (channel === 'general_trade') return out;

  if (p.cbec.bondedOnly === true && channel === 'cbec_direct') {
    block(
      'fresh_requires_bonded',
      'Fresh food may only be sold cross-border through a bonded warehouse (1210), not by direct mail.',
      {
        ...p.cbec,
        verified: true,
      },
    );
  }
  if (p.cbec.status === 'not_listed') {
    block('not_on_positive_list', `${p.name.en} is not on the CBEC positive list.`, p.cbec);
  } else if (ctx.date < p.cbec.effectiveFrom) {
    block(
      'not_on_positive_list',
      `${p.name.en} is on the CBEC positive list only from ${p.cbec.effectiveFrom}.`,
      p.cbec,
    );
  }
  if (ctx.orderFen !== null) {
    const limit = periodAt(CBEC_LIMITS, ctx.date);
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
const NO_ACCESS_RULE: Sourced = { sources: ['S53'], effectiveFrom: RULES_COVER_FROM, verified: true };

function fruitAccess(hs6: string): FruitAccessRule | undefined {
  return FRUIT_ACCESS.find((rule) => hs6.startsWith(rule.hsPrefix));
}

function noAccessMessage(p: ProductRule, ctx: Context, access: FruitAccessRule | undefined): string {
  const from = `${p.name.en} from ${US_STATES[ctx.state].en}`;
  if (!access) return `${from}: no reported China market access for this fruit.`;
  if (ctx.date < access.effectiveFrom) return `${from}: China market access only from ${access.effectiveFrom}.`;
  return `${from}: no reported China market access (approved origins: ${access.states === 'all' ? 'all states' : access.states.join(', ')}).`;
}

function conditionsFor(ctx: Context, p: ProductRule, channel: ChannelCode): Set<ShipmentCondition> {
  const conditions = new Set<ShipmentCondition>(p.tags);
  const treatment = fruitAccess(p.hs6)?.treatmentStates;
  if (p.category === 'fresh_fruit' && treatment?.includes(ctx.state)) conditions.add('treatment_state');
  if (ctx.valueCents !== null && ctx.valueCents > BigInt(EEI_THRESHOLD.usd) * 100n)
    conditions.add('over_eei_threshold');
  if (p.cbec.status === 'unconfirmed' || (channel === 'cbec_direct' && p.cbec.bondedOnly === 'unconfirmed')) {
    conditions.add('cbec_listing_unconfirmed');
  }
  return conditions;
}

function requirementsFor(ctx: Context, p: ProductRule, channel: ChannelCode): Requirement[] {
  const conditions = conditionsFor(ctx, p, channel);
  const defs = SHIPMENT_REQUIREMENTS.filter((def) => !def.when || conditions.has(def.when));
  return pickRequirements(defs, ctx.date, [p.category], [channel]).map(({ def }) => {
    const requirement: Requirement = {
      code: def.code,
      title: def.title,
      providedBy: def.providedBy,
      ...provenance(def),
      verified: isVerifiedIn(def, [p.category], [channel]),
    };
    return def.code === 'gacc_registration' && p.gacc ? withGaccRoute(requirement, p.gacc, ctx.date) : requirement;
  });
}

function withGaccRoute(r: Requirement, gacc: NonNullable<ProductRule['gacc']>, date: string): Requirement {
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

function taxFor(ctx: Context, p: ProductRule, channel: ChannelCode, orderFen: bigint): Tax {
  const vatPeriod = periodAt(VAT_PERIODS, ctx.date);
  const vat = parseRate(vatPeriod[p.vat.class]);
  const ct = parseRate(p.consumptionTax.rate ?? '0');
  const notes = [p.vat, p.consumptionTax].filter((f) => !f.verified && f.note).map((f) => f.note as string);
  const inputsVerified = p.vat.verified && p.consumptionTax.verified;
  const dutiableCny = formatFixed(orderFen, 2);

  const perOrderFen = BigInt(periodAt(CBEC_LIMITS, ctx.date).perOrderCny) * 100n;
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
      `MFN tariff ${formatFixed(t, 2).replace(/\.?0+$/, '')}% (${sourceIds(mfn.sources)}).`,
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

function provenance(def: Sourced): { source: string; sourceUrl?: string; effectiveFrom: string; effectiveTo?: string } {
  const first = def.sources[0];
  const url = first ? SOURCES[first].url : null;
  return {
    source: sourceIds(def.sources),
    ...(url ? { sourceUrl: url } : {}),
    effectiveFrom: def.effectiveFrom,
    ...(def.effectiveTo ? { effectiveTo: def.effectiveTo } : {}),
  };
}

function sourceIds(sources: readonly SourceId[]): string {
  return sources.length ? sources.join(', ') : 'UNVERIFIED';
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
