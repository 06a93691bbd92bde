import { FRUIT_ACCESS, type FruitAccessRule } from './fruit-access';
import { PRODUCTS, type ProductRule } from './products';
import {
  APPLICATION_REQUIREMENTS,
  SHIPMENT_REQUIREMENTS,
  type ApplicationRequirementDef,
  type ShipmentRequirementDef,
} from './requirements';
import { SOURCES, type Source } from './sources';
import { CBEC_LIMITS, VAT_PERIODS, type CbecLimitPeriod, type VatPeriod } from './taxes';
import { RULES_VERSION } from './version';

/**
 * Everything the export rules engine reads that staff may change: the catalogue, the requirements, fruit
 * access, the dated tax and limit periods, and the sources they cite. The engine takes one of these as
 * data; the shipped reference data below is the seed.
 */
export interface RuleSet {
  readonly version: string;
  readonly products: readonly ProductRule[];
  readonly shipmentRequirements: readonly ShipmentRequirementDef[];
  readonly applicationRequirements: readonly ApplicationRequirementDef[];
  readonly fruitAccess: readonly FruitAccessRule[];
  readonly vatPeriods: readonly VatPeriod[];
  readonly cbecLimits: readonly CbecLimitPeriod[];
  readonly sources: Readonly<Record<string, Source>>;
}

export const SEED_RULES: RuleSet = {
  version: RULES_VERSION,
  products: PRODUCTS,
  shipmentRequirements: SHIPMENT_REQUIREMENTS,
  applicationRequirements: APPLICATION_REQUIREMENTS,
  fruitAccess: FRUIT_ACCESS,
  vatPeriods: VAT_PERIODS,
  cbecLimits: CBEC_LIMITS,
  sources: SOURCES,
};
