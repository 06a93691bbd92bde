import { describe, expect, it } from 'vitest';
import { facetTokens } from './shipment-facets';

describe('shipment facet tokens', () => {
  it('has one token per value and one per pair, in the order shipment_facets() forms pairs', () => {
    expect(facetTokens({})).toEqual([]);
    expect(facetTokens({ state: 'MI' })).toEqual(['s:MI']);
    expect(facetTokens({ channel: 'cbec_direct', category: 'fresh_fruit' })).toEqual([
      'f:cbec_direct',
      'c:fresh_fruit',
      'f:cbec_direct/c:fresh_fruit',
    ]);
    expect(facetTokens({ channel: 'cbec_bonded', state: 'MI', category: 'wine' })).toEqual([
      'f:cbec_bonded',
      's:MI',
      'c:wine',
      'f:cbec_bonded/s:MI',
      'f:cbec_bonded/c:wine',
      's:MI/c:wine',
    ]);
  });
});
