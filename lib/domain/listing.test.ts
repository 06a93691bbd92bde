import { describe, expect, it } from 'vitest';
import { chineseNeedsUpdate, diffContent, submitListingBlockers, type ListingContent } from './listing-content';
import { listingTransition } from './listing-status';
import { formatFen, parseRate, parseUsdToCents, usdCentsToFen } from './pricing';

const wine: ListingContent = {
  category: 'wine',
  hs6: '220421',
  titleEn: 'Door Peninsula Riesling 2022',
  titleZh: '门半岛雷司令 2022',
  descriptionEn: 'Crisp, off-dry Riesling.',
  descriptionZh: '清爽微甜的雷司令。',
  zhBasedOn: { titleEn: 'Door Peninsula Riesling 2022', descriptionEn: 'Crisp, off-dry Riesling.' },
  unit: 'case',
  packSize: '12 x 750 ml',
  minOrder: 10,
  weightKg: 16,
  originState: 'WI',
  channels: ['cbec_bonded'],
  attributes: {
    varietal: 'Riesling',
    vintage: 2022,
    abv: 11.5,
    volumeMl: 750,
    ttbPermit: 'BW-WI-1234',
    gaccNumber: 'CUSA12345678',
  },
  photoIds: [],
};

describe('listing status machine', () => {
  it('allows submit from draft, changes requested, rejected and approved (a proposed change)', () => {
    for (const s of ['draft', 'changes_requested', 'approved', 'rejected'] as const)
      expect(listingTransition(s, 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(listingTransition('submitted', 'submit').ok).toBe(false);
  });
  it('lets reviewers decide only on a submitted listing', () => {
    expect(listingTransition('submitted', 'approve')).toEqual({ ok: true, to: 'approved' });
    expect(listingTransition('submitted', 'requestChanges')).toEqual({ ok: true, to: 'changes_requested' });
    expect(listingTransition('submitted', 'reject')).toEqual({ ok: true, to: 'rejected' });
    const r = listingTransition('draft', 'approve');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('A listing that is draft cannot be approved.');
  });
});

describe('listing content', () => {
  it('diffs field by field, including category fields', () => {
    const after = { ...wine, titleZh: '门半岛雷司令 2023', attributes: { ...wine.attributes, vintage: 2023 } };
    expect(diffContent(wine, after)).toEqual([
      { field: 'titleZh', label: 'Title (Chinese)', before: '门半岛雷司令 2022', after: '门半岛雷司令 2023' },
      { field: 'attributes.vintage', label: 'Vintage', before: '2022', after: '2023' },
    ]);
    expect(diffContent(wine, wine)).toEqual([]);
    expect(diffContent(null, wine).length).toBeGreaterThan(10);
  });

  it('marks the Chinese as needing an update when the English changes after it', () => {
    expect(chineseNeedsUpdate(wine)).toBe(false);
    expect(chineseNeedsUpdate({ ...wine, titleEn: 'Door Peninsula Dry Riesling 2022' })).toBe(true);
  });

  it('requires Chinese text before submission', () => {
    expect(submitListingBlockers(wine)).toEqual([]);
    expect(submitListingBlockers({ ...wine, titleZh: '', descriptionZh: '' })).toEqual([
      'Title (Chinese) is required before a listing for a China channel can be submitted.',
      'Description (Chinese) is required before a listing for a China channel can be submitted.',
    ]);
  });
});

describe('pricing in integer minor units', () => {
  it('converts USD cents to CNY fen at the admin rate, half up', () => {
    expect(usdCentsToFen(2500, parseRate('7.1')!)).toBe(17750);
    expect(usdCentsToFen(1, 7_123_456)).toBe(7);
    expect(formatFen(17750)).toBe('177.50');
  });
  it('parses prices: positive, at most two decimals', () => {
    expect(parseUsdToCents('24.99')).toBe(2499);
    expect(parseUsdToCents('24.999')).toBeNull();
    expect(parseUsdToCents('0')).toBeNull();
    expect(parseUsdToCents('-3')).toBeNull();
    expect(parseRate('7.123456')).toBe(7_123_456);
    expect(parseRate('abc')).toBeNull();
  });
});
