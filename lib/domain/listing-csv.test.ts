import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvTemplate,
  MAX_CSV_BYTES,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  parseCsv,
  validateListingCsv,
} from './listing-csv';

describe('listing CSV import', () => {
  it('parses quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
    expect(() => parseCsv('a,"open')).toThrow(/closing " is missing/);
  });

  it('accepts its own template', () => {
    const r = validateListingCsv(csvTemplate(['wine']));
    expect(r.issues).toEqual([]);
    expect(r.valid).toHaveLength(1);
    expect(r.valid[0]!.input).toMatchObject({
      hs: '220421',
      priceUsd: 2400,
      channels: ['cbec_bonded', 'general_trade'],
    });
  });

  it('shows each business examples of what it sells: a T-shirt to an apparel maker, a Riesling to a winery', () => {
    const apparel = validateListingCsv(csvTemplate(['apparel']));
    expect(apparel.issues).toEqual([]);
    expect(apparel.valid.map((v) => v.input.category)).toEqual(['apparel']);
    expect(csvTemplate(['apparel'])).not.toMatch(/Riesling|750 ml/);
    expect(validateListingCsv(csvTemplate(['wine'])).valid.map((v) => v.input.category)).toEqual(['wine']);
    const both = validateListingCsv(csvTemplate(['apparel', 'wine', 'fresh_fruit']));
    expect(both.issues).toEqual([]);
    expect(both.valid.map((v) => v.input.category).sort()).toEqual(['apparel', 'wine']);
    // A category with no example row of its own still gets a template that imports.
    expect(validateListingCsv(csvTemplate(['footwear'])).valid).toHaveLength(2);
  });

  it('reports each bad cell by row and column, keeping the good rows', () => {
    const [header, good] = csvTemplate().trim().split('\r\n');
    const bad = good!.replace('2204.21', '0809.29').replace('24.00', '24.999');
    const r = validateListingCsv([header, good, bad, good].join('\n'));
    expect(r.valid.map((v) => v.row)).toEqual([2, 4]);
    expect(r.issues).toEqual([
      { row: 3, column: 'hs_code', message: 'HS code 080929 does not belong to the category Wine.' },
      {
        row: 3,
        column: 'price_usd',
        message: 'Unit price must be a positive amount in USD with at most 2 decimals, like 24.99.',
      },
    ]);
    const r2 = validateListingCsv([header, good!.replace('2204.21', '0809.29')].join('\n'));
    expect(r2.issues).toEqual([
      { row: 2, column: 'hs_code', message: 'HS code 080929 does not belong to the category Wine.' },
    ]);
  });

  it('names missing header columns and unknown categories', () => {
    expect(validateListingCsv('title_en\nx').issues[0]!.message).toMatch(
      /^The header is missing the columns category, hs_code/,
    );
    const [header, good] = csvTemplate().trim().split('\r\n');
    expect(validateListingCsv([header, good!.replace(/^wine/, 'guns')].join('\n')).issues[0]).toEqual({
      row: 2,
      column: 'category',
      message: 'Category must be one of fresh_fruit, vegetables, wine, beverages, processed_food, apparel, footwear.',
    });
  });

  it('refuses a row with more columns than allowed at once, however large the file', () => {
    const [header, good] = csvTemplate().trim().split('\r\n');
    const wide = `${header}${',x'.repeat(MAX_CSV_COLUMNS)}`;
    expect(validateListingCsv([wide, good].join('\n')).issues).toEqual([
      {
        row: 0,
        column: '—',
        message: `Row 1 has more than ${MAX_CSV_COLUMNS} columns; the template has ${CSV_COLUMNS.length}. Use the template.`,
      },
    ]);
    // A file of nothing but commas, as large as the import takes: refused in far less than a second.
    const started = performance.now();
    const r = validateListingCsv(','.repeat(MAX_CSV_BYTES - 1));
    expect(r.valid).toEqual([]);
    expect(r.issues[0]!.message).toMatch(/more than 100 columns/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('validates the largest accepted file (all rows, all columns) in well under a second', () => {
    const [header, good] = csvTemplate().trim().split('\r\n');
    const extra = MAX_CSV_COLUMNS - header!.split(',').length;
    const rows = [
      header + ',extra'.repeat(extra),
      ...Array.from({ length: MAX_CSV_ROWS }, () => good + ','.repeat(extra)),
    ];
    const started = performance.now();
    const r = validateListingCsv(rows.join('\n'));
    expect(r.valid).toHaveLength(MAX_CSV_ROWS);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
