import { describe, expect, it } from 'vitest';
import { listingInputSchema } from './listing';

const wine = {
  category: 'wine',
  hs: '2204.21',
  titleEn: 'Door Peninsula Riesling 2022',
  titleZh: '门半岛雷司令',
  descriptionEn: 'Crisp Riesling',
  descriptionZh: '清爽',
  priceUsd: '24.99',
  unit: 'case',
  packSize: '12 x 750 ml',
  minOrder: '10',
  stock: '200',
  weightKg: '16.5',
  originState: 'wi',
  channels: ['cbec_bonded'],
  attributes: {
    varietal: 'Riesling',
    vintage: '2022',
    abv: '11.5',
    volumeMl: '750',
    ttbPermit: 'BW-WI-1',
    gaccNumber: 'CUSA1',
  },
};

const errors = (input: object) => {
  const r = listingInputSchema('wine').safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('listing validation', () => {
  it('normalises a good wine listing', () => {
    const v = listingInputSchema('wine').parse(wine);
    expect(v).toMatchObject({
      hs: '220421',
      priceUsd: 2499,
      originState: 'WI',
      minOrder: 10,
      weightKg: 16.5,
      attributes: { vintage: 2022, abv: 11.5 },
    });
  });

  it('refuses an HS code outside the category, naming both', () => {
    expect(errors({ ...wine, hs: '0809.29' }).hs).toBe('HS code 080929 does not belong to the category Wine.');
    expect(errors({ ...wine, hs: '22' }).hs).toMatch(/^HS code must have 6, 8 or 10 digits/);
  });

  it('requires positive prices with at most 2 decimals', () => {
    expect(errors({ ...wine, priceUsd: '0' }).priceUsd).toMatch(/^Unit price must be a positive amount/);
    expect(errors({ ...wine, priceUsd: '1.234' }).priceUsd).toMatch(/at most 2 decimals/);
    expect(errors({ ...wine, priceUsd: '-5' }).priceUsd).toMatch(/positive/);
  });

  it('checks the category fields from the rules data', () => {
    expect(errors({ ...wine, attributes: { ...wine.attributes, abv: '11.55' } })['attributes.abv']).toBe(
      'Alcohol by volume (%) must be a number with at most 1 decimal.',
    );
    expect(errors({ ...wine, attributes: { ...wine.attributes, ttbPermit: '' } })['attributes.ttbPermit']).toBe(
      'TTB basic permit number is required.',
    );
  });

  it('keeps HTML as plain text (it is escaped where shown)', () => {
    expect(listingInputSchema('wine').parse({ ...wine, titleEn: '<script>alert(1)</script>' }).titleEn).toBe(
      '<script>alert(1)</script>',
    );
  });
});

describe('listing validation reports everything at once', () => {
  it('names a wrong-category HS code together with a bad price', () => {
    const r = listingInputSchema('wine').safeParse({ ...wine, hs: '0810.40', priceUsd: '30.005' });
    const fields = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['hs', 'priceUsd']));
  });
});
