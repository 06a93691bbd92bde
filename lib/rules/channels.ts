import type { CategoryCode, ChannelCode, SourceId } from './types';

export const CHANNELS = [
  {
    code: 'general_trade',
    customsCode: null,
    label: 'General trade (B2B)',
    description:
      'You sell to a Chinese importer, who clears the goods through customs, pays the full duties and taxes and resells them in China — for example a distributor you meet on Alibaba.com.',
    sources: ['S31a', 'S24'],
  },
  {
    code: 'cbec_bonded',
    customsCode: '1210',
    label: 'Cross-border e-commerce — bonded warehouse',
    description:
      'You ship stock in bulk to a bonded warehouse in China; each consumer order on a platform such as Tmall Global is released from there. Shoppers pay a reduced cross-border tax within per-order and yearly limits.',
    sources: ['S17', 'S5'],
  },
  {
    code: 'cbec_direct',
    customsCode: '9610',
    label: 'Cross-border e-commerce — direct mail',
    description:
      'Each consumer order is sent as a parcel from the US after the shopper buys on a cross-border platform. Same reduced tax and limits as bonded, but not allowed for fresh food.',
    sources: ['S17', 'S8'],
  },
] as const satisfies readonly {
  code: ChannelCode;
  customsCode: string | null;
  label: string;
  description: string;
  sources: readonly SourceId[];
}[];

export const CHANNEL_CODES: readonly ChannelCode[] = CHANNELS.map((c) => c.code);

/**
 * HS prefixes define each category (ch. 61/62 apparel [S97]; 2204 wine [S60]; ch. 08 fresh fruit [S40];
 * the other chapters by the HS nomenclature itself). The longest matching prefix wins, so raisins
 * (0806.20) are processed food while grapes (0806.10) are fruit.
 */
export const CATEGORIES = [
  {
    code: 'fresh_fruit',
    label: 'Fresh fruit',
    labelZh: '新鲜水果',
    description:
      'Fresh fruit such as apples, cherries and blueberries; needs plant-health approval for each fruit and US state.',
    hsPrefixes: ['0803', '0804', '0805', '0806', '0807', '0808', '0809', '0810'],
  },
  {
    code: 'vegetables',
    label: 'Vegetables',
    labelZh: '蔬菜',
    description: 'Vegetables, fresh, frozen or dried, and dried beans and lentils (HS chapter 07).',
    hsPrefixes: ['07'],
  },
  {
    code: 'wine',
    label: 'Wine',
    labelZh: '葡萄酒',
    description: 'Wine of fresh grapes, still or sparkling, bottled or bulk (HS 2204).',
    hsPrefixes: ['2204'],
  },
  {
    code: 'beverages',
    label: 'Beer, cider, spirits and other drinks',
    labelZh: '啤酒、苹果酒、烈酒及其他饮料',
    description: 'Drinks other than grape wine: water, soft drinks, beer, cider and mead, spirits (HS 2201–2208).',
    hsPrefixes: ['2201', '2202', '2203', '2205', '2206', '2207', '2208'],
  },
  {
    code: 'processed_food',
    label: 'Processed foods',
    labelZh: '加工食品',
    description:
      'Dairy and cheese, honey, nuts, dried and frozen fruit, coffee, tea and spices, ginseng, meat preparations, confectionery, bakery, jams, juices, sauces, maple syrup.',
    hsPrefixes: [
      '0210',
      '04',
      '0801',
      '0802',
      '080620',
      '0811',
      '0812',
      '0813',
      '09',
      '12',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
      '2209',
    ],
  },
  {
    code: 'apparel',
    label: 'Apparel',
    labelZh: '服装',
    description: 'Clothing, knitted (HS chapter 61) or woven (HS chapter 62), including children’s wear.',
    hsPrefixes: ['61', '62'],
  },
  {
    code: 'footwear',
    label: 'Footwear',
    labelZh: '鞋靴',
    description: 'Shoes, boots, slippers and their parts (HS chapter 64).',
    hsPrefixes: ['64'],
  },
] as const satisfies readonly {
  code: CategoryCode;
  label: string;
  labelZh: string;
  description: string;
  hsPrefixes: readonly string[];
}[];

export const CATEGORY_CODES: readonly CategoryCode[] = CATEGORIES.map((c) => c.code);
export const FOOD_CATEGORIES: readonly CategoryCode[] = [
  'fresh_fruit',
  'vegetables',
  'wine',
  'beverages',
  'processed_food',
];

/** The category whose longest HS prefix matches these digits (6 or more), or null. */
export function categoryOfHs6(digits: string): CategoryCode | null {
  let best: { category: CategoryCode; length: number } | null = null;
  for (const category of CATEGORIES) {
    for (const prefix of category.hsPrefixes) {
      if (digits.startsWith(prefix) && (!best || prefix.length > best.length)) {
        best = { category: category.code, length: prefix.length };
      }
    }
  }
  return best?.category ?? null;
}
