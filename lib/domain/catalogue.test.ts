import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, CHANNEL_CODES, PRODUCTS, SEED_RULES, SOURCES, type CategoryCode } from '@/lib/rules';
import { checkExport, createExportRules, requirementsForApplication, type ChannelResult } from './export-rules';
import { checkShipment } from './shipment-documents';
import { categoryOfHs } from '@/lib/validation/identifiers';

const TODAY = '2026-11-25';
const channel = (hs: string, state: string, c: ChannelResult['channel'], extra: object = {}) =>
  checkExport({ hs, state, channel: c, date: TODAY, ...extra }).results[0]!;
const codes = (r: ChannelResult) => r.requirements.map((q) => q.code);

// Requirements that rest on secondary sources only: the reference found no retrievable primary page for them.
// Each is shown as "secondary sources only" wherever it appears. Adding a requirement without a primary
// source means adding it here, on purpose.
const SECONDARY_ONLY = [
  'analysis_report',
  'bottling_date_certificate',
  'chinese_e_label',
  'chinese_label',
  'cold_chain_program',
  'domestic_agent',
  'export_carton_marking',
  'gacc_registration',
  'gb18401_test_report',
  'gb31701_test_report',
  'gb5296_4_label',
  'import_quarantine_permit',
  'importer_alcohol_filing',
  'orchard_packhouse_registration',
  'phytosanitary_treatment',
  'positive_list_check',
  'three_document_match',
];

describe('the catalogue', () => {
  it('reaches every chapter a US small maker in these categories sells from, at HS6', () => {
    const byChapter = new Map<string, number>();
    for (const p of PRODUCTS) byChapter.set(p.hs6.slice(0, 2), (byChapter.get(p.hs6.slice(0, 2)) ?? 0) + 1);
    for (const [chapter, min] of Object.entries({
      '04': 15,
      '07': 15,
      '08': 40,
      '09': 8,
      '12': 5,
      '16': 5,
      '17': 3,
      '18': 5,
      '19': 7,
      '20': 20,
      '21': 8,
      '22': 18,
      '61': 90,
      '62': 90,
      '64': 15,
    })) {
      expect(byChapter.get(chapter) ?? 0, `chapter ${chapter}`).toBeGreaterThanOrEqual(min);
    }
    expect(PRODUCTS.length).toBeGreaterThan(390);
  });

  it('every code is a unique 6-digit code with English and Simplified Chinese names and its HS category', () => {
    const seen = new Set<string>();
    for (const p of PRODUCTS) {
      expect(p.hs6, p.hs6).toMatch(/^\d{6}$/);
      expect(seen.has(p.hs6), `duplicate ${p.hs6}`).toBe(false);
      seen.add(p.hs6);
      expect(p.name.en.length, p.hs6).toBeGreaterThan(3);
      expect(p.name.en, p.hs6).not.toMatch(/[\u4e00-\u9fff]/);
      expect(p.name.zh, p.hs6).toMatch(/^[^a-z]*[\u4e00-\u9fff]/);
      expect(CATEGORY_CODES).toContain(p.category);
      expect(categoryOfHs(p.hs6), p.hs6).toBe(p.category);
    }
    // No two products share a name in either language (a picker could not tell them apart).
    expect(new Set(PRODUCTS.map((p) => p.name.en)).size).toBe(PRODUCTS.length);
    expect(new Set(PRODUCTS.map((p) => p.name.zh)).size).toBe(PRODUCTS.length);
  });

  it('the merino sweater and every other apparel line are assessed, with the apparel rules', () => {
    const merino = PRODUCTS.find((p) => p.hs6 === '611011');
    expect(merino).toMatchObject({ category: 'apparel', assessed: true });
    for (const p of PRODUCTS.filter((x) => x.category === 'apparel')) expect(p.assessed, p.hs6).toBe(true);
    const r = channel('611011', 'WI', 'cbec_direct');
    expect(r.status).toBe('eligible');
    expect(codes(r)).toEqual(expect.arrayContaining(['gb18401_test_report', 'chinese_e_label', 'domestic_agent']));
  });
});

describe('sources', () => {
  it('every source is classified; only regulators, government bodies and their texts are primary', () => {
    for (const [id, s] of Object.entries(SOURCES)) expect(['primary', 'secondary'], id).toContain(s.kind);
    expect(SOURCES.S147.kind).toBe('primary'); // eCFR
    expect(SOURCES.S74.kind).toBe('primary'); // TTB
    expect(SOURCES.S114.kind).toBe('primary'); // trade.gov
    for (const id of ['S77', 'S54', 'S103', 'S150', 'S33', 'S21'] as const)
      expect(SOURCES[id].kind, id).toBe('secondary');
    for (const s of Object.values(SOURCES).filter((x) => x.kind === 'primary' && x.url)) {
      // A government or intergovernmental site, or a library's archived copy of one.
      expect(s.url, s.title).toMatch(/^https?:\/\/([a-z0-9.-]+\.)?(gov|int|state\.[a-z]{2}\.us)\/|unt\.edu\/.*\.gov\//);
    }
  });

  it('for every product and channel, each requirement cites sources about its category, and says when none is official', () => {
    const secondaryOnly = new Set<string>();
    for (const p of PRODUCTS) {
      for (const extra of [{}, { childrensWear: true, valueUsd: 5000 }]) {
        for (const r of checkExport({ hs: p.hs6, state: 'MI', date: TODAY, ...extra }).results) {
          for (const item of [...r.requirements, ...r.blockers]) {
            if (item.sources.length === 0) expect(item.verified, `${p.hs6} ${item.code}`).toBe(false);
            for (const s of item.sources) {
              const about = SOURCES[s.id as keyof typeof SOURCES]?.categories;
              expect(s.title, `${p.hs6} ${item.code} ${s.id}`).not.toBe(s.id);
              if (about) expect(about, `${p.hs6} ${r.channel} ${item.code} cites ${s.id}`).toContain(p.category);
            }
            expect(item.official).toBe(item.sources.some((s) => s.kind === 'primary'));
          }
          for (const q of r.requirements) if (!q.official) secondaryOnly.add(q.code);
        }
      }
    }
    expect([...secondaryOnly].sort()).toEqual(SECONDARY_ONLY);
  }, 60_000);

  it('the apparel commercial documents no longer cite a page about wine clearance', () => {
    const invoice = channel('611011', 'WI', 'general_trade').requirements.find((q) => q.code === 'commercial_invoice')!;
    expect(invoice.sources.map((s) => s.id)).toEqual(['S153', 'S105']);
    expect(invoice.official).toBe(true);
    expect(invoice.sourceUrl).toBe(SOURCES.S153.url);
  });
});

describe('products not assessed yet', () => {
  it.each(['040690', '090121', '640391', '071333', '220830'])('%s is answered "not assessed", never blocked', (hs) => {
    for (const c of CHANNEL_CODES) {
      const r = channel(hs, 'WI', c);
      expect(r).toMatchObject({ status: 'not_assessed', eligible: false, blockers: [], tax: null });
      expect(codes(r)).toEqual(expect.arrayContaining(['export_screening', 'commercial_invoice', 'packing_list']));
      if (c !== 'general_trade')
        expect(codes(r)).toEqual(expect.arrayContaining(['domestic_agent', 'chinese_e_label']));
    }
    expect(checkExport({ hs, state: 'WI', date: TODAY }).product?.assessed).toBe(false);
  });

  it('shows what applies to every food of its kind (GACC registration) but no product-specific rule', () => {
    const cheese = channel('040690', 'WI', 'general_trade');
    expect(codes(cheese)).toContain('gacc_registration');
    expect(codes(cheese)).not.toContain('phytosanitary_certificate');
  });

  it('CBEC list membership is dated data: malt beer is listed from 2019-01-01, and a known block still blocks', () => {
    expect(channel('220300', 'WI', 'cbec_bonded', { date: '2018-06-01' })).toMatchObject({
      status: 'blocked',
      blockers: [expect.objectContaining({ code: 'not_on_positive_list' })],
    });
    expect(channel('220300', 'WI', 'cbec_bonded', { date: '2019-01-01' }).status).toBe('not_assessed');
    expect(codes(channel('220300', 'WI', 'cbec_bonded', { date: '2019-01-01' }))).not.toContain('positive_list_check');
    expect(codes(channel('220830', 'WI', 'cbec_bonded'))).toContain('positive_list_check');
  });
});

describe('rules found missing', () => {
  it('American ginseng roots need the USFWS CITES document and the State certificate, wild and cultivated told apart', () => {
    for (const c of CHANNEL_CODES) {
      const r = channel('121120', 'WI', c);
      const cites = r.requirements.find((q) => q.code === 'cites_export_document');
      expect(cites?.title).toMatch(/export permit for wild roots, a certificate for artificially propagated roots/);
      expect(cites).toMatchObject({ verified: true, official: true, source: 'S147, S148' });
      const state = r.requirements.find((q) => q.code === 'state_ginseng_certificate');
      expect(state?.title).toMatch(/DATCP/);
      expect(state?.sources.map((s) => s.id)).toEqual(['S147', 'S149b', 'S149a']);
    }
    expect(codes(channel('210690', 'WI', 'general_trade'))).not.toContain('cites_export_document');
  });

  it('GB 31701 on listings flagged children’s wear (and always on babies’ garments), not on adult clothing', () => {
    expect(codes(channel('611011', 'WI', 'general_trade'))).not.toContain('gb31701_test_report');
    expect(codes(channel('611011', 'WI', 'general_trade', { childrensWear: true }))).toContain('gb31701_test_report');
    expect(codes(channel('611120', 'WI', 'cbec_bonded'))).toContain('gb31701_test_report');
    expect(codes(channel('040690', 'WI', 'general_trade', { childrensWear: true }))).not.toContain(
      'gb31701_test_report',
    );
  });

  it('GB 18401 with its safety category on all apparel', () => {
    for (const p of PRODUCTS.filter((x) => x.category === 'apparel')) {
      const r = channel(p.hs6, 'WI', 'general_trade');
      expect(r.requirements.find((q) => q.code === 'gb18401_test_report')?.title, p.hs6).toMatch(/safety category/);
    }
  });

  it('the application asks about children’s wear: yes requires GB 31701, no drops it, unanswered leaves it optional', () => {
    const base = { categories: ['apparel'] as CategoryCode[], channels: ['cbec_direct' as const], date: TODAY };
    const gb = (childrensWear?: boolean) =>
      requirementsForApplication({ ...base, childrensWear }).find((q) => q.code === 'gb31701_test_report');
    expect(gb(true)).toMatchObject({ optional: false });
    expect(gb(false)).toBeUndefined();
    expect(gb(undefined)).toMatchObject({ optional: true });
  });

  it('apparel trademarks: Nice class 25; other goods keep the reported class 35 note', () => {
    const tm = (categories: CategoryCode[]) =>
      requirementsForApplication({ categories, channels: ['cbec_bonded'], date: TODAY }).find(
        (q) => q.code === 'trademark_registration',
      )!;
    expect(tm(['apparel']).why).toMatch(/Nice class 25/);
    expect(tm(['apparel']).sources.map((s) => s.id)).toContain('S152');
    expect(tm(['footwear']).why).toMatch(/class 25/);
    expect(tm(['wine']).why).not.toMatch(/class 25/);
  });

  it('a blocked fruit says what the same grower may sell instead, each with its source', () => {
    const check = checkExport({ hs: '080929', state: 'MI', date: TODAY });
    expect(check.results.every((r) => r.status === 'blocked')).toBe(true);
    expect(check.alternatives.map((a) => a.hs6).sort()).toEqual(['080810', '081040']);
    const blueberries = check.alternatives.find((a) => a.hs6 === '081040')!;
    expect(blueberries.reason).toMatch(/Michigan.*quarantine treatment/);
    expect(blueberries.source).toBe('S50, S51, S52');
    expect(checkExport({ hs: '080929', state: 'WA', date: TODAY }).alternatives).toEqual([]);
    expect(checkExport({ hs: '220421', state: 'MI', date: TODAY }).alternatives).toEqual([]);
    // Before blueberry access (2020-05-13) only apples are offered.
    expect(checkExport({ hs: '080929', state: 'MI', date: '2020-01-01' }).alternatives.map((a) => a.hs6)).toEqual([
      '080810',
    ]);
  });

  it('tart cherries have no reported protocol: blocked, and the block is marked unverified', () => {
    const r = channel('080921', 'MI', 'general_trade');
    expect(r.blockers).toEqual([expect.objectContaining({ code: 'no_market_access', verified: false })]);
  });
});

describe('shipments never throw on what a listing accepted', () => {
  const line = { originState: 'WI', valueUsd: 100, category: 'apparel' as const };
  it('a code outside the catalogue, or in another category, is a blocker with a reason', () => {
    const unknown = checkShipment({ channel: 'general_trade', lines: [{ ...line, hs6: '619999' }], date: TODAY });
    expect(unknown.blockers).toEqual([expect.objectContaining({ code: 'unknown_product', line: 0 })]);
    expect(unknown.blockers[0]!.message).toMatch(/not in the product catalogue/);
    const mismatch = checkShipment({ channel: 'general_trade', lines: [{ ...line, hs6: '220421' }], date: TODAY });
    expect(mismatch.blockers[0]!.message).toMatch(/wine in the catalogue, but the listing says apparel/);
  });

  it('the merino sweater ships with its documents; flagged children’s wear adds GB 31701', () => {
    const adult = checkShipment({ channel: 'cbec_bonded', lines: [{ ...line, hs6: '611011' }], date: TODAY });
    expect(adult.blockers).toEqual([]);
    expect(adult.documents.map((d) => d.code)).toContain('gb18401_test_report');
    expect(adult.documents.map((d) => d.code)).not.toContain('gb31701_test_report');
    const kids = checkShipment({
      channel: 'cbec_bonded',
      lines: [{ ...line, hs6: '611020', childrensWear: true }],
      date: TODAY,
    });
    expect(kids.documents.map((d) => d.code)).toContain('gb31701_test_report');
  });
});

describe('the engine takes its rules as data', () => {
  it('answers from the rule set it is given', () => {
    const fewer = createExportRules({ ...SEED_RULES, products: SEED_RULES.products.filter((p) => p.hs6 !== '611011') });
    expect(fewer.checkExport({ hs: '611011', state: 'WI', date: TODAY }).product).toBeNull();
    expect(checkExport({ hs: '611011', state: 'WI', date: TODAY }).product).not.toBeNull();
  });
});
