import { describe, expect, it } from 'vitest';
import {
  approvalBlockers,
  buildChecklist,
  submitBlockerItems,
  submitBlockers,
  type ProvidedDocument,
  type ProvidedRegistration,
} from './application-checklist';
import { requirementsForApplication } from './export-rules';

const wine = requirementsForApplication({ categories: ['wine'], channels: ['general_trade'], date: '2026-11-25' });
const doc = (status: ProvidedDocument['status'], reviewReason: string | null = null): ProvidedDocument => ({
  id: 'd',
  status,
  reviewReason,
  originalName: 'f.pdf',
});
const reg = (expiresOn: string | null = null): ProvidedRegistration => ({ number: 'N1', issuer: 'TTB', expiresOn });

describe('application checklist', () => {
  it('asks a winery for its TTB basic permit and the IRS EIN letter, from the rules engine', () => {
    const codes = wine.map((r) => r.code);
    expect(codes).toContain('ttb_basic_permit');
    expect(codes).toContain('irs_ein_letter');
    expect(codes).not.toContain('gb18401_test_report');
  });

  it('gives each state: due now, provided, accepted, rejected with reason, expired', () => {
    const c = buildChecklist(
      wine,
      new Map([['ttb_basic_permit', reg('2026-01-01')]]),
      new Map([
        ['business_registration', doc('pending_review')],
        ['irs_ein_letter', doc('rejected', 'The letter is cut off')],
      ]),
      '2026-11-25',
    );
    const by = Object.fromEntries(c.map((i) => [i.code, i]));
    expect(by.business_registration!.state).toBe('provided');
    expect(by.irs_ein_letter!.state).toBe('rejected');
    expect(by.irs_ein_letter!.detail).toContain('The letter is cut off');
    expect(by.ttb_basic_permit!.state).toBe('expired');
    expect(by.gacc_registration!.state).toBe('due_now');
    expect(by.gacc_registration!.detail).toMatch(/step 3/);
  });

  it('ends the reason with one full stop, whether or not the reviewer typed one', () => {
    const detail = (reason: string) =>
      buildChecklist(wine, new Map(), new Map([['irs_ein_letter', doc('rejected', reason)]]), '2026-11-25').find(
        (i) => i.code === 'irs_ein_letter',
      )!.detail;
    expect(detail('The letter is cut off.')).toBe(
      'Not accepted: The letter is cut off. Upload a corrected copy in step 4.',
    );
    expect(detail('The letter is cut off')).toBe(
      'Not accepted: The letter is cut off. Upload a corrected copy in step 4.',
    );
  });

  it('needs both the registration details and a copy for a registration', () => {
    const c = buildChecklist(wine, new Map([['ttb_basic_permit', reg()]]), new Map(), '2026-11-25');
    expect(c.find((i) => i.code === 'ttb_basic_permit')!.state).toBe('due_now');
    const c2 = buildChecklist(
      wine,
      new Map([['ttb_basic_permit', reg()]]),
      new Map([['ttb_basic_permit', doc('accepted')]]),
      '2026-11-25',
    );
    expect(c2.find((i) => i.code === 'ttb_basic_permit')!.state).toBe('accepted');
  });

  it('blocks submission until every required item is provided and the e-mail is confirmed', () => {
    const empty = buildChecklist(wine, new Map(), new Map(), '2026-11-25');
    const blockers = submitBlockers({
      checklist: empty,
      missingBusinessFields: ['EIN'],
      categories: ['wine'],
      channels: [],
      emailVerified: false,
    });
    expect(blockers[0]).toMatch(/Confirm your e-mail/);
    expect(blockers).toContain('Step 1: fill in EIN.');
    expect(blockers).toContain('Step 2: choose at least one sales channel.');
    expect(blockers.some((b) => b.startsWith('TTB basic permit'))).toBe(true);

    const required = wine.filter((r) => !r.optional);
    const full = buildChecklist(
      wine,
      new Map(required.filter((r) => r.kind === 'registration').map((r) => [r.code, reg()])),
      new Map(required.map((r) => [r.code, doc('pending_review')])),
      '2026-11-25',
    );
    expect(
      submitBlockers({
        checklist: full,
        missingBusinessFields: [],
        categories: ['wine'],
        channels: ['general_trade'],
        emailVerified: true,
      }),
    ).toEqual([]);
    expect(approvalBlockers(full).length).toBe(required.length);
  });

  it('names each blocker with a stable code, for counting what stops applicants at submit', () => {
    const empty = buildChecklist(wine, new Map(), new Map(), '2026-11-25');
    const items = submitBlockerItems({
      checklist: empty,
      missingBusinessFields: ['EIN'],
      categories: [],
      channels: [],
      emailVerified: false,
    });
    const codes = items.map((i) => i.code);
    expect(codes.slice(0, 4)).toEqual(['email', 'business_details', 'categories', 'channels']);
    expect(codes).toContain('ttb_basic_permit');
    expect(items.find((i) => i.code === 'ttb_basic_permit')!.message).toMatch(/^TTB basic permit/);
  });
});
