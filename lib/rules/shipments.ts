import type { Sourced } from './types';
import { RULES_COVER_FROM } from './version';

/**
 * Shipment tracking data (reference §6 "US-side export steps" and §8 "export-status lifecycle").
 * The per-document timing below is portal design built on those sections, not regulation, except
 * where a source is given.
 */

/** The milestone at which a shipment document must be uploaded or marked not applicable. */
export type ShipmentDocumentGate = 'documents_ready' | 'shipped' | 'customs_declared';

export interface ShipmentDocumentRule {
  readonly requiredBefore: ShipmentDocumentGate;
  readonly hasIssueDate: boolean;
  /** The document or registration carries its own validity (certificates, registrations, permits). */
  readonly hasExpiry: boolean;
  /** A verified, always-required document may not be waived; unverified requirements always may. */
  readonly notApplicableAllowed: boolean;
}

const doc = (
  requiredBefore: ShipmentDocumentGate,
  {
    issued = true,
    expires = false,
    waivable = false,
  }: { issued?: boolean; expires?: boolean; waivable?: boolean } = {},
): ShipmentDocumentRule => ({
  requiredBefore,
  hasIssueDate: issued,
  hasExpiry: expires,
  notApplicableAllowed: waivable,
});

/**
 * Keyed by the requirement codes of SHIPMENT_REQUIREMENTS (plus `eei_exemption`).
 * Timing per §8: commercial documents before the docs are declared ready; commodity certificates
 * (phytosanitary, TTB, FSIS) and the ITN before departure (§6 step 4: "obtain the ITN before the
 * carrier departs") [S114][S54][S74][S111]; the B/L or air waybill, the importer's and the platform's
 * items before the China customs declaration (§8 rows 12–13) [S78][S88][S17].
 */
export const SHIPMENT_DOCUMENT_RULES: Readonly<Record<string, ShipmentDocumentRule>> = {
  export_screening: doc('documents_ready'),
  commercial_invoice: doc('documents_ready'),
  packing_list: doc('documents_ready'),
  certificate_of_origin: doc('documents_ready'),
  bottling_date_certificate: doc('documents_ready'),
  analysis_report: doc('documents_ready'),
  orchard_packhouse_registration: doc('documents_ready', { issued: false }),
  gacc_registration: doc('documents_ready', { expires: true }),
  fsis_gacc_facility_listing: doc('documents_ready', { issued: false }),
  gb5296_4_label: doc('documents_ready', { issued: false }),
  gb18401_test_report: doc('documents_ready', { expires: true }),
  gb31701_test_report: doc('documents_ready', { expires: true }),

  eei_filing: doc('shipped'),
  eei_exemption: doc('shipped', { issued: false }),
  phytosanitary_certificate: doc('shipped', { expires: true }),
  ttb_export_certificate: doc('shipped'),
  fsis_export_certificate: doc('shipped'),
  cites_export_document: doc('shipped', { expires: true }),
  state_ginseng_certificate: doc('shipped'),
  export_carton_marking: doc('shipped', { issued: false }),
  cold_chain_program: doc('shipped', { issued: false, waivable: true }),
  positive_list_check: doc('shipped', { issued: false, waivable: true }),
  // Cold treatment of fruit may run in transit and complete on arrival, so it is due at declaration.
  phytosanitary_treatment: doc('customs_declared'),

  transport_document: doc('customs_declared'),
  import_quarantine_permit: doc('customs_declared', { expires: true, waivable: true }),
  import_licence: doc('customs_declared', { expires: true }),
  importer_alcohol_filing: doc('customs_declared', { waivable: true }),
  chinese_label: doc('customs_declared', { issued: false }),
  chinese_label_filing: doc('customs_declared'),
  chinese_e_label: doc('customs_declared', { issued: false }),
  domestic_agent: doc('customs_declared', { issued: false }),
  three_document_match: doc('customs_declared', { issued: false }),
};

/** At or under the EEI threshold per Schedule B number (and EAR99), the exemption is cited instead of filing. */
export const EEI_EXEMPTION = {
  code: 'eei_exemption',
  title:
    'EEI exemption citation on the commercial invoice and B/L or air waybill: “NOEEI 15 CFR 30.37(a)” (value per Schedule B number USD 2,500 or less, no licence required)',
  citation: 'NOEEI 15 CFR 30.37(a)',
  providedBy: 'seller',
  sources: ['S114', 'S125', 'S126'],
  effectiveFrom: RULES_COVER_FROM,
  verified: true,
} as const satisfies Sourced & { code: string; title: string; citation: string; providedBy: 'seller' };

/**
 * GACC overseas food producer registration is valid 5 years (Decree 248) [S88][S89][S90][S93];
 * Decree 280 (from 2026-06-01) renews it automatically every 5 years, with exceptions [S92][S94][S95],
 * so the expiry date still matters for reminders.
 */
export const GACC_REGISTRATION_VALIDITY = {
  years: 5,
  sources: ['S88', 'S89', 'S90', 'S93', 'S92', 'S94'],
  effectiveFrom: '2022-01-01',
  verified: true,
} as const satisfies Sourced & { years: number };

/** Facts the shipment machine checks that the shared reference does not state; their sources are given here. */
export const SHIPMENT_EVIDENCE_FORMATS = {
  /** "X", the AES acceptance date YYYYMMDD, six digits, e.g. X20190308366903 (US Census Bureau, 2019-05-22). */
  itn: {
    pattern: /^X(\d{4})(\d{2})(\d{2})\d{6}$/,
    example: 'X20261125123456',
    sourceUrl: 'https://www.census.gov/newsroom/blogs/global-reach/2019/05/filing_in_aesdirect.html',
  },
  /** IATA air waybill: 3-digit airline prefix, 7-digit serial, check digit = serial mod 7 (ABF ICS reference). */
  airWaybill: {
    pattern: /^(\d{3})[-\s]?(\d{7})(\d)$/,
    sourceUrl:
      'https://www.abf.gov.au/help-and-support/ics/integrated-cargo-system-(ics)/software-developers/reference-materials/check-digital-algorithms/airway-bill-check-digit-formula',
  },
} as const;
