import { describe, expect, it } from 'vitest';
import {
  APPLICATION_REQUIREMENTS,
  FRUIT_ACCESS,
  MIDWEST_STATES,
  PRODUCTS,
  SHIPMENT_REQUIREMENTS,
  SOURCES,
  type SourceId,
} from '@/lib/rules';
import {
  CATEGORIES,
  CHANNELS,
  RULES_VERSION,
  US_STATES,
  checkExport,
  isMidwest,
  isUsStateCode,
  listProducts,
  normalizeHsCode,
  requirementsForApplication,
  searchProducts,
  type ChannelCode,
  type ChannelResult,
  type CheckExportInput,
} from './export-rules';
import { hsBelongsToCategory } from '@/lib/validation/identifiers';

const TODAY = '2026-11-25';

function result(input: CheckExportInput, channel: ChannelCode): ChannelResult {
  const found = checkExport({ date: TODAY, ...input, channel }).results[0];
  if (!found) throw new Error('no result');
  return found;
}
const blockerCodes = (r: ChannelResult) => r.blockers.map((b) => b.code);
const requirementCodes = (r: ChannelResult) => r.requirements.map((q) => q.code);
const requirement = (r: ChannelResult, code: string) => r.requirements.find((q) => q.code === code);

describe('normalizeHsCode', () => {
  it.each([
    ['080929', '080929', '080929'],
    ['0809.29', '080929', '080929'],
    ['0809.29.0000', '080929', '0809290000'],
    ['0809 29 00', '080929', '08092900'],
    [' 2204.21.00.00 ', '220421', '2204210000'],
    ['22042100', '220421', '22042100'],
    ['2204210000999', '220421', '2204210000999'],
  ])('%s → %s', (input, hs6, digits) => {
    expect(normalizeHsCode(input)).toEqual({ hs6, digits, raw: input.trim() });
  });

  it.each(['', '0809', '08092', '0809291', 'abc123', '0809.29a', '08092900000', '.080929'])('rejects %j', (input) => {
    expect(normalizeHsCode(input)).toBeNull();
  });
});

describe('catalogue and reference data', () => {
  it('has the promised products, each in the category its HS code belongs to', () => {
    const codes = PRODUCTS.map((p) => p.hs6);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(25);
    for (const hs of [
      '080810',
      '080929',
      '081040',
      '080610',
      '080830',
      '080510',
      '220421',
      '220422',
      '220410',
      '040900',
      '610910',
      '620342',
      '611120',
      '160250',
    ]) {
      expect(codes).toContain(hs);
    }
    for (const p of PRODUCTS) expect(hsBelongsToCategory(p.hs6, p.category), p.hs6).toBe(true);
  });

  it('every product has English and Simplified Chinese names', () => {
    for (const p of PRODUCTS) {
      expect(p.name.en.length).toBeGreaterThan(2);
      expect(p.name.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('only cites sources from the sources table, with dates in ISO form', () => {
    const facts = [
      ...PRODUCTS.flatMap((p) => [
        ...p.cbec,
        ...(p.assessed ? [p.vat, p.consumptionTax, ...p.mfn, ...(p.gacc ? [p.gacc] : [])] : []),
      ]),
      ...FRUIT_ACCESS,
      ...SHIPMENT_REQUIREMENTS,
      ...APPLICATION_REQUIREMENTS,
    ];
    for (const fact of facts) {
      for (const id of fact.sources) expect(SOURCES[id as SourceId], id).toBeDefined();
      expect(fact.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (fact.effectiveTo) expect(fact.effectiveTo > fact.effectiveFrom).toBe(true);
      // A fact without a source is by definition UNVERIFIED.
      if (fact.sources.length === 0) expect(fact.verified).toBe(false);
    }
  });

  it('an UNVERIFIED MFN tariff is stored as null, never as a number', () => {
    for (const p of PRODUCTS) if (p.assessed) for (const f of p.mfn) if (!f.verified) expect(f.rate).toBeNull();
  });

  it('exports channels in order with labels, and categories from data', () => {
    expect(CHANNELS.map((c) => c.code)).toEqual(['general_trade', 'cbec_bonded', 'cbec_direct']);
    for (const c of CHANNELS) expect(c.description.length).toBeGreaterThan(40);
    expect(CATEGORIES.map((c) => c.code)).toEqual([
      'fresh_fruit',
      'vegetables',
      'wine',
      'beverages',
      'processed_food',
      'apparel',
      'footwear',
    ]);
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('lists products for pickers and searches by name, Chinese name and HS prefix', () => {
    expect(listProducts()).toHaveLength(PRODUCTS.length);
    expect(listProducts()[0]).toEqual({
      hs6: '080810',
      name: { en: 'Apples, fresh', zh: '鲜苹果' },
      category: 'fresh_fruit',
      assessed: true,
    });
    expect(searchProducts('sweet cherr').map((p) => p.hs6)).toEqual(['080929']);
    expect(searchProducts('merino').map((p) => p.hs6)).toContain('611011');
    expect(searchProducts('蓝莓').map((p) => p.hs6)).toEqual(['081040', '081190', '081340', '200899']);
    expect(searchProducts('jeans').map((p) => p.hs6)).toEqual(expect.arrayContaining(['620342', '620462']));
    expect(
      searchProducts('2204')
        .map((p) => p.hs6)
        .sort(),
    ).toEqual(['220410', '220421', '220422', '220429']);
    expect(searchProducts('0809.2').map((p) => p.hs6)).toEqual(['080929', '080921']);
    expect(searchProducts('  ')).toEqual([]);
    expect(searchProducts('zzz')).toEqual([]);
  });
});

describe('US states and Midwest', () => {
  it('has 50 states plus DC with Chinese names', () => {
    expect(Object.keys(US_STATES)).toHaveLength(51);
    expect(US_STATES.MI).toEqual({ en: 'Michigan', zh: '密歇根州' });
    expect(`美国${US_STATES.WI.zh}`).toBe('美国威斯康星州');
  });

  it('flags exactly the 12 Census Midwest states', () => {
    expect(MIDWEST_STATES).toHaveLength(12);
    const midwest = Object.keys(US_STATES).filter(isMidwest).sort();
    expect(midwest).toEqual(['IA', 'IL', 'IN', 'KS', 'MI', 'MN', 'MO', 'ND', 'NE', 'OH', 'SD', 'WI']);
    expect(isMidwest('mi')).toBe(true);
    expect(isMidwest('CA')).toBe(false);
    expect(isMidwest('XX')).toBe(false);
  });

  it('recognises state codes', () => {
    expect(isUsStateCode('MI')).toBe(true);
    expect(isUsStateCode('DC')).toBe(true);
    expect(isUsStateCode('mi')).toBe(false);
    expect(isUsStateCode('toString')).toBe(false);
  });

  it('reports origin with the Midwest flag', () => {
    const r = checkExport({ hs: '080810', state: ' oh ', date: TODAY });
    expect(r.origin).toEqual({ state: 'OH', name: { en: 'Ohio', zh: '俄亥俄州' }, midwest: true });
    expect(checkExport({ hs: '080810', state: 'WA', date: TODAY }).origin.midwest).toBe(false);
  });
});

describe('checkExport: shape and input handling', () => {
  it('returns all three channels in order when channel is omitted, with the rules version', () => {
    const r = checkExport({ hs: '0808.10', state: 'MI', priceCny: 19.99, quantity: 3, valueUsd: 1200, date: TODAY });
    expect(r.results.map((x) => x.channel)).toEqual(['general_trade', 'cbec_bonded', 'cbec_direct']);
    expect(r.query).toEqual({
      hs: '0808.10',
      hs6: '080810',
      state: 'MI',
      channels: ['general_trade', 'cbec_bonded', 'cbec_direct'],
      priceCny: '19.99',
      quantity: 3,
      orderTotalCny: '59.97',
      valueUsd: '1200.00',
      date: TODAY,
    });
    expect(r.product).toEqual({
      hs6: '080810',
      name: { en: 'Apples, fresh', zh: '鲜苹果' },
      category: 'fresh_fruit',
      assessed: true,
    });
    expect(r.rulesVersion).toBe(RULES_VERSION);
  });

  it('evaluates only the requested channel', () => {
    const r = checkExport({ hs: '610910', state: 'MN', channel: 'cbec_direct', date: TODAY });
    expect(r.results.map((x) => x.channel)).toEqual(['cbec_direct']);
  });

  it('defaults the date to today', () => {
    expect(checkExport({ hs: '610910', state: 'MN' }).query.date).toBe(new Date().toISOString().slice(0, 10));
  });

  it('rejects invalid input', () => {
    expect(() => checkExport({ hs: '610910', state: 'ZZ' })).toThrow(RangeError);
    expect(() => checkExport({ hs: '610910', state: 'MI', date: '2026-02-30' })).toThrow(RangeError);
    expect(() => checkExport({ hs: '610910', state: 'MI', date: '2015-12-31' })).toThrow(/2016-04-08/);
    expect(() => checkExport({ hs: '610910', state: 'MI', priceCny: 1.005 })).toThrow(/2 decimals/);
    expect(() => checkExport({ hs: '610910', state: 'MI', priceCny: -1 })).toThrow(RangeError);
    expect(() => checkExport({ hs: '610910', state: 'MI', quantity: 0 })).toThrow(RangeError);
    expect(() => checkExport({ hs: '610910', state: 'MI', channel: 'mail' as ChannelCode })).toThrow(RangeError);
  });

  it('no tax without a price', () => {
    for (const r of checkExport({ hs: '610910', state: 'MI', date: TODAY }).results) expect(r.tax).toBeNull();
  });
});

describe('blockers', () => {
  it('unknown_product for an HS code outside the catalogue or malformed input', () => {
    for (const hs of ['8471.30', 'not-a-code']) {
      const r = checkExport({ hs, state: 'MI', priceCny: 100, date: TODAY });
      expect(r.product).toBeNull();
      for (const ch of r.results) {
        expect(ch.eligible).toBe(false);
        expect(blockerCodes(ch)).toEqual(['unknown_product']);
        expect(ch.tax).toBeNull();
      }
    }
    expect(checkExport({ hs: 'not-a-code', state: 'MI', date: TODAY }).query.hs6).toBeNull();
  });

  it('no_market_access: sweet cherries from Michigan (WA/OR/CA/ID only)', () => {
    const r = checkExport({ hs: '0809.29', state: 'MI', date: TODAY });
    for (const ch of r.results) expect(blockerCodes(ch)).toContain('no_market_access');
    const blocker = r.results[0]?.blockers[0];
    expect(blocker).toMatchObject({ code: 'no_market_access', source: 'S40', verified: true });
    expect(blocker?.message).toContain('WA, OR, CA, ID');
    expect(result({ hs: '080929', state: 'WA' }, 'general_trade').eligible).toBe(true);
  });

  it('market access for apples from any state, blueberries from MI/IN only, grapes from CA only', () => {
    expect(result({ hs: '080810', state: 'MI' }, 'general_trade').eligible).toBe(true);
    expect(result({ hs: '081040', state: 'IN' }, 'general_trade').eligible).toBe(true);
    expect(blockerCodes(result({ hs: '081040', state: 'OH' }, 'general_trade'))).toEqual(['no_market_access']);
    expect(blockerCodes(result({ hs: '080610', state: 'MI' }, 'general_trade'))).toEqual(['no_market_access']);
    expect(result({ hs: '080550', state: 'AZ' }, 'general_trade').eligible).toBe(true);
  });

  it('market access is date-dependent (blueberries opened 2020-05-13)', () => {
    const before = result({ hs: '081040', state: 'MI', date: '2020-05-12' }, 'general_trade');
    expect(before.blockers[0]).toMatchObject({ code: 'no_market_access', effectiveFrom: '2020-05-13' });
    expect(before.blockers[0]?.message).toContain('only from 2020-05-13');
    expect(result({ hs: '081040', state: 'MI', date: '2020-05-13' }, 'general_trade').eligible).toBe(true);
  });

  it('fresh_requires_bonded: fresh fruit cannot go by CBEC direct mail', () => {
    expect(blockerCodes(result({ hs: '080810', state: 'MI' }, 'cbec_direct'))).toEqual(['fresh_requires_bonded']);
    expect(result({ hs: '080810', state: 'MI' }, 'cbec_bonded').eligible).toBe(true);
  });

  it('not_on_positive_list: sparkling wine before 2019-01-01; liquid milk (UNVERIFIED)', () => {
    const sparkling2018 = result({ hs: '220410', state: 'CA', date: '2018-12-31' }, 'cbec_bonded');
    expect(sparkling2018.blockers).toEqual([
      expect.objectContaining({
        code: 'not_on_positive_list',
        message: 'Sparkling wine is on the CBEC positive list only from 2019-01-01.',
        effectiveFrom: '2016-04-08',
        verified: true,
      }),
    ]);
    expect(result({ hs: '220410', state: 'CA', date: '2019-01-01' }, 'cbec_bonded').eligible).toBe(true);
    expect(result({ hs: '220410', state: 'CA', date: '2018-12-31' }, 'general_trade').eligible).toBe(true);
    const milk = result({ hs: '040120', state: 'WI' }, 'cbec_direct');
    expect(milk.blockers).toEqual([expect.objectContaining({ code: 'not_on_positive_list', verified: false })]);
  });

  it('over_order_limit: several items over the per-order limit in force at the date', () => {
    const over = result({ hs: '220421', state: 'MI', priceCny: 2500.01, quantity: 2 }, 'cbec_bonded');
    expect(over.eligible).toBe(false);
    expect(over.blockers).toEqual([
      expect.objectContaining({ code: 'over_order_limit', source: 'S5, S10', effectiveFrom: '2019-01-01' }),
    ]);
    expect(over.tax).toBeNull();
    expect(result({ hs: '220421', state: 'MI', priceCny: 2500, quantity: 2 }, 'cbec_bonded').eligible).toBe(true);
    // Old RMB 2,000 limit in 2018.
    const old = result(
      { hs: '220421', state: 'MI', priceCny: 1000.01, quantity: 2, date: '2018-12-31' },
      'cbec_direct',
    );
    expect(old.blockers).toEqual([
      expect.objectContaining({ code: 'over_order_limit', source: 'S9, S25', effectiveFrom: '2016-04-08' }),
    ]);
    expect(
      result({ hs: '220421', state: 'MI', priceCny: 1000.01, quantity: 2, date: '2019-01-01' }, 'cbec_direct').eligible,
    ).toBe(true);
    // General trade has no such limit.
    expect(result({ hs: '220421', state: 'MI', priceCny: 2500.01, quantity: 2 }, 'general_trade').eligible).toBe(true);
  });

  it('over_annual_limit: a single item over the RMB 26,000 annual allowance goes to general trade', () => {
    expect(blockerCodes(result({ hs: '220421', state: 'MI', priceCny: 26000.01 }, 'cbec_bonded'))).toEqual([
      'over_annual_limit',
    ]);
    expect(result({ hs: '220421', state: 'MI', priceCny: 26000 }, 'cbec_bonded').eligible).toBe(true);
    expect(
      blockerCodes(result({ hs: '220421', state: 'MI', priceCny: 20000.01, date: '2018-06-01' }, 'cbec_bonded')),
    ).toEqual(['over_annual_limit']);
  });

  it('restricted_product: beef jerky on every channel', () => {
    for (const ch of checkExport({ hs: '1602.50', state: 'IA', priceCny: 80, date: TODAY }).results) {
      expect(ch.eligible).toBe(false);
      expect(ch.blockers).toEqual([expect.objectContaining({ code: 'restricted_product', verified: true })]);
      expect(ch.tax).toBeNull();
    }
  });
});

describe('requirements', () => {
  it('fresh fruit, general trade: phytosanitary certificate, orchard registration, carton marking, CoO', () => {
    const r = result({ hs: '080810', state: 'MI' }, 'general_trade');
    expect(requirementCodes(r)).toEqual(
      expect.arrayContaining([
        'phytosanitary_certificate',
        'orchard_packhouse_registration',
        'export_carton_marking',
        'certificate_of_origin',
        'commercial_invoice',
        'packing_list',
        'transport_document',
      ]),
    );
    expect(requirement(r, 'phytosanitary_certificate')).toMatchObject({
      providedBy: 'seller',
      verified: true,
      source: 'S55, S56, S54, S52',
    });
    expect(requirement(r, 'phytosanitary_certificate')?.sourceUrl).toMatch(/^https:\/\//);
    // UNVERIFIED items surface with verified: false.
    expect(requirement(r, 'import_quarantine_permit')).toMatchObject({
      providedBy: 'importer',
      verified: false,
      source: 'UNVERIFIED',
    });
    expect(requirement(r, 'gacc_registration')?.verified).toBe(false);
    expect(requirementCodes(r)).not.toContain('cold_chain_program');
    expect(requirementCodes(r)).not.toContain('chinese_label');
  });

  it('fresh fruit, CBEC bonded: platform cold-chain programme, domestic agent, e-label', () => {
    const r = result({ hs: '081040', state: 'MI' }, 'cbec_bonded');
    expect(requirement(r, 'cold_chain_program')).toMatchObject({ providedBy: 'platform', verified: true });
    expect(requirement(r, 'domestic_agent')).toMatchObject({ providedBy: 'seller', verified: true, source: 'S20' });
    expect(requirement(r, 'chinese_e_label')).toMatchObject({ providedBy: 'platform', verified: true });
    expect(requirement(r, 'three_document_match')?.providedBy).toBe('platform');
    expect(requirement(r, 'positive_list_check')?.verified).toBe(false);
  });

  it('blueberries from treatment states need a quarantine treatment; systems-approach states do not', () => {
    expect(requirementCodes(result({ hs: '081040', state: 'MI' }, 'general_trade'))).toContain(
      'phytosanitary_treatment',
    );
    expect(requirementCodes(result({ hs: '081040', state: 'WA' }, 'general_trade'))).not.toContain(
      'phytosanitary_treatment',
    );
  });

  it('wine, general trade: TTB certificate, GACC registration, Chinese label, no separate CoO', () => {
    const r = result({ hs: '2204.21', state: 'MI' }, 'general_trade');
    expect(requirement(r, 'ttb_export_certificate')).toMatchObject({ effectiveFrom: '2014-03-01', verified: true });
    expect(requirement(r, 'gacc_registration')).toMatchObject({ verified: true, effectiveFrom: '2026-06-01' });
    expect(requirement(r, 'gacc_registration')?.title).toContain('self-registration');
    expect(requirement(r, 'chinese_label')).toMatchObject({
      providedBy: 'importer',
      verified: true,
      effectiveTo: '2027-03-15',
    });
    expect(requirement(r, 'importer_alcohol_filing')?.verified).toBe(false);
    expect(requirementCodes(r)).toEqual(expect.arrayContaining(['bottling_date_certificate', 'analysis_report']));
    expect(requirementCodes(r)).not.toContain('certificate_of_origin');
    expect(requirementCodes(r)).not.toContain('chinese_e_label');
  });

  it('wine, CBEC: Chinese e-label instead of the paper label; registration/TTB applicability UNVERIFIED', () => {
    const r = result({ hs: '220421', state: 'MI' }, 'cbec_direct');
    expect(requirementCodes(r)).toContain('chinese_e_label');
    expect(requirementCodes(r)).not.toContain('chinese_label');
    expect(requirement(r, 'gacc_registration')?.verified).toBe(false);
    expect(requirement(r, 'ttb_export_certificate')?.verified).toBe(false);
    expect(requirementCodes(r)).not.toContain('positive_list_check');
  });

  it('GACC registration follows Decree 248 (2022-01-01) then Decree 280 (2026-06-01); none before', () => {
    expect(requirementCodes(result({ hs: '040900', state: 'WI', date: '2021-12-31' }, 'general_trade'))).not.toContain(
      'gacc_registration',
    );
    const d248 = requirement(
      result({ hs: '040900', state: 'WI', date: '2022-01-01' }, 'general_trade'),
      'gacc_registration',
    );
    expect(d248).toMatchObject({
      source: 'S88, S89, S90',
      effectiveFrom: '2022-01-01',
      effectiveTo: '2026-05-31',
      verified: true,
    });
    expect(d248?.title).toContain('Decree 248');
    expect(d248?.title).toContain('bee products');
    const d280 = requirement(
      result({ hs: '040900', state: 'WI', date: '2026-06-01' }, 'general_trade'),
      'gacc_registration',
    );
    expect(d280).toMatchObject({ source: 'S92, S94, S95', effectiveFrom: '2026-06-01' });
    expect(d280?.title).toContain('Decree 280');
    // Route not confirmed for ginseng.
    expect(requirement(result({ hs: '121120', state: 'WI' }, 'general_trade'), 'gacc_registration')?.verified).toBe(
      false,
    );
  });

  it('Chinese label: pre-filing until 2019-09-30, GB 7718-2025 from 2027-03-16', () => {
    const r2019 = result({ hs: '200799', state: 'MI', date: '2019-09-30' }, 'general_trade');
    expect(requirement(r2019, 'chinese_label_filing')).toMatchObject({
      effectiveTo: '2019-09-30',
      providedBy: 'importer',
    });
    expect(requirementCodes(result({ hs: '200799', state: 'MI', date: '2019-10-01' }, 'general_trade'))).not.toContain(
      'chinese_label_filing',
    );
    const r2027 = requirement(
      result({ hs: '200799', state: 'MI', date: '2027-03-16' }, 'general_trade'),
      'chinese_label',
    );
    expect(r2027?.title).toContain('GB 7718-2025');
  });

  it('apparel: GB 18401 report and GB 5296.4 label for general trade, GB 31701 for children’s wear', () => {
    const tee = result({ hs: '6109.10', state: 'MN' }, 'general_trade');
    expect(requirement(tee, 'gb18401_test_report')).toMatchObject({ effectiveFrom: '2011-08-01', verified: true });
    expect(requirement(tee, 'gb5296_4_label')).toMatchObject({ effectiveFrom: '2014-05-01', verified: true });
    expect(requirementCodes(tee)).not.toContain('gb31701_test_report');
    expect(requirementCodes(tee)).not.toContain('gacc_registration');
    const baby = result({ hs: '611120', state: 'MN' }, 'general_trade');
    expect(requirement(baby, 'gb31701_test_report')).toMatchObject({ effectiveFrom: '2016-06-01', verified: true });
    const cbec = result({ hs: '611120', state: 'MN' }, 'cbec_direct');
    expect(requirementCodes(cbec)).not.toContain('gb5296_4_label');
    expect(requirement(cbec, 'gb18401_test_report')?.verified).toBe(false);
    expect(requirement(cbec, 'gb31701_test_report')?.verified).toBe(false);
  });

  it('meat: FSIS export certificate and facility listing; importer licence for general trade', () => {
    const r = result({ hs: '160250', state: 'IA' }, 'general_trade');
    expect(requirement(r, 'fsis_export_certificate')).toMatchObject({
      providedBy: 'seller',
      verified: true,
      source: 'S110, S111',
    });
    expect(requirementCodes(r)).toEqual(expect.arrayContaining(['fsis_gacc_facility_listing', 'import_licence']));
    expect(requirementCodes(result({ hs: '040900', state: 'IA' }, 'general_trade'))).not.toContain(
      'fsis_export_certificate',
    );
  });

  it('raw nuts may need a phytosanitary certificate (UNVERIFIED)', () => {
    expect(
      requirement(result({ hs: '080232', state: 'MO' }, 'general_trade'), 'phytosanitary_certificate')?.verified,
    ).toBe(false);
    expect(requirementCodes(result({ hs: '200819', state: 'MO' }, 'general_trade'))).not.toContain(
      'phytosanitary_certificate',
    );
  });

  it('positive_list_check only where the listing or mode remark is unconfirmed', () => {
    expect(requirementCodes(result({ hs: '040900', state: 'WI' }, 'cbec_bonded'))).not.toContain('positive_list_check');
    expect(requirement(result({ hs: '040900', state: 'WI' }, 'cbec_direct'), 'positive_list_check')?.verified).toBe(
      false,
    );
    expect(requirementCodes(result({ hs: '170220', state: 'WI' }, 'cbec_bonded'))).toContain('positive_list_check');
    expect(requirementCodes(result({ hs: '610910', state: 'WI' }, 'cbec_direct'))).not.toContain('positive_list_check');
  });

  it('eei_filing only when the value exceeds USD 2,500', () => {
    const codes = (valueUsd?: number) =>
      requirementCodes(result({ hs: '610910', state: 'MI', valueUsd }, 'general_trade'));
    expect(codes()).not.toContain('eei_filing');
    expect(codes(2500)).not.toContain('eei_filing');
    expect(codes(2500.01)).toContain('eei_filing');
    expect(
      requirement(result({ hs: '610910', state: 'MI', valueUsd: 2500.01 }, 'cbec_bonded'), 'eei_filing'),
    ).toMatchObject({
      source: 'S114, S125, S126',
      verified: true,
    });
  });

  it('every shipment requirement code in the data is reachable', () => {
    const reached = new Set<string>();
    const cases: CheckExportInput[] = [
      { hs: '081040', state: 'MI', valueUsd: 3000, date: '2019-06-01' },
      { hs: '081040', state: 'MI', valueUsd: 3000 },
      { hs: '220421', state: 'CA', date: '2019-06-01' },
      { hs: '220421', state: 'CA', date: '2027-06-01' },
      { hs: '611120', state: 'OH' },
      { hs: '160250', state: 'IA' },
      { hs: '080232', state: 'MO' },
      { hs: '170220', state: 'VT' },
      { hs: '121120', state: 'WI' },
    ];
    for (const input of cases)
      for (const r of checkExport({ date: TODAY, ...input }).results)
        requirementCodes(r).forEach((c) => reached.add(c));
    expect([...reached].sort()).toEqual([...new Set(SHIPMENT_REQUIREMENTS.map((d) => d.code))].sort());
  });
});

describe('tax', () => {
  it('reference worked example: apparel RMB 500 → 9.1% → RMB 45.50', () => {
    expect(result({ hs: '610910', state: 'MI', priceCny: 500 }, 'cbec_direct').tax).toMatchObject({
      basis: 'cbec_composite',
      rate: '0.0910',
      amountCny: '45.50',
      dutiableCny: '500.00',
      withinLimits: true,
      verified: true,
    });
  });

  it('reference worked example: still wine RMB 600 → 17.89% → RMB 107.33', () => {
    const tax = result({ hs: '220421', state: 'MI', priceCny: 600 }, 'cbec_bonded').tax;
    expect(tax).toMatchObject({
      basis: 'cbec_composite',
      rate: '0.1789',
      amountCny: '107.33',
      withinLimits: true,
      verified: true,
    });
    expect(tax?.notes.join(' ')).toContain('Cai Guan Shui [2018] No. 49');
    expect(tax?.notes.join(' ')).toContain('UNVERIFIED');
  });

  it('reference worked examples: fresh fruit 6.3% (RMB 300 → 18.90), dried fruit 6.3%, prepared nuts 9.1%', () => {
    expect(result({ hs: '081040', state: 'MI', priceCny: 300 }, 'cbec_bonded').tax).toMatchObject({
      rate: '0.0630',
      amountCny: '18.90',
      verified: true,
    });
    expect(result({ hs: '081320', state: 'MI', priceCny: 200 }, 'cbec_bonded').tax).toMatchObject({
      rate: '0.0630',
      amountCny: '12.60',
    });
    expect(result({ hs: '200819', state: 'MI', priceCny: 200 }, 'cbec_bonded').tax).toMatchObject({
      rate: '0.0910',
      amountCny: '18.20',
    });
  });

  it('reference worked example: general-trade wine CIF 100 at MFN 14% → 43.13', () => {
    const tax = result({ hs: '220421', state: 'MI', priceCny: 100 }, 'general_trade').tax;
    expect(tax).toMatchObject({ basis: 'general_trade', rate: '0.4313', amountCny: '43.13', withinLimits: true });
    // US additional tariffs are not included and their current stack is UNVERIFIED.
    expect(tax?.verified).toBe(false);
    expect(tax?.notes.join(' ')).toContain('additional tariffs');
    // Before China's first additional tariffs on US goods (2018-04-02) the MFN-only figure is complete.
    expect(result({ hs: '220421', state: 'MI', priceCny: 100, date: '2018-04-01' }, 'general_trade').tax).toMatchObject(
      {
        rate: '0.4820', // VAT 17% then: 0.14 + 1.14 × 0.27 / 0.90
        verified: true,
      },
    );
  });

  it('rounds amounts half up in integer fen', () => {
    // 5 fen × 9.1% = 0.455 fen → 0; 6 fen → 0.546 → 1; 550 fen → 50.05 → 50; 2500 fen → 227.5 (exact half) → 228.
    expect(result({ hs: '610910', state: 'MI', priceCny: 0.05 }, 'cbec_direct').tax?.amountCny).toBe('0.00');
    expect(result({ hs: '610910', state: 'MI', priceCny: 0.06 }, 'cbec_direct').tax?.amountCny).toBe('0.01');
    expect(result({ hs: '610910', state: 'MI', priceCny: 5.5 }, 'cbec_direct').tax?.amountCny).toBe('0.50');
    expect(result({ hs: '610910', state: 'MI', priceCny: 25 }, 'cbec_direct').tax?.amountCny).toBe('2.28');
    expect(result({ hs: '610910', state: 'MI', priceCny: 19.99, quantity: 3 }, 'cbec_direct').tax).toMatchObject({
      dutiableCny: '59.97',
      amountCny: '5.46',
    });
  });

  it('is date-dependent: 2018 VAT 16%/10% and 17%/11%, and the old RMB 2,000 limit', () => {
    expect(result({ hs: '610910', state: 'MI', priceCny: 500, date: '2018-05-01' }, 'cbec_direct').tax).toMatchObject({
      rate: '0.1120',
      amountCny: '56.00',
    });
    expect(result({ hs: '610910', state: 'MI', priceCny: 500, date: '2018-04-30' }, 'cbec_direct').tax).toMatchObject({
      rate: '0.1190',
      amountCny: '59.50',
    });
    expect(result({ hs: '610910', state: 'MI', priceCny: 500, date: '2019-03-31' }, 'cbec_direct').tax?.rate).toBe(
      '0.1120',
    );
    expect(result({ hs: '610910', state: 'MI', priceCny: 500, date: '2019-04-01' }, 'cbec_direct').tax?.rate).toBe(
      '0.0910',
    );
    expect(result({ hs: '080810', state: 'MI', priceCny: 300, date: '2018-06-01' }, 'cbec_bonded').tax).toMatchObject({
      rate: '0.0700',
      amountCny: '21.00',
    });
    // Wine 2018-06: (0.10 + 0.16) / 0.90 × 0.7 = 20.22%
    expect(result({ hs: '220421', state: 'MI', priceCny: 600, date: '2018-06-01' }, 'cbec_bonded').tax?.rate).toBe(
      '0.2022',
    );
    // RMB 3,000 single item: within limits since 2019, over the RMB 2,000 limit in 2018.
    expect(
      result({ hs: '610910', state: 'MI', priceCny: 3000, date: '2019-04-01' }, 'cbec_direct').tax?.withinLimits,
    ).toBe(true);
    const over2018 = result({ hs: '611420', state: 'MI', priceCny: 3000, date: '2018-12-01' }, 'cbec_direct');
    expect(over2018.eligible).toBe(true);
    expect(over2018.tax).toMatchObject({ basis: 'general_trade', withinLimits: false });
  });

  it('single item over the per-order limit: still CBEC, full-rate general-trade basis', () => {
    const r = result({ hs: '220421', state: 'MI', priceCny: 6000 }, 'cbec_bonded');
    expect(r.eligible).toBe(true);
    expect(r.tax).toMatchObject({ basis: 'general_trade', rate: '0.4313', amountCny: '2588.00', withinLimits: false });
    expect(result({ hs: '220421', state: 'MI', priceCny: 5000 }, 'cbec_bonded').tax).toMatchObject({
      basis: 'cbec_composite',
      withinLimits: true,
    });
  });

  it('general trade with an UNVERIFIED tariff: rate and amount null with a note, never an invented number', () => {
    const apple = result({ hs: '080810', state: 'MI', priceCny: 300 }, 'general_trade').tax;
    expect(apple).toMatchObject({ basis: 'general_trade', rate: null, amountCny: null, verified: false });
    expect(apple?.notes.join(' ')).toContain('UNVERIFIED');
    const orange = result({ hs: '080510', state: 'CA', priceCny: 300 }, 'general_trade').tax;
    expect(orange).toMatchObject({ rate: null, amountCny: null });
    expect(orange?.notes.join(' ')).toContain('11%');
    // Apparel MFN examples only apply after the 2018-07-01 tariff cut.
    expect(
      result({ hs: '611420', state: 'MI', priceCny: 100, date: '2018-06-30' }, 'general_trade').tax?.rate,
    ).toBeNull();
    expect(result({ hs: '611420', state: 'MI', priceCny: 100, date: '2018-07-01' }, 'general_trade').tax?.rate).toBe(
      '0.2296',
    ); // 0.06 + 1.06 × 0.16
  });

  it('UNVERIFIED VAT class or consumption tax makes the tax verified: false', () => {
    const honey = result({ hs: '040900', state: 'WI', priceCny: 100 }, 'cbec_bonded').tax;
    expect(honey).toMatchObject({ rate: '0.0630', amountCny: '6.30', verified: false });
    expect(honey?.notes.join(' ')).toMatch(/VAT class.*UNVERIFIED/);
  });

  it('general trade for verified lines: blueberries 30%, plums 10%', () => {
    // 0.30 + 1.30 × 0.09 = 0.417
    expect(result({ hs: '081040', state: 'MI', priceCny: 300 }, 'general_trade').tax).toMatchObject({
      rate: '0.4170',
      amountCny: '125.10',
    });
    expect(result({ hs: '080940', state: 'CA', priceCny: 100 }, 'general_trade').tax).toMatchObject({
      rate: '0.1990',
      amountCny: '19.90',
    });
    expect(
      result({ hs: '080940', state: 'CA', priceCny: 100, date: '2024-01-17' }, 'general_trade').tax?.rate,
    ).toBeNull();
  });
});

describe('requirementsForApplication', () => {
  const codes = (input: Parameters<typeof requirementsForApplication>[0]) =>
    requirementsForApplication(input).map((r) => r.code);

  it('always asks for business registration and the IRS EIN letter', () => {
    const reqs = requirementsForApplication({ categories: [], channels: [], date: TODAY });
    expect(reqs.map((r) => r.code)).toEqual(['business_registration', 'irs_ein_letter', 'sba_size_attestation']);
    expect(reqs[1]).toMatchObject({ kind: 'document', verified: true, source: 'S114, S116', optional: false });
    expect(reqs[2]?.verified).toBe(false);
  });

  it('food categories: FDA registration (UNVERIFIED), GACC registration for general trade', () => {
    const reqs = requirementsForApplication({
      categories: ['processed_food'],
      channels: ['general_trade'],
      date: TODAY,
    });
    expect(reqs.find((r) => r.code === 'fda_food_facility_registration')).toMatchObject({
      kind: 'registration',
      verified: false,
      source: 'UNVERIFIED',
    });
    expect(reqs.find((r) => r.code === 'gacc_registration')).toMatchObject({
      kind: 'registration',
      verified: true,
      effectiveFrom: '2026-06-01',
      appliesTo: { categories: ['processed_food'], channels: ['general_trade'] },
    });
    expect(reqs.find((r) => r.code === 'usda_organic_certificate')).toMatchObject({ optional: true, verified: false });
    expect(codes({ categories: ['processed_food'], channels: ['general_trade'], date: '2021-12-31' })).not.toContain(
      'gacc_registration',
    );
    expect(
      requirementsForApplication({ categories: ['wine'], channels: ['general_trade'], date: '2023-01-01' }).find(
        (r) => r.code === 'gacc_registration',
      )?.title,
    ).toContain('Decree 248');
  });

  it('GACC registration is UNVERIFIED for CBEC-only sellers and for fresh fruit only', () => {
    const find = (input: Parameters<typeof requirementsForApplication>[0]) =>
      requirementsForApplication({ date: TODAY, ...input }).find((r) => r.code === 'gacc_registration');
    expect(find({ categories: ['wine'], channels: ['cbec_bonded'] })?.verified).toBe(false);
    expect(find({ categories: ['fresh_fruit'], channels: ['general_trade'] })?.verified).toBe(false);
    expect(find({ categories: ['fresh_fruit', 'wine'], channels: ['general_trade', 'cbec_direct'] })?.verified).toBe(
      true,
    );
    expect(find({ categories: ['apparel'], channels: ['general_trade'] })).toBeUndefined();
  });

  it('wine: TTB basic permit; fresh fruit: orchard registration and PCIT; apparel: GB reports', () => {
    expect(codes({ categories: ['wine'], channels: ['general_trade'] })).toContain('ttb_basic_permit');
    expect(codes({ categories: ['fresh_fruit'], channels: ['general_trade'] })).toEqual(
      expect.arrayContaining(['orchard_packhouse_registration', 'aphis_pcit_account']),
    );
    const apparel = requirementsForApplication({ categories: ['apparel'], channels: ['general_trade'] });
    expect(apparel.map((r) => r.code)).toEqual([
      'business_registration',
      'irs_ein_letter',
      'sba_size_attestation',
      'gb18401_test_report',
      'gb5296_4_label',
      'gb31701_test_report',
    ]);
    expect(apparel.find((r) => r.code === 'gb31701_test_report')?.optional).toBe(true);
    expect(codes({ categories: ['apparel'], channels: ['cbec_direct'] })).not.toContain('gb5296_4_label');
  });

  it('CBEC: trademark, domestic agent and bank account for Alipay settlement', () => {
    const reqs = requirementsForApplication({ categories: ['apparel'], channels: ['general_trade', 'cbec_bonded'] });
    for (const code of ['trademark_registration', 'domestic_agent', 'overseas_bank_account']) {
      expect(reqs.find((r) => r.code === code)?.appliesTo.channels).toEqual(['cbec_bonded']);
    }
    expect(codes({ categories: ['apparel'], channels: ['general_trade'] })).not.toContain('domestic_agent');
  });

  it('gives every item a plain-language reason, a source and stable, unique codes', () => {
    const reqs = requirementsForApplication({
      categories: ['fresh_fruit', 'wine', 'processed_food', 'apparel'],
      channels: ['general_trade', 'cbec_bonded', 'cbec_direct'],
    });
    expect(new Set(reqs.map((r) => r.code)).size).toBe(reqs.length);
    expect(reqs.map((r) => r.code)).toEqual([...new Set(APPLICATION_REQUIREMENTS.map((d) => d.code))]);
    for (const r of reqs) {
      expect(r.why.length).toBeGreaterThan(20);
      expect(r.source).toMatch(/^(S\d+[a-z]?(, S\d+[a-z]?)*|UNVERIFIED)$/);
      if (r.source === 'UNVERIFIED') expect(r.verified).toBe(false);
    }
  });
});
