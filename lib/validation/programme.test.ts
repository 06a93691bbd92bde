import { describe, expect, it } from 'vitest';
import { MAX_RANGE_DAYS, programmeFilterSchema } from './programme';

const schema = programmeFilterSchema('2026-06-10');
const messages = (raw: Record<string, string>) => {
  const r = schema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('programme filters', () => {
  it('default to the last 26 weeks from a Monday, all states, approved now on the map', () => {
    expect(schema.parse({})).toEqual({
      from: '2025-12-15',
      to: '2026-06-10',
      state: undefined,
      category: undefined,
      channel: undefined,
      step: 'approved_now',
    });
  });

  it('accept a range, a state in any case, a category, a channel and a map step; empty means all', () => {
    expect(
      schema.parse({
        from: '2026-01-01',
        to: '2026-03-31',
        state: ' wi ',
        category: 'wine',
        channel: '',
        step: 'listing',
      }),
    ).toMatchObject({ from: '2026-01-01', to: '2026-03-31', state: 'WI', category: 'wine', channel: undefined });
  });

  it('refuse bad input with a message naming the field and the rule', () => {
    expect(messages({ state: 'Wisconsin' })).toEqual(['state: State must be a US state code such as WI.']);
    expect(messages({ from: '2026-02-30' })).toEqual(['from: From must be a date such as 2026-06-01.']);
    expect(messages({ to: 'yesterday' })).toEqual(['to: To must be a date such as 2026-06-01.']);
    expect(messages({ category: 'guns' })).toEqual(['category: Category must come from the list.']);
    expect(messages({ channel: 'x' })).toEqual(['channel: Channel must come from the list.']);
    expect(messages({ step: 'everyone' })).toEqual(['step: Map shows must be one of the listed steps.']);
    expect(messages({ from: '2026-05-02', to: '2026-05-01' })).toEqual(['from: From must be on or before To.']);
    expect(messages({ from: '2020-01-01', to: '2026-01-01' })).toEqual([
      `from: The date range must be at most ${MAX_RANGE_DAYS} days (two years).`,
    ]);
  });
});
