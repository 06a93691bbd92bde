import { describe, expect, it } from 'vitest';
import { funnelRows } from '@/lib/domain/programme';
import { filterParams, funnelTable, mapTable, tableCsv } from './programme-tables';
import { programmeFilterSchema } from './validation/programme';

describe('programme tables and CSV', () => {
  it('quotes CSV cells and never lets a spreadsheet run one as a formula', () => {
    const csv = tableCsv({
      caption: 'x',
      columns: ['Reason', 'n'],
      rows: [
        ['Blurry, "unreadable" scan', 3],
        ['=HYPERLINK("http://evil")', 1],
        [null, 0],
      ],
    });
    expect(csv).toBe('Reason,n\r\n"Blurry, ""unreadable"" scan",3\r\n"\'=HYPERLINK(""http://evil"")",1\r\n,0\r\n');
  });

  it('gives the funnel its counts, conversion and drop-off as the chart shows them', () => {
    const t = funnelTable({
      rows: funnelRows({ account: 200, started: 150, submitted: 90, approved: 60, listing: 30, delivered: 6 }),
      accountsFiltered: false,
    });
    expect(t.rows[1]).toEqual(['Application started', 150, '75.0%', 50, '75.0%']);
    expect(t.rows[0]).toEqual(['Account created', 200, null, null, '100.0%']);
  });

  it('lists every state on the map, most first, each linking where asked', () => {
    const t = mapTable(
      { step: 'approved_now', byState: { WI: 8, MI: 3 }, total: 11, midwest: 11, midwestShare: 1 },
      (s) => `/admin/applications?state=${s}`,
    );
    expect(t.rows).toHaveLength(51);
    expect(t.rows[0]).toEqual(['Wisconsin', 'WI', 'yes', 8, '72.7%']);
    expect(t.links![0]).toBe('/admin/applications?state=WI');
  });

  it('carries only the chosen filters in links', () => {
    const f = programmeFilterSchema('2026-06-10').parse({ from: '2026-05-01', state: 'wi' });
    expect(filterParams(f).toString()).toBe('from=2026-05-01&to=2026-06-10&state=WI');
  });
});
