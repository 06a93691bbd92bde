export type { SourceId } from './sources';

/**
 * Provenance carried by every fact in the rule data. Dates are ISO YYYY-MM-DD, inclusive. Sources are ids
 * in the rule set's sources table: the reference's S-ids, or E-ids a rules editor added (a test checks
 * every id cited resolves).
 */
export interface Sourced {
  readonly sources: readonly string[];
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** false = UNVERIFIED in the reference: never present as a certain fact. */
  readonly verified: boolean;
  readonly note?: string;
}

/** A rate as a decimal string with at most 4 decimals ("0.13"); null = not known. */
export interface RateFact extends Sourced {
  readonly rate: string | null;
}

export type ChannelCode = 'general_trade' | 'cbec_bonded' | 'cbec_direct';
export type CategoryCode =
  'fresh_fruit' | 'vegetables' | 'wine' | 'beverages' | 'processed_food' | 'apparel' | 'footwear';
export type Party = 'seller' | 'importer' | 'platform' | 'carrier';
