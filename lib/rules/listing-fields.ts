import type { CategoryCode } from './types';

// Which product facts a listing asks for, per category. Product data, not regulation: the fields
// mirror what the documents in requirements.ts need (e.g. TTB permit and GACC number for wine).
export interface ListingFieldDef {
  key: string;
  label: string;
  type: 'text' | 'number' | 'boolean' | 'select';
  required: boolean;
  /** For numbers: inclusive bounds; decimals allowed. */
  min?: number;
  max?: number;
  decimals?: number;
  options?: readonly { value: string; label: string }[];
  hint?: string;
  /** A change to this field on a live listing goes through review (what the product is, its claims). */
  reviewed: boolean;
}

export const LISTING_CATEGORY_FIELDS: Record<CategoryCode, readonly ListingFieldDef[]> = {
  fresh_fruit: [
    {
      key: 'variety',
      label: 'Variety',
      type: 'text',
      required: true,
      reviewed: true,
      hint: 'e.g. Bluecrop, Honeycrisp',
    },
    {
      key: 'harvestWindow',
      label: 'Harvest window',
      type: 'text',
      required: true,
      reviewed: true,
      hint: 'e.g. July – August',
    },
    {
      key: 'shelfLifeDays',
      label: 'Shelf life (days)',
      type: 'number',
      required: true,
      min: 1,
      max: 365,
      decimals: 0,
      reviewed: true,
    },
    { key: 'coldChain', label: 'Shipped in a cold chain', type: 'boolean', required: false, reviewed: true },
    {
      key: 'orchardRegistration',
      label: 'Orchard / packhouse registration number',
      type: 'text',
      required: true,
      reviewed: true,
    },
  ],
  wine: [
    { key: 'varietal', label: 'Varietal', type: 'text', required: true, reviewed: true, hint: 'e.g. Riesling' },
    {
      key: 'vintage',
      label: 'Vintage',
      type: 'number',
      required: true,
      min: 1900,
      max: 2100,
      decimals: 0,
      reviewed: true,
    },
    {
      key: 'abv',
      label: 'Alcohol by volume (%)',
      type: 'number',
      required: true,
      min: 0.5,
      max: 24,
      decimals: 1,
      reviewed: true,
    },
    {
      key: 'volumeMl',
      label: 'Bottle volume (ml)',
      type: 'number',
      required: true,
      min: 50,
      max: 20000,
      decimals: 0,
      reviewed: true,
    },
    { key: 'ttbPermit', label: 'TTB basic permit number', type: 'text', required: true, reviewed: true },
    { key: 'gaccNumber', label: 'GACC registration number', type: 'text', required: true, reviewed: true },
  ],
  apparel: [
    {
      key: 'fibreContent',
      label: 'Fibre content',
      type: 'text',
      required: true,
      reviewed: true,
      hint: 'e.g. 100% cotton',
    },
    { key: 'sizes', label: 'Sizes', type: 'text', required: true, reviewed: true, hint: 'e.g. S, M, L, XL' },
    { key: 'care', label: 'Care instructions', type: 'text', required: true, reviewed: true },
    {
      key: 'safetyCategory',
      label: 'GB 18401 safety category',
      type: 'select',
      required: true,
      reviewed: true,
      options: [
        { value: 'A', label: 'A — for infants (36 months and under)' },
        { value: 'B', label: 'B — worn against the skin' },
        { value: 'C', label: 'C — not worn against the skin (e.g. coats)' },
      ],
      hint: 'The category your GB 18401 test report gives; it goes on the Chinese label.',
    },
    {
      key: 'childrensWear',
      label: 'Children’s wear (ages 0–14)',
      type: 'boolean',
      required: false,
      reviewed: true,
      hint: 'Children’s wear needs a GB 31701 test report, on the listing and on every shipment of it.',
    },
  ],
  vegetables: [
    { key: 'variety', label: 'Variety', type: 'text', required: true, reviewed: true, hint: 'e.g. Yukon Gold' },
    {
      key: 'shelfLifeDays',
      label: 'Shelf life (days)',
      type: 'number',
      required: true,
      min: 1,
      max: 3650,
      decimals: 0,
      reviewed: true,
    },
    { key: 'coldChain', label: 'Shipped in a cold chain', type: 'boolean', required: false, reviewed: true },
  ],
  beverages: [
    {
      key: 'abv',
      label: 'Alcohol by volume (%)',
      type: 'number',
      required: true,
      min: 0,
      max: 96,
      decimals: 1,
      reviewed: true,
      hint: '0 for non-alcoholic drinks',
    },
    {
      key: 'volumeMl',
      label: 'Container volume (ml)',
      type: 'number',
      required: true,
      min: 50,
      max: 20000,
      decimals: 0,
      reviewed: true,
    },
    { key: 'ingredients', label: 'Ingredients', type: 'text', required: true, reviewed: true },
  ],
  footwear: [
    {
      key: 'upperMaterial',
      label: 'Upper material',
      type: 'text',
      required: true,
      reviewed: true,
      hint: 'e.g. full-grain leather',
    },
    {
      key: 'soleMaterial',
      label: 'Sole material',
      type: 'text',
      required: true,
      reviewed: true,
      hint: 'e.g. rubber',
    },
    { key: 'sizes', label: 'Sizes', type: 'text', required: true, reviewed: true, hint: 'e.g. US 6–12' },
  ],
  processed_food: [
    { key: 'ingredients', label: 'Ingredients', type: 'text', required: true, reviewed: true },
    {
      key: 'shelfLifeDays',
      label: 'Shelf life (days)',
      type: 'number',
      required: true,
      min: 1,
      max: 3650,
      decimals: 0,
      reviewed: true,
    },
    { key: 'gaccNumber', label: 'GACC registration number', type: 'text', required: true, reviewed: true },
  ],
};

export const LISTING_UNITS = [
  { value: 'case', label: 'Case' },
  { value: 'carton', label: 'Carton' },
  { value: 'bottle', label: 'Bottle' },
  { value: 'kg', label: 'Kilogram' },
  { value: 'piece', label: 'Piece' },
  { value: 'pack', label: 'Pack' },
] as const;
