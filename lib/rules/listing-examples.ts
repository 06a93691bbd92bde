import type { CategoryCode } from './types';

/**
 * What the listing form and the CSV template show as examples, per category, so an apparel maker is
 * not shown wine. `row` is a complete example listing in the template's columns (a test imports each).
 */
export interface ListingExample {
  /** The HS code hint, e.g. "6110.20 for cotton sweaters". */
  hs: string;
  packSize: string;
  row?: { base: Record<string, string>; attributes: Record<string, string> };
}

export const LISTING_EXAMPLES: Record<CategoryCode, ListingExample> = {
  fresh_fruit: { hs: '0810.40 for fresh blueberries', packSize: '12 x 125 g clamshells' },
  vegetables: { hs: '0701.90 for fresh potatoes', packSize: '10 kg carton' },
  wine: {
    hs: '2204.21 for bottled wine',
    packSize: '12 x 750 ml',
    row: {
      base: {
        category: 'wine',
        hs_code: '2204.21',
        title_en: 'Door Peninsula Riesling 2022',
        title_zh: '门半岛雷司令 2022',
        description_en: 'Crisp, off-dry Riesling.',
        description_zh: '清爽微甜的雷司令。',
        price_usd: '24.00',
        unit: 'case',
        pack_size: '12 x 750 ml',
        min_order: '10',
        stock: '200',
        weight_kg: '16',
        origin_state: 'WI',
        channels: 'cbec_bonded|general_trade',
      },
      attributes: {
        varietal: 'Riesling',
        vintage: '2022',
        abv: '11.5',
        volumeMl: '750',
        ttbPermit: 'BW-WI-1234',
        gaccNumber: 'CUSA12345678',
      },
    },
  },
  beverages: { hs: '2206.00 for hard cider', packSize: '24 x 355 ml cans' },
  processed_food: { hs: '0409.00 for honey', packSize: '12 x 340 g jars' },
  apparel: {
    hs: '6110.20 for cotton sweaters, 6109.10 for cotton T-shirts',
    packSize: '1 piece',
    row: {
      base: {
        category: 'apparel',
        hs_code: '6109.10',
        title_en: "Children's organic cotton T-shirt",
        title_zh: '儿童有机棉T恤',
        description_en: 'Soft crew-neck T-shirt in organic cotton, knitted in Wisconsin.',
        description_zh: '柔软圆领有机棉T恤，威斯康星州织造。',
        price_usd: '18.00',
        unit: 'piece',
        pack_size: '1 piece',
        min_order: '10',
        stock: '300',
        weight_kg: '0.2',
        origin_state: 'WI',
        channels: 'cbec_direct|cbec_bonded',
      },
      attributes: {
        fibreContent: '100% cotton',
        sizes: '2T, 3T, 4T, 5',
        care: 'Machine wash cold',
        safetyCategory: 'A',
        childrensWear: 'true',
      },
    },
  },
  footwear: { hs: '6403.99 for leather boots', packSize: '1 pair' },
};
