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
 * HS prefixes define each category (ch. 61/62 apparel [S97]; 2204 wine [S60]; ch. 08 fresh fruit [S40]).
 * The longest matching prefix wins, so raisins (0806.20) are processed food while grapes (0806.10) are fruit.
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
    code: 'wine',
    label: 'Wine',
    labelZh: '葡萄酒',
    description: 'Wine of fresh grapes, still or sparkling, bottled or bulk (HS 2204).',
    hsPrefixes: ['2204'],
  },
  {
    code: 'processed_food',
    label: 'Processed foods',
    labelZh: '加工食品',
    description: 'Packaged foods such as honey, nuts, dried fruit, jams, sauces, maple syrup and ginseng.',
    hsPrefixes: ['0210', '0401', '0409', '0802', '080620', '0813', '1211', '1602', '1702', '2007', '2008', '2103'],
  },
  {
    code: 'apparel',
    label: 'Apparel',
    labelZh: '服装',
    description: 'Clothing, knitted (HS chapter 61) or woven (HS chapter 62), including children’s wear.',
    hsPrefixes: ['61', '62'],
  },
] as const satisfies readonly {
  code: CategoryCode;
  label: string;
  labelZh: string;
  description: string;
  hsPrefixes: readonly string[];
}[];

export const CATEGORY_CODES: readonly CategoryCode[] = CATEGORIES.map((c) => c.code);
export const FOOD_CATEGORIES: readonly CategoryCode[] = ['fresh_fruit', 'wine', 'processed_food'];
