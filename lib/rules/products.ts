import { APPAREL_CATALOGUE, type ApparelEntry } from './catalogue-apparel';
import { FOOD_AND_FOOTWEAR_CATALOGUE, type CatalogueName } from './catalogue-foods';
import { categoryOfHs6 } from './channels';
import type { CategoryCode, RateFact, SourceId, Sourced } from './types';
import { RULES_AS_OF, RULES_COVER_FROM } from './version';

export type VatClass = 'general' | 'reduced';
export type ProductTag = 'childrens_wear' | 'meat' | 'raw_plant' | 'cites_ginseng';

/**
 * CBEC positive-list status of the product's 8-digit lines for one period (the list is keyed by China
 * tariff code [S11]; editions 2016, 2019 and 2022 [S13][S11]). A product holds a list of periods; a date
 * outside every period means the status was not checked.
 */
export interface CbecListing extends Sourced {
  readonly status: 'listed' | 'not_listed' | 'unconfirmed';
  /** List remark limiting the line to bonded import (1210); 'unconfirmed' = remark not checked. */
  readonly bondedOnly: boolean | 'unconfirmed';
}

/** GACC overseas food producer registration route (Decree 248 from 2022-01-01, Decree 280 from 2026-06-01). */
export interface GaccRoute extends Sourced {
  readonly route: 'recommended' | 'self' | 'plant_quarantine' | 'unconfirmed';
  /** One of Decree 248's 18 categories needing competent-authority recommendation [S89]. */
  readonly decree248Category?: string;
}

interface ProductBase {
  readonly hs6: string;
  readonly name: { readonly en: string; readonly zh: string };
  readonly category: CategoryCode;
  readonly keywords: readonly string[];
  readonly tags: readonly ProductTag[];
  /** CBEC positive-list membership by period (see CbecListing). */
  readonly cbec: readonly CbecListing[];
}

/** A product whose China-side rules have been researched. */
export interface AssessedProduct extends ProductBase {
  readonly assessed: true;
  readonly vat: Sourced & { readonly class: VatClass };
  readonly consumptionTax: RateFact;
  /** China MFN tariff by period; a date outside every period means the tariff is not known. */
  readonly mfn: readonly RateFact[];
  readonly gacc: GaccRoute | null;
}

/** A real HS code whose China-side rules have not been researched yet: answered as "not assessed", never as blocked. */
export interface UnassessedProduct extends ProductBase {
  readonly assessed: false;
}

export type ProductRule = AssessedProduct | UnassessedProduct;

const FROM = RULES_COVER_FROM;

const vat = (cls: VatClass, sources: readonly SourceId[]): AssessedProduct['vat'] => ({
  class: cls,
  sources,
  effectiveFrom: FROM,
  verified: true,
});
const vatUnverified = (cls: VatClass): AssessedProduct['vat'] => ({
  class: cls,
  sources: ['S27'],
  effectiveFrom: FROM,
  verified: false,
  note: `VAT class (${cls === 'reduced' ? 'reduced 9%' : 'general 13%'} since 2019-04-01) for this product is UNVERIFIED.`,
});
const noCt = (sources: readonly SourceId[]): RateFact => ({ rate: '0', sources, effectiveFrom: FROM, verified: true });
const CT_UNVERIFIED: RateFact = {
  rate: '0',
  sources: [],
  effectiveFrom: FROM,
  verified: false,
  note: 'No consumption tax is expected, but this is UNVERIFIED.',
};
const mfn = (rate: string, sources: readonly SourceId[], effectiveFrom: string): RateFact[] => [
  { rate, sources, effectiveFrom, verified: true },
];
const mfnUnverified = (
  note = 'China MFN tariff for this line is UNVERIFIED — look up the current China tariff schedule.',
): RateFact[] => [{ rate: null, sources: [], effectiveFrom: FROM, verified: false, note }];
// Apparel MFN rates are quoted for the period after the 2018-07-01 clothing tariff cut [S99][S100].
const APPAREL_MFN_FROM = '2018-07-01';

const listed = (
  sources: readonly SourceId[],
  bondedOnly: CbecListing['bondedOnly'],
  effectiveFrom = FROM,
): CbecListing[] => [
  ...(effectiveFrom > FROM
    ? [
        {
          status: 'not_listed',
          bondedOnly: 'unconfirmed',
          sources,
          effectiveFrom: FROM,
          effectiveTo: dayBefore(effectiveFrom),
          verified: true,
        } as const,
      ]
    : []),
  { status: 'listed', bondedOnly, sources, effectiveFrom, verified: true },
];
const listingUnconfirmed = (note: string, sources: readonly SourceId[] = ['S11']): CbecListing[] => [
  { status: 'unconfirmed', bondedOnly: 'unconfirmed', sources, effectiveFrom: FROM, verified: false, note },
];

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
const recommended = (decree248Category: string, verified = true, note?: string): GaccRoute => ({
  route: 'recommended',
  decree248Category,
  sources: ['S89', 'S90'],
  effectiveFrom: '2022-01-01',
  verified,
  ...(note ? { note } : {}),
});
const selfRegistration = (verified = true, note?: string): GaccRoute => ({
  route: 'self',
  sources: ['S89', 'S90', 'S93'],
  effectiveFrom: '2022-01-01',
  verified,
  ...(note ? { note } : {}),
});

function fruit(hs6: string, en: string, zh: string, keywords: string[], tariff = mfnUnverified()): AssessedProduct {
  return {
    assessed: true,
    hs6,
    name: { en, zh },
    category: 'fresh_fruit',
    keywords,
    vat: vat('reduced', ['S85', 'S86']),
    consumptionTax: noCt(['S85', 'S86']),
    mfn: tariff,
    // Fresh food on the list may only enter via bonded import (1210) [S15]; which fruit lines are listed is not confirmed.
    cbec: [
      {
        status: 'unconfirmed',
        bondedOnly: true,
        sources: ['S15', 'S16'],
        effectiveFrom: FROM,
        verified: false,
        note: 'Fresh food only via bonded import (1210); which fresh-fruit lines are on the positive list is UNVERIFIED.',
      },
    ],
    gacc: {
      route: 'plant_quarantine',
      sources: [],
      effectiveFrom: '2022-01-01',
      verified: false,
      note: 'Fresh fruit is handled under plant-quarantine protocols; whether Decree 248/280 registration also applies is UNVERIFIED.',
    },
    tags: [],
  };
}

function wine(
  hs6: string,
  en: string,
  zh: string,
  keywords: string[],
  tariff: RateFact[],
  cbec: CbecListing[],
): AssessedProduct {
  return {
    assessed: true,
    hs6,
    name: { en, zh },
    category: 'wine',
    keywords: ['wine', '葡萄酒', ...keywords],
    vat: vat('general', ['S31a', 'S30a']),
    consumptionTax: { rate: '0.10', sources: ['S30a', 'S31a'], effectiveFrom: FROM, verified: true },
    mfn: tariff,
    cbec,
    // Wine is not among Decree 248's 18 recommended categories: wineries self-register [S89][S93].
    gacc: selfRegistration(),
    tags: [],
  };
}

type FoodSpec = Pick<AssessedProduct, 'vat' | 'consumptionTax' | 'mfn' | 'cbec' | 'gacc'> & {
  keywords?: string[];
  tags?: ProductTag[];
};

function food(hs6: string, en: string, zh: string, spec: FoodSpec): AssessedProduct {
  return { assessed: true, hs6, name: { en, zh }, category: 'processed_food', keywords: [], tags: [], ...spec };
}

// Apparel MFN examples after the 2018-07-01 cut [S66]; other lines are UNVERIFIED (6%–10% seen).
const APPAREL_MFN: Readonly<Record<string, RateFact[]>> = {
  '611420': mfn('0.06', ['S66'], APPAREL_MFN_FROM),
  '620412': mfn('0.08', ['S66'], APPAREL_MFN_FROM),
  '620630': mfn('0.06', ['S66'], APPAREL_MFN_FROM),
  '611120': mfn('0.10', ['S66'], APPAREL_MFN_FROM),
};
const APPAREL_MFN_UNVERIFIED = mfnUnverified(
  'China MFN for this apparel line is UNVERIFIED (examples for ch. 61/62 are 6%–10% after the 2018-07-01 cut).',
);

function apparel(entry: ApparelEntry): AssessedProduct {
  return {
    assessed: true,
    hs6: entry.hs6,
    name: { en: entry.en, zh: entry.zh },
    category: 'apparel',
    keywords: entry.keywords,
    vat: vat('general', ['S66']),
    consumptionTax: noCt(['S66']),
    mfn: APPAREL_MFN[entry.hs6] ?? APPAREL_MFN_UNVERIFIED,
    // Apparel and footwear are listed categories [S26a]; per-line remarks are not checked.
    cbec: listed(['S26a'], false),
    gacc: null,
    tags: entry.childrensWear ? ['childrens_wear'] : [],
  };
}

function unassessed(entry: CatalogueName, cbec: CbecListing[] = []): UnassessedProduct {
  const category = categoryOfHs6(entry.hs6);
  if (!category) throw new Error(`HS ${entry.hs6} is in no category`);
  return {
    assessed: false,
    hs6: entry.hs6,
    name: { en: entry.en, zh: entry.zh },
    category,
    keywords: entry.keywords,
    tags: [],
    cbec,
  };
}

// Footwear is a listed category [S26a]; malt beer was added to the list from 2019-01-01 [S30].
const UNASSESSED_CBEC: Readonly<Record<string, CbecListing[]>> = {
  '220300': listed(['S30'], 'unconfirmed', '2019-01-01'),
};
const FOOTWEAR_CBEC = listed(['S26a'], 'unconfirmed');

const LIST_PREPACKAGED = listed(['S85', 'S89'], 'unconfirmed');

export const PRODUCTS: readonly ProductRule[] = [
  // Fresh fruit (VAT 9%, no consumption tax [S85][S86])
  fruit('080810', 'Apples, fresh', '鲜苹果', ['apple', '苹果']),
  fruit('080929', 'Sweet cherries, fresh', '鲜甜樱桃', ['cherry', 'cherries', '樱桃', '车厘子']),
  fruit(
    '081040',
    'Blueberries, fresh',
    '鲜蓝莓',
    ['blueberry', '蓝莓', 'vaccinium'],
    mfn('0.30', ['S85'], RULES_AS_OF),
  ),
  fruit('080610', 'Table grapes, fresh', '鲜食葡萄', ['grape', '葡萄']),
  fruit('080830', 'Pears, fresh', '鲜梨', ['pear', '梨']),
  fruit(
    '080510',
    'Oranges, fresh',
    '鲜橙',
    ['orange', 'citrus', '橙子', '柑橘'],
    mfnUnverified('11% seen only in an aggregator listing without a retrievable address — UNVERIFIED.'),
  ),
  fruit('080521', 'Mandarins and tangerines, fresh', '鲜柑橘(橘子)', [
    'mandarin',
    'tangerine',
    'citrus',
    '橘子',
    '柑橘',
  ]),
  fruit('080540', 'Grapefruit, fresh', '鲜葡萄柚', ['grapefruit', 'citrus', '西柚', '柑橘']),
  fruit('080550', 'Lemons and limes, fresh', '鲜柠檬及酸橙', ['lemon', 'lime', 'citrus', '柠檬', '柑橘']),
  fruit('080940', 'Plums, fresh', '鲜李子', ['plum', '李子'], mfn('0.10', ['S86'], '2024-01-18')),
  fruit('081010', 'Strawberries, fresh', '鲜草莓', ['strawberry', '草莓'], mfn('0.14', ['S85'], RULES_AS_OF)),
  fruit('080930', 'Nectarines, fresh', '鲜油桃', ['nectarine', 'peach', '油桃', '桃']),
  fruit('080440', 'Avocados (Hass), fresh', '鲜牛油果', ['avocado', '牛油果', '鳄梨']),
  // Fresh fruit with no reported US access protocol: assessed (a protocol is needed [S15]) and blocked,
  // but the reported list is not GACC's own, so the block is shown as UNVERIFIED.
  fruit('080921', 'Sour (tart) cherries, fresh', '鲜酸樱桃', ['tart cherry', 'sour cherry', 'montmorency', '酸樱桃']),
  fruit('080910', 'Apricots, fresh', '鲜杏', ['apricot', '杏']),
  fruit('080711', 'Watermelons, fresh', '鲜西瓜', ['watermelon', '西瓜']),
  fruit('080719', 'Melons (e.g. cantaloupe), fresh', '鲜甜瓜(如哈密瓜)', ['melon', 'cantaloupe', '甜瓜', '哈密瓜']),
  fruit('080840', 'Quinces, fresh', '鲜榅桲', ['quince', '榅桲']),
  fruit('080420', 'Figs, fresh', '鲜无花果', ['fig', '无花果']),
  fruit('080522', 'Clementines, fresh', '鲜克里曼丁橘', ['clementine', 'citrus', '柑橘']),
  fruit('081020', 'Raspberries, blackberries, mulberries and loganberries, fresh', '鲜覆盆子、黑莓、桑葚及罗甘莓', [
    'raspberry',
    'blackberry',
    '覆盆子',
    '树莓',
    '黑莓',
  ]),
  fruit('081030', 'Black, white or red currants and gooseberries, fresh', '鲜黑、白、红醋栗及鹅莓', [
    'currant',
    'gooseberry',
    '醋栗',
  ]),
  fruit('081050', 'Kiwifruit, fresh', '鲜猕猴桃', ['kiwi', 'kiwifruit', '猕猴桃']),
  fruit('081090', 'Other fresh fruit (e.g. persimmons, pawpaws)', '其他鲜水果(如柿子)', [
    'persimmon',
    'pawpaw',
    '柿子',
  ]),

  // Wine (VAT 13%, consumption tax 10%; MFN 14% bottled, 20% bulk [S31a][S62])
  wine(
    '220421',
    'Wine, still, bottled (≤ 2 L)',
    '瓶装葡萄酒(≤2升)',
    ['red wine', 'white wine', '红酒'],
    mfn('0.14', ['S31a', 'S30a'], FROM),
    listed(['S31', 'S32'], false),
  ),
  wine(
    '220422',
    'Wine in containers over 2 L up to 10 L',
    '葡萄酒(2升以上至10升容器)',
    ['bag-in-box', '盒中袋'],
    // Subheading 2204.22 exists from HS 2017 [S60].
    mfn('0.20', ['S62', 'S60'], '2017-01-01'),
    listingUnconfirmed('Positive-list status of 2204.22 lines is UNVERIFIED.'),
  ),
  wine(
    '220429',
    'Wine in bulk (over 10 L)',
    '散装葡萄酒(10升以上容器)',
    ['bulk wine', '散装'],
    mfn('0.20', ['S62'], FROM),
    listingUnconfirmed('Positive-list status of bulk wine lines is UNVERIFIED.'),
  ),
  wine(
    '220410',
    'Sparkling wine',
    '起泡葡萄酒',
    ['sparkling', 'champagne', '起泡酒', '香槟'],
    mfnUnverified(),
    // Sparkling wine was added to the positive list by MOF Ann. 157/2018, effective 2019-01-01 [S13][S30].
    listed(['S13', 'S30'], false, '2019-01-01'),
  ),

  // Processed foods
  food('040900', 'Natural honey', '天然蜂蜜', {
    keywords: ['honey', '蜂蜜'],
    vat: vatUnverified('reduced'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listed(['S14'], 'unconfirmed'),
    gacc: recommended('bee products'),
  }),
  food('080232', 'Walnuts, shelled', '去壳核桃', {
    keywords: ['walnut', 'nut', '核桃', '坚果'],
    vat: vatUnverified('reduced'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listed(['S89'], 'unconfirmed'),
    gacc: recommended('nuts and seeds'),
    tags: ['raw_plant'],
  }),
  food('080212', 'Almonds, shelled', '去壳杏仁(巴旦木)', {
    keywords: ['almond', 'nut', '杏仁', '巴旦木', '坚果'],
    vat: vatUnverified('reduced'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listed(['S89'], 'unconfirmed'),
    gacc: recommended('nuts and seeds'),
    tags: ['raw_plant'],
  }),
  food('200819', 'Roasted nuts and seeds, incl. mixtures', '烘焙坚果及果仁', {
    keywords: ['roasted nuts', 'mixed nuts', 'nut', '坚果', '果仁'],
    vat: vat('general', ['S85']),
    consumptionTax: noCt(['S85']),
    mfn: mfn('0.05', ['S85'], RULES_AS_OF),
    cbec: LIST_PREPACKAGED,
    gacc: recommended('nuts and seeds', false, 'Classification boundary for prepared nuts is UNVERIFIED.'),
  }),
  food('081320', 'Prunes, dried', '西梅干', {
    keywords: ['prune', 'dried fruit', '西梅', '果干'],
    vat: vat('reduced', ['S85']),
    consumptionTax: noCt(['S85']),
    mfn: mfn('0.25', ['S85'], RULES_AS_OF),
    cbec: LIST_PREPACKAGED,
    gacc: recommended('dried fruits'),
  }),
  food('081330', 'Apples, dried', '苹果干', {
    keywords: ['dried apple', 'apple chips', 'dried fruit', '果干'],
    vat: vat('reduced', ['S85']),
    consumptionTax: noCt(['S85']),
    mfn: mfn('0.25', ['S85'], RULES_AS_OF),
    cbec: LIST_PREPACKAGED,
    gacc: recommended('dried fruits'),
  }),
  food('080620', 'Raisins (dried grapes)', '葡萄干', {
    keywords: ['raisin', 'dried fruit', '果干'],
    vat: vatUnverified('reduced'),
    consumptionTax: noCt(['S85']),
    mfn: mfnUnverified(),
    cbec: listed(['S89'], 'unconfirmed'),
    gacc: recommended('dried fruits'),
  }),
  food('200799', 'Jams and fruit jellies', '果酱及果冻', {
    keywords: ['jam', 'jelly', 'preserves', '果酱'],
    vat: vat('general', ['S85']),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfn('0.05', ['S85'], RULES_AS_OF),
    cbec: LIST_PREPACKAGED,
    gacc: selfRegistration(),
  }),
  food('170220', 'Maple syrup and maple sugar', '枫糖浆及枫糖', {
    keywords: ['maple', '枫糖'],
    vat: vatUnverified('general'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listingUnconfirmed(
      'Positive-list status and whether the sugar remark (≤ 2 kg per person per year) applies are UNVERIFIED.',
    ),
    gacc: selfRegistration(false, 'Decree 248 category of maple syrup is UNVERIFIED.'),
  }),
  food('210390', 'Sauces and condiments (e.g. barbecue sauce)', '调味酱汁(如烧烤酱)', {
    keywords: ['sauce', 'bbq', 'barbecue', 'condiment', 'seasoning', '酱', '调味品'],
    vat: vatUnverified('general'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listingUnconfirmed('Positive-list status of sauce lines is UNVERIFIED.'),
    gacc: recommended('condiments/seasonings'),
  }),
  food('121120', 'Ginseng roots (American ginseng)', '花旗参(西洋参)', {
    keywords: ['ginseng', 'wisconsin ginseng', '西洋参', '花旗参', '人参'],
    vat: vatUnverified('reduced'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listingUnconfirmed(
      'Positive-list status of ginseng lines is UNVERIFIED; the list excludes endangered species, and American ginseng is CITES Appendix II.',
    ),
    gacc: {
      route: 'unconfirmed',
      sources: [],
      effectiveFrom: '2022-01-01',
      verified: false,
      note: 'Registration route for ginseng is UNVERIFIED.',
    },
    // CITES Appendix II: roots need a USFWS document and State certification [S147][S148][S149a][S149b].
    tags: ['raw_plant', 'cites_ginseng'],
  }),
  food('040120', 'Milk, liquid (fat 1%–6%)', '液态奶(脂肪1%–6%)', {
    keywords: ['milk', 'dairy', '牛奶', '乳制品'],
    vat: vatUnverified('reduced'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: [
      {
        status: 'not_listed',
        bondedOnly: 'unconfirmed',
        sources: ['S14'],
        effectiveFrom: FROM,
        verified: false,
        note: 'Liquid milk was excluded from the 2016 list; later editions not checked (UNVERIFIED).',
      },
    ],
    gacc: recommended('dairy products'),
  }),
  food('160250', 'Beef jerky (prepared beef)', '牛肉干', {
    keywords: ['jerky', 'beef', 'meat', '牛肉', '肉干'],
    vat: vatUnverified('general'),
    consumptionTax: CT_UNVERIFIED,
    mfn: mfnUnverified(),
    cbec: listingUnconfirmed('Positive-list status of jerky lines is UNVERIFIED.'),
    gacc: recommended('meat and meat products'),
    tags: ['meat'],
  }),

  // Apparel (VAT 13%, no consumption tax [S66]): every 6-digit line of chapters 61 and 62
  ...APPAREL_CATALOGUE.map(apparel),

  // Codes whose China-side rules are not researched yet
  unassessed(
    {
      hs6: '220300',
      en: 'Beer made from malt',
      zh: '麦芽酿造的啤酒',
      keywords: ['beer', 'craft beer', 'ale', 'lager', '啤酒'],
    },
    UNASSESSED_CBEC['220300'],
  ),
  ...FOOD_AND_FOOTWEAR_CATALOGUE.map((entry) =>
    unassessed(entry, entry.hs6.startsWith('64') ? FOOTWEAR_CBEC : (UNASSESSED_CBEC[entry.hs6] ?? [])),
  ),
];
