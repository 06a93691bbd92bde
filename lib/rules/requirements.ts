import type { CategoryCode, ChannelCode, Party, SourceId, Sourced } from './types';
import { RULES_COVER_FROM } from './version';

/** Product/shipment facts a requirement may depend on; evaluated by the engine per channel. */
export type ShipmentCondition =
  | 'childrens_wear'
  | 'meat'
  | 'raw_plant'
  | 'cites_ginseng'
  | 'treatment_state'
  | 'over_eei_threshold'
  | 'cbec_listing_unconfirmed';

/** Where applicability is not confirmed (UNVERIFIED), the requirement is shown with verified: false. */
export interface UnverifiedScope {
  readonly categories?: readonly CategoryCode[];
  readonly channels?: readonly ChannelCode[];
}

interface Scoped extends Sourced {
  readonly code: string;
  readonly title: string;
  /** Omitted = every category / channel. */
  readonly categories?: readonly CategoryCode[];
  readonly channels?: readonly ChannelCode[];
  readonly unverifiedOn?: UnverifiedScope;
  /**
   * Sources for one category in place of `sources`: a requirement shared by several categories cites,
   * for each product, the sources about that product's category (or general ones), never another's.
   */
  readonly sourcesFor?: Partial<Record<CategoryCode, readonly SourceId[]>>;
}

export interface ShipmentRequirementDef extends Scoped {
  readonly providedBy: Party;
  readonly when?: ShipmentCondition;
}

export interface ApplicationRequirementDef extends Scoped {
  readonly why: string;
  readonly kind: 'registration' | 'document';
  readonly optional?: boolean;
  /** Only for a business that answered yes to this question in its application. */
  readonly when?: 'childrens_wear';
}

const FROM = RULES_COVER_FROM;
const FOOD: readonly CategoryCode[] = ['fresh_fruit', 'vegetables', 'wine', 'beverages', 'processed_food'];
const PACKAGED_FOOD: readonly CategoryCode[] = ['wine', 'beverages', 'processed_food'];
// Commercial documents: the ITA's list for every export [S153], with the pages about each category's clearance.
const COMMERCIAL_DOCS = {
  sources: ['S153'],
  sourcesFor: { wine: ['S153', 'S77', 'S78'], fresh_fruit: ['S153', 'S57'], apparel: ['S153', 'S105'] },
} as const;
const GT: readonly ChannelCode[] = ['general_trade'];
const CBEC: readonly ChannelCode[] = ['cbec_bonded', 'cbec_direct'];

// GACC overseas food producer registration: Decree 248 (2022-01-01 → 2026-05-31), replaced by Decree 280
// from 2026-06-01 with existing registrations carried over. Applicability to CBEC is UNVERIFIED [S18].
const DECREE_248 = { effectiveFrom: '2022-01-01', effectiveTo: '2026-05-31', sources: ['S88', 'S89', 'S90'] } as const;
const DECREE_280 = { effectiveFrom: '2026-06-01', sources: ['S92', 'S94', 'S95'] } as const;
export const GACC_REGISTRATION = { decree248: DECREE_248, decree280: DECREE_280 } as const;
const GACC_UNVERIFIED: UnverifiedScope = { channels: CBEC, categories: ['fresh_fruit'] };

/**
 * Per-shipment requirements. Several entries may share a code (different periods or scopes);
 * the engine keeps the first entry that applies.
 */
export const SHIPMENT_REQUIREMENTS: readonly ShipmentRequirementDef[] = [
  {
    code: 'export_screening',
    title:
      'Screen buyer, consignee and end use against US restricted-party lists (EAR99 goods: usually no licence required)',
    providedBy: 'seller',
    sources: ['S154', 'S120', 'S121'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'eei_filing',
    title:
      'File Electronic Export Information in AES and show the ITN on the B/L or air waybill (value per Schedule B line over USD 2,500)',
    providedBy: 'seller',
    when: 'over_eei_threshold',
    sources: ['S114', 'S125', 'S126'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'commercial_invoice',
    title: 'Commercial invoice',
    providedBy: 'seller',
    ...COMMERCIAL_DOCS,
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'packing_list',
    title: 'Packing list',
    providedBy: 'seller',
    ...COMMERCIAL_DOCS,
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'transport_document',
    title: 'Bill of lading or air waybill',
    providedBy: 'carrier',
    sources: ['S153'],
    sourcesFor: { wine: ['S153', 'S77'] },
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'certificate_of_origin',
    title: 'Certificate of origin (US origin decides China’s additional tariffs)',
    providedBy: 'seller',
    categories: ['fresh_fruit', 'vegetables', 'beverages', 'processed_food', 'apparel', 'footwear'],
    sources: ['S153', 'S70'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'phytosanitary_certificate',
    title:
      'USDA APHIS phytosanitary certificate (PPQ 577) issued in PCIT, with the China protocol’s additional declarations',
    providedBy: 'seller',
    categories: ['fresh_fruit'],
    sources: ['S55', 'S56', 'S54', 'S52'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'phytosanitary_certificate',
    title: 'APHIS phytosanitary certificate may be needed for raw plant products — check APHIS PExD',
    providedBy: 'seller',
    categories: ['processed_food'],
    when: 'raw_plant',
    sources: ['S108'],
    effectiveFrom: FROM,
    verified: false,
  },
  {
    code: 'orchard_packhouse_registration',
    title: 'Orchard and packinghouse approved by USDA and registered with GACC, with traceability',
    providedBy: 'seller',
    categories: ['fresh_fruit'],
    sources: ['S50', 'S49', 'S51'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'phytosanitary_treatment',
    title:
      'Quarantine treatment for fruit from this state (treatment schedule per APHIS PExD; exact schedule UNVERIFIED here)',
    providedBy: 'seller',
    categories: ['fresh_fruit'],
    when: 'treatment_state',
    sources: ['S50', 'S51'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'export_carton_marking',
    title:
      'Cartons marked with fruit name, origin and orchard/packinghouse codes; pallets marked “输往中华人民共和国 / Exported to the People’s Republic of China”',
    providedBy: 'seller',
    categories: ['fresh_fruit'],
    sources: ['S57', 'S58'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'import_quarantine_permit',
    title: 'Importer’s quarantine permit and entry through a designated port',
    providedBy: 'importer',
    categories: ['fresh_fruit'],
    channels: GT,
    sources: [],
    effectiveFrom: FROM,
    verified: false,
  },
  {
    code: 'cold_chain_program',
    title: 'Platform cold-chain programme for fresh fruit in the CBEC bonded warehouse',
    providedBy: 'platform',
    categories: ['fresh_fruit'],
    channels: ['cbec_bonded'],
    sources: ['S15', 'S16'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'ttb_export_certificate',
    title:
      'TTB consolidated wine export certificate (serves as certificate of origin, health and authenticity certificate)',
    providedBy: 'seller',
    categories: ['wine'],
    unverifiedOn: { channels: CBEC },
    sources: ['S74', 'S75', 'S76'],
    effectiveFrom: '2014-03-01',
    verified: true,
  },
  {
    code: 'bottling_date_certificate',
    title: 'Bottling (filling) date certificate',
    providedBy: 'seller',
    categories: ['wine'],
    channels: GT,
    sources: ['S77', 'S78'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'analysis_report',
    title: 'Wine analysis report',
    providedBy: 'seller',
    categories: ['wine'],
    channels: GT,
    sources: ['S77', 'S78'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'gacc_registration',
    title:
      'GACC overseas food producer registration (CIFER, Decree 248); registration number on inner and outer packaging',
    providedBy: 'seller',
    categories: FOOD,
    unverifiedOn: GACC_UNVERIFIED,
    ...DECREE_248,
    verified: true,
  },
  {
    code: 'gacc_registration',
    title:
      'GACC overseas food producer registration (Decree 280; Decree 248 registrations carry over); registration number on packaging',
    providedBy: 'seller',
    categories: FOOD,
    unverifiedOn: GACC_UNVERIFIED,
    ...DECREE_280,
    verified: true,
  },
  {
    code: 'chinese_label',
    title:
      'Chinese label on the pack (GB 7718-2011; GB 2758 for wine) naming the Chinese importer — checked at inspection',
    providedBy: 'importer',
    categories: PACKAGED_FOOD,
    channels: GT,
    sources: ['S81', 'S84'],
    sourcesFor: { wine: ['S79', 'S81', 'S84'] },
    effectiveFrom: FROM,
    effectiveTo: '2027-03-15',
    verified: true,
  },
  {
    code: 'chinese_label',
    title:
      'Chinese label on the pack (GB 7718-2025: allergens mandatory; GB 2758 for wine) naming the Chinese importer',
    providedBy: 'importer',
    categories: PACKAGED_FOOD,
    channels: GT,
    sources: ['S83', 'S84'],
    effectiveFrom: '2027-03-16',
    verified: true,
  },
  {
    code: 'chinese_label_filing',
    title: 'Chinese label pre-filing with customs (abolished 2019-10-01, GACC Ann. 70/2019)',
    providedBy: 'importer',
    categories: PACKAGED_FOOD,
    channels: GT,
    sources: ['S81', 'S82'],
    effectiveFrom: FROM,
    effectiveTo: '2019-09-30',
    verified: true,
  },
  {
    code: 'gb5296_4_label',
    title:
      'Chinese sewn-in label per GB 5296.4-2012 (maker, size, fibre content, care, standard, safety category, importer)',
    providedBy: 'seller',
    categories: ['apparel'],
    channels: GT,
    sources: ['S102', 'S104'],
    effectiveFrom: '2014-05-01',
    verified: true,
  },
  {
    code: 'gb18401_test_report',
    title:
      'Third-party test report to GB 18401-2010 (formaldehyde, pH, colour fastness, odour, banned azo dyes), stating the safety category (A infants, B skin contact, C no skin contact) that goes on the Chinese label',
    providedBy: 'seller',
    categories: ['apparel'],
    unverifiedOn: { channels: CBEC },
    sources: ['S101', 'S99', 'S105'],
    effectiveFrom: '2011-08-01',
    verified: true,
  },
  {
    code: 'gb31701_test_report',
    title:
      'Test report to GB 31701-2015 for infants’ and children’s textiles (36 months and under: category A; 3–14 years: B or C), with the category on the label; all products sold from 2018-06-01',
    providedBy: 'seller',
    categories: ['apparel'],
    when: 'childrens_wear',
    unverifiedOn: { channels: CBEC },
    sources: ['S150', 'S151', 'S103'],
    effectiveFrom: '2016-06-01',
    verified: true,
  },
  {
    code: 'chinese_e_label',
    title: 'Chinese electronic label and risk notice on the product page (no paper Chinese label needed)',
    providedBy: 'platform',
    channels: CBEC,
    sources: ['S19'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'domestic_agent',
    title: 'Domestic agent in China registered with customs',
    providedBy: 'seller',
    channels: CBEC,
    sources: ['S20'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'three_document_match',
    title: 'Order, payment and logistics records transmitted to customs and matched electronically',
    providedBy: 'platform',
    channels: CBEC,
    sources: ['S8', 'S17'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'positive_list_check',
    title: 'Confirm the 8-digit tariff line is on the CBEC positive list and its remarks allow this customs mode',
    providedBy: 'platform',
    channels: CBEC,
    when: 'cbec_listing_unconfirmed',
    sources: ['S11'],
    effectiveFrom: FROM,
    verified: false,
  },
  {
    code: 'cites_export_document',
    title:
      'US Fish and Wildlife Service CITES document for the ginseng roots: an export permit for wild roots, a certificate for artificially propagated roots (cultivated roots that do not meet “artificially propagated” count as wild). Powders, extracts, teas and other manufactured products are not covered. Whether EEI is then due regardless of value is UNVERIFIED.',
    providedBy: 'seller',
    when: 'cites_ginseng',
    sources: ['S147', 'S148'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'state_ginseng_certificate',
    title:
      'State (or Tribal) ginseng certificate from a programme USFWS approved for export, travelling with the shipment — in Wisconsin, cultivated ginseng is certified by DATCP; wild ginseng is licensed and certified by the DNR',
    providedBy: 'seller',
    when: 'cites_ginseng',
    sources: ['S147', 'S149b', 'S149a'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'fsis_gacc_facility_listing',
    title: 'Plant approved by FSIS and listed by GACC before production for China',
    providedBy: 'seller',
    when: 'meat',
    sources: ['S110', 'S111', 'S112'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'fsis_export_certificate',
    title: 'FSIS export certificate 9060-5 (digitally signed via PHIS from 2024-07-01)',
    providedBy: 'seller',
    when: 'meat',
    sources: ['S110', 'S111'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'import_licence',
    title: 'Chinese importer’s import licence for meat products',
    providedBy: 'importer',
    channels: GT,
    when: 'meat',
    sources: ['S110'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'importer_alcohol_filing',
    title: 'Importer/consignee filing with customs and provincial alcohol distribution filing',
    providedBy: 'importer',
    categories: ['wine'],
    channels: GT,
    sources: ['S77', 'S96'],
    effectiveFrom: FROM,
    verified: false,
  },
];

/** Business-level onboarding checklist; codes are stable and shared with shipment codes where the item is the same. */
export const APPLICATION_REQUIREMENTS: readonly ApplicationRequirementDef[] = [
  {
    code: 'business_registration',
    title: 'Proof of business registration',
    why: 'Platforms and Chinese buyers only deal with registered businesses; Tmall Global requires a company registered outside mainland China.',
    kind: 'document',
    sources: ['S21'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'irs_ein_letter',
    title: 'IRS EIN confirmation letter',
    why: 'Your EIN identifies you as the US exporter (USPPI) on export filings.',
    kind: 'document',
    sources: ['S114', 'S116'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'sba_size_attestation',
    title: 'Small-business size attestation (SBA size standard for your NAICS code)',
    why: 'The programme is for small businesses. SBA size limits depend on your industry code; current limits are looked up live and are not confirmed here.',
    kind: 'document',
    sources: ['S134', 'S133'],
    effectiveFrom: FROM,
    verified: false,
  },
  {
    code: 'fda_food_facility_registration',
    title: 'FDA food facility registration',
    why: 'US food facilities generally register with FDA and buyers ask for it. The reference does not cover this, so check whether it applies to you.',
    kind: 'registration',
    categories: FOOD,
    sources: [],
    effectiveFrom: FROM,
    verified: false,
  },
  {
    code: 'gacc_registration',
    title: 'GACC overseas food producer registration (CIFER, Decree 248)',
    why: 'China only clears food from registered producers. Wine, jams and most packaged foods self-register online; honey, nuts, dried fruit, dairy, meat and condiments need a recommendation from the US authority first.',
    kind: 'registration',
    categories: FOOD,
    unverifiedOn: GACC_UNVERIFIED,
    ...DECREE_248,
    verified: true,
  },
  {
    code: 'gacc_registration',
    title: 'GACC overseas food producer registration (Decree 280)',
    why: 'China only clears food from registered producers. From 2026-06-01 Decree 280 applies: one application, a GACC catalogue decides which foods need a US authority recommendation, registrations renew automatically every 5 years and existing ones carry over.',
    kind: 'registration',
    categories: FOOD,
    unverifiedOn: GACC_UNVERIFIED,
    ...DECREE_280,
    verified: true,
  },
  {
    code: 'orchard_packhouse_registration',
    title: 'USDA/GACC-approved orchard and packinghouse',
    why: 'Fresh fruit may only come from orchards and packinghouses approved for the China protocol, with traceability.',
    kind: 'registration',
    categories: ['fresh_fruit'],
    sources: ['S50', 'S49', 'S51'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'aphis_pcit_account',
    title: 'USDA APHIS PCIT account',
    why: 'Phytosanitary certificates for every fruit shipment are applied for and issued in PCIT.',
    kind: 'registration',
    categories: ['fresh_fruit'],
    sources: ['S54', 'S55', 'S56'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'ttb_basic_permit',
    title: 'TTB basic permit',
    why: 'TTB issues the wine export certificate China accepts only to permit holders in good standing.',
    kind: 'registration',
    categories: ['wine'],
    sources: ['S74', 'S75'],
    effectiveFrom: '2014-03-01',
    verified: true,
  },
  {
    code: 'gb18401_test_report',
    title: 'GB 18401 textile safety test report',
    why: 'Clothing sold in China must meet the national textile safety standard; customs accepts third-party test reports.',
    kind: 'document',
    categories: ['apparel'],
    unverifiedOn: { channels: CBEC },
    sources: ['S101', 'S105'],
    effectiveFrom: '2011-08-01',
    verified: true,
  },
  {
    code: 'gb5296_4_label',
    title: 'GB 5296.4 Chinese garment label design',
    why: 'Clothing imported by general trade needs a Chinese label with fibre content, size, care and importer details.',
    kind: 'document',
    categories: ['apparel'],
    channels: GT,
    sources: ['S102'],
    effectiveFrom: '2014-05-01',
    verified: true,
  },
  {
    code: 'gb31701_test_report',
    title: 'GB 31701 children’s textile test report',
    why: 'Clothing for babies and children up to 14 sold into China must meet GB 31701-2015 (stricter limits, cords and drawstrings, small parts) and carry its category on the label.',
    kind: 'document',
    categories: ['apparel'],
    when: 'childrens_wear',
    unverifiedOn: { channels: CBEC },
    sources: ['S150', 'S151', 'S103'],
    effectiveFrom: '2016-06-01',
    verified: true,
  },
  {
    code: 'trademark_registration',
    title: 'Registered trademark outside China (clothing and footwear: Nice class 25)',
    why: 'Tmall Global admits stores that own an overseas-registered trademark (reported: registered at least a year); entry is by invitation. Register it for your goods: clothing, footwear and headgear are Nice class 25 (class 35 is advertising and retail services).',
    kind: 'registration',
    categories: ['apparel', 'footwear'],
    channels: CBEC,
    sources: ['S21', 'S152'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'trademark_registration',
    title: 'Registered trademark outside China',
    why: 'Tmall Global admits stores that own an overseas-registered trademark (reported: registered at least a year, class 35 — which covers advertising and retail services, so register the class of your goods as well); entry is by invitation.',
    kind: 'registration',
    channels: CBEC,
    sources: ['S21', 'S152'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'domestic_agent',
    title: 'Domestic agent in China registered with customs',
    why: 'A foreign seller on a cross-border platform must appoint a Chinese agent registered with customs.',
    kind: 'registration',
    channels: CBEC,
    sources: ['S20'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'overseas_bank_account',
    title: 'US bank account for Alipay settlement',
    why: 'Shoppers pay in RMB through Alipay, which pays out to your bank account outside China.',
    kind: 'document',
    channels: CBEC,
    sources: ['S21', 'S22'],
    effectiveFrom: FROM,
    verified: true,
  },
  {
    code: 'usda_organic_certificate',
    title: 'USDA organic certificate',
    why: 'Optional: only if you market products as organic. The reference does not cover China’s organic rules.',
    kind: 'document',
    optional: true,
    categories: FOOD,
    sources: [],
    effectiveFrom: FROM,
    verified: false,
  },
  {
    code: 'food_export_branded_program',
    title: 'Food Export–Midwest Branded Program',
    why: 'Optional: reimburses 50% of approved international marketing costs for small companies selling their own brand of products with at least 50% US farm content.',
    kind: 'registration',
    optional: true,
    categories: FOOD,
    sources: ['S131', 'S133'],
    effectiveFrom: FROM,
    verified: true,
  },
];
