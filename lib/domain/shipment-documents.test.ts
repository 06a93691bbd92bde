import { describe, expect, it } from 'vitest';
import { EEI_EXEMPTION, SHIPMENT_DOCUMENT_RULES, SHIPMENT_REQUIREMENTS } from '@/lib/rules';
import { checkExport } from './export-rules';
import {
  checkShipment,
  documentsDueBy,
  eeiGroups,
  missingDocuments,
  requiredShipmentDocuments,
  type ShipmentDocument,
  type ShipmentLineInput,
} from './shipment-documents';
import { DOCUMENT_GATES, FLOW_STEPS, SHIPMENT_FLOWS } from './shipment-status';

const DATE = '2026-11-25';
const blueberries = (valueUsd: number, extra: Partial<ShipmentLineInput> = {}): ShipmentLineInput => ({
  hs6: '081040',
  originState: 'MI',
  valueUsd,
  category: 'fresh_fruit',
  ...extra,
});
const wine = (valueUsd: number, extra: Partial<ShipmentLineInput> = {}): ShipmentLineInput => ({
  hs6: '220421',
  originState: 'CA',
  valueUsd,
  category: 'wine',
  ...extra,
});
const tshirts = (valueUsd: number, extra: Partial<ShipmentLineInput> = {}): ShipmentLineInput => ({
  hs6: '610910',
  originState: 'OH',
  valueUsd,
  category: 'apparel',
  ...extra,
});
const codes = (docs: readonly ShipmentDocument[]) => docs.map((d) => d.code);
const find = (docs: readonly ShipmentDocument[], code: string) => docs.find((d) => d.code === code);

describe('requiredShipmentDocuments', () => {
  it('Michigan blueberries by general trade: the phytosanitary certificate is due before shipping', () => {
    const docs = requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [blueberries(30000)] });
    expect(codes(docs)).toEqual([
      'export_screening',
      'eei_filing',
      'commercial_invoice',
      'packing_list',
      'transport_document',
      'certificate_of_origin',
      'phytosanitary_certificate',
      'orchard_packhouse_registration',
      'phytosanitary_treatment',
      'export_carton_marking',
      'import_quarantine_permit',
      'gacc_registration',
    ]);
    expect(find(docs, 'phytosanitary_certificate')).toMatchObject({
      providedBy: 'seller',
      verified: true,
      requiredBefore: 'shipped',
      hasIssueDate: true,
      hasExpiry: true,
      notApplicableAllowed: false,
      source: 'S55, S56, S54, S52',
      sourceUrl: 'https://pcit.aphis.usda.gov/pcit/faces/signIn.jsf',
      official: true,
      lines: [0],
    });
    // Michigan is a treatment state for blueberries (GACC Ann. 64/2020) [S50][S51].
    expect(find(docs, 'phytosanitary_treatment')?.requiredBefore).toBe('customs_declared');
    expect(find(docs, 'commercial_invoice')).toMatchObject({
      requiredBefore: 'documents_ready',
      notApplicableAllowed: false,
      hasExpiry: false,
    });
    expect(find(docs, 'transport_document')).toMatchObject({
      providedBy: 'carrier',
      requiredBefore: 'customs_declared',
    });
  });

  it('wine through a bonded warehouse needs the TTB export certificate (applicability to CBEC unverified, so it may be waived)', () => {
    const docs = requiredShipmentDocuments({ channel: 'cbec_bonded', date: DATE, lines: [wine(2000)] });
    expect(find(docs, 'ttb_export_certificate')).toMatchObject({
      requiredBefore: 'shipped',
      verified: false,
      notApplicableAllowed: true,
      source: 'S74, S75, S76',
      effectiveFrom: '2014-03-01',
    });
    expect(codes(docs)).toEqual(
      expect.arrayContaining(['chinese_e_label', 'domestic_agent', 'three_document_match', 'gacc_registration']),
    );
    // The TTB certificate serves as the certificate of origin for wine [S74].
    expect(codes(docs)).not.toContain('certificate_of_origin');
    expect(codes(docs)).not.toContain('phytosanitary_certificate');
  });

  it('wine by general trade: TTB verified and not waivable; bottling date and analysis before documents are ready', () => {
    const docs = requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [wine(2000)] });
    expect(find(docs, 'ttb_export_certificate')).toMatchObject({ verified: true, notApplicableAllowed: false });
    expect(find(docs, 'bottling_date_certificate')?.requiredBefore).toBe('documents_ready');
    expect(find(docs, 'analysis_report')?.requiredBefore).toBe('documents_ready');
    expect(find(docs, 'chinese_label')).toMatchObject({ providedBy: 'importer', requiredBefore: 'customs_declared' });
  });

  it('is built from the rules engine: the same codes as checkExport, plus the EEI item', () => {
    const docs = requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [blueberries(1000)] });
    const engine = checkExport({ hs: '081040', state: 'MI', channel: 'general_trade', valueUsd: 1000, date: DATE })
      .results[0];
    expect(codes(docs)).toEqual([...(engine?.requirements.map((r) => r.code) ?? []), 'eei_exemption']);
  });

  it('de-duplicates across lines and says which lines need each document', () => {
    const docs = requiredShipmentDocuments({
      channel: 'general_trade',
      date: DATE,
      lines: [tshirts(100), wine(100), blueberries(100), tshirts(100, { hs6: '620342' })],
    });
    expect(new Set(codes(docs)).size).toBe(docs.length);
    expect(find(docs, 'commercial_invoice')?.lines).toEqual([0, 1, 2, 3]);
    expect(find(docs, 'certificate_of_origin')?.lines).toEqual([0, 2, 3]);
    expect(find(docs, 'ttb_export_certificate')?.lines).toEqual([1]);
    expect(find(docs, 'phytosanitary_certificate')?.lines).toEqual([2]);
    expect(find(docs, 'gb18401_test_report')?.lines).toEqual([0, 3]);
    expect(find(docs, 'gacc_registration')?.lines).toEqual([1, 2]);
  });

  it('a verified requirement wins over an unverified one with the same code', () => {
    // Shelled walnuts (raw plant product): phytosanitary certificate "may be needed" (unverified); fresh blueberries: required.
    const docs = requiredShipmentDocuments({
      channel: 'general_trade',
      date: DATE,
      lines: [{ hs6: '080232', originState: 'CA', valueUsd: 100, category: 'processed_food' }, blueberries(100)],
    });
    const phyto = find(docs, 'phytosanitary_certificate');
    expect(phyto).toMatchObject({ verified: true, notApplicableAllowed: false, lines: [0, 1] });
    expect(phyto?.title).toMatch(/^USDA APHIS phytosanitary certificate/);

    const alone = requiredShipmentDocuments({
      channel: 'general_trade',
      date: DATE,
      lines: [{ hs6: '080232', originState: 'CA', valueUsd: 100, category: 'processed_food' }],
    });
    expect(find(alone, 'phytosanitary_certificate')).toMatchObject({ verified: false, notApplicableAllowed: true });
  });

  it('answers lines the catalogue does not know, or whose category does not match, with a blocker; bad input throws', () => {
    const unknown = checkShipment({ channel: 'general_trade', date: DATE, lines: [tshirts(100, { hs6: '999999' })] });
    expect(unknown.blockers).toEqual([expect.objectContaining({ code: 'unknown_product', line: 0 })]);
    expect(unknown.blockers[0]!.message).toMatch(/HS 999999 is not in the product catalogue/);
    const mismatch = checkShipment({
      channel: 'general_trade',
      date: DATE,
      lines: [tshirts(100, { category: 'wine' })],
    });
    expect(mismatch.blockers[0]!.message).toMatch(/HS 610910 is apparel in the catalogue, but the listing says wine/);
    expect(() => requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [] })).toThrow(
      'at least one line',
    );
    expect(() => requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [tshirts(1.005)] })).toThrow(
      'at most 2 decimals',
    );
    expect(() =>
      requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [tshirts(1, { originState: 'XX' })] }),
    ).toThrow('Unknown US state');
  });

  it('every requirement code the engine can return has document timing', () => {
    for (const def of SHIPMENT_REQUIREMENTS) expect(SHIPMENT_DOCUMENT_RULES[def.code], def.code).toBeDefined();
    expect(SHIPMENT_DOCUMENT_RULES[EEI_EXEMPTION.code]).toBeDefined();
    for (const rule of Object.values(SHIPMENT_DOCUMENT_RULES)) expect(DOCUMENT_GATES).toContain(rule.requiredBefore);
  });
});

describe('EEI threshold: USD 2,500 per Schedule B number (15 CFR 30.37(a))', () => {
  const eei = (lines: ShipmentLineInput[]) => checkShipment({ channel: 'general_trade', date: DATE, lines });

  it('2,500.00 on one line: no filing, the exemption is cited', () => {
    const r = eei([tshirts(2500)]);
    expect(r.eeiRequired).toBe(false);
    expect(codes(r.documents)).not.toContain('eei_filing');
    expect(find(r.documents, 'eei_exemption')).toMatchObject({
      title: expect.stringContaining('NOEEI 15 CFR 30.37(a)'),
      requiredBefore: 'shipped',
      verified: true,
      notApplicableAllowed: false,
      source: 'S114, S125, S126',
      sourceUrl: 'https://www.trade.gov/electronic-export-information-eei',
      lines: [0],
    });
  });

  it('2,500.01 on one line: EEI with its ITN, no exemption item', () => {
    const r = eei([tshirts(2500.01)]);
    expect(r.eeiRequired).toBe(true);
    expect(find(r.documents, 'eei_filing')).toMatchObject({
      requiredBefore: 'shipped',
      notApplicableAllowed: false,
      lines: [0],
    });
    expect(codes(r.documents)).not.toContain('eei_exemption');
  });

  it('two lines of 2,000 under different Schedule B numbers: no EEI', () => {
    const r = eei([tshirts(2000), tshirts(2000, { hs6: '620342', category: 'apparel' })]);
    expect(r.eeiRequired).toBe(false);
    expect(r.eeiGroups).toEqual([
      { key: 'hs6:610910', valueUsd: '2000.00', lines: [0], overThreshold: false },
      { key: 'hs6:620342', valueUsd: '2000.00', lines: [1], overThreshold: false },
    ]);
  });

  it('two lines of 2,000 under the same Schedule B number add up to 4,000: EEI', () => {
    const r = eei([tshirts(2000, { scheduleB: '6109.10.0012' }), tshirts(2000, { scheduleB: '6109100012' })]);
    expect(r.eeiRequired).toBe(true);
    expect(r.eeiGroups).toEqual([{ key: '6109100012', valueUsd: '4000.00', lines: [0, 1], overThreshold: true }]);
    expect(find(r.documents, 'eei_filing')?.lines).toEqual([0, 1]);
  });

  it('same HS-6 but different Schedule B numbers: counted apart when the numbers are given, together when not', () => {
    expect(
      eei([tshirts(2000, { scheduleB: '6109100012' }), tshirts(2000, { scheduleB: '6109100018' })]).eeiRequired,
    ).toBe(false);
    expect(eei([tshirts(2000), tshirts(2000)]).eeiRequired).toBe(true);
  });

  it('only the lines over the threshold carry the filing; one such line is enough', () => {
    const r = eei([tshirts(100), wine(3000)]);
    expect(r.eeiRequired).toBe(true);
    expect(find(r.documents, 'eei_filing')?.lines).toEqual([1]);
  });

  it('adds exactly in cents', () => {
    expect(eeiGroups([tshirts(1250), tshirts(1250.01)])).toEqual([
      { key: 'hs6:610910', valueUsd: '2500.01', lines: [0, 1], overThreshold: true },
    ]);
    expect(eeiGroups([tshirts(0.1), tshirts(0.2)])[0]?.valueUsd).toBe('0.30');
  });

  it('refuses a malformed Schedule B number', () => {
    expect(() => eeiGroups([tshirts(1, { scheduleB: '610910' })])).toThrow('lines[0].scheduleB must have 10 digits');
  });
});

describe('blockers come through from the engine', () => {
  it('blueberries from a state without access, and fresh fruit by direct mail', () => {
    const noAccess = checkShipment({
      channel: 'general_trade',
      date: DATE,
      lines: [blueberries(100, { originState: 'OH' })],
    });
    expect(noAccess.blockers.map((b) => [b.code, b.line])).toEqual([['no_market_access', 0]]);
    const direct = checkShipment({ channel: 'cbec_direct', date: DATE, lines: [tshirts(10), blueberries(100)] });
    expect(direct.blockers.map((b) => [b.code, b.line])).toEqual([['fresh_requires_bonded', 1]]);
  });
});

describe('documents due by a milestone', () => {
  const docs = requiredShipmentDocuments({ channel: 'general_trade', date: DATE, lines: [blueberries(30000)] });
  const due = (m: Parameters<typeof documentsDueBy>[1]) => codes(documentsDueBy('general_trade', m, docs));

  it('gathers every gate up to the milestone', () => {
    expect(due('documents_in_progress')).toEqual([]);
    expect(due('documents_ready')).toEqual([
      'export_screening',
      'commercial_invoice',
      'packing_list',
      'certificate_of_origin',
      'orchard_packhouse_registration',
      'gacc_registration',
    ]);
    expect(due('eei_filed')).toEqual(due('documents_ready'));
    expect(due('shipped')).toEqual([
      'export_screening',
      'eei_filing',
      'commercial_invoice',
      'packing_list',
      'certificate_of_origin',
      'phytosanitary_certificate',
      'orchard_packhouse_registration',
      'export_carton_marking',
      'gacc_registration',
    ]);
    expect(due('customs_declared')).toEqual(codes(docs));
    expect(due('delivered')).toEqual(codes(docs));
  });

  it('missingDocuments leaves out what is uploaded or marked not applicable', () => {
    const satisfied = [
      'export_screening',
      'commercial_invoice',
      'packing_list',
      'certificate_of_origin',
      'orchard_packhouse_registration',
      'gacc_registration',
      'eei_filing',
      'export_carton_marking',
    ];
    expect(codes(missingDocuments('general_trade', 'documents_ready', docs, satisfied))).toEqual([]);
    expect(missingDocuments('general_trade', 'shipped', docs, satisfied).map((d) => d.title)).toEqual([
      'USDA APHIS phytosanitary certificate (PPQ 577) issued in PCIT, with the China protocol’s additional declarations',
    ]);
  });

  it('every gate is a step of every flow, so no document is ever unreachable', () => {
    for (const flow of SHIPMENT_FLOWS) for (const gate of DOCUMENT_GATES) expect(FLOW_STEPS[flow]).toContain(gate);
    expect(documentsDueBy('general_trade', 'in_bonded_warehouse', docs)).toEqual([]);
  });
});
