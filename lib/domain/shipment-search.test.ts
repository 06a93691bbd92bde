import { describe, expect, it } from 'vitest';
import { shipmentSearchKind } from './shipment-search';

describe('shipment search kind', () => {
  it.each([
    ['SHP-2611', 'reference'],
    ['shp-261122-b015d1', 'reference'],
    ['  Shp-26 ', 'reference'],
    ['SHP', 'reference'],
    ['Shanghai Harbour Foods', 'buyer'],
    ['sh', 'buyer'],
    ['shp2611', 'buyer'],
    ['wuhan', 'buyer'],
    ['Hefei Lakeside Wine & Spirits Co., Ltd.', 'buyer'],
  ] as const)('%s is a %s search', (q, kind) => {
    expect(shipmentSearchKind(q)).toBe(kind);
  });
});
