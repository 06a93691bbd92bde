import { describe, expect, it } from 'vitest';
import { businessStepSchema, productsStepSchema, queueFilterSchema, registrationEntrySchema } from './application';

const good = {
  legalName: 'Traverse Bay Blueberry Farm LLC',
  ein: '38-4417203',
  entityType: 'llc',
  formationState: 'mi',
  yearFounded: '1987',
  employees: '14',
  revenueBand: '1m_5m',
  street: '4120 Hammond Rd',
  city: 'Traverse City',
  state: 'MI',
  zip: '49684-1234',
  phone: '(231) 947-0112',
  website: 'traversebayberries.com',
};

const errorsOf = (input: object) => {
  const r = businessStepSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('business step validation', () => {
  it('normalises a good business', () => {
    const r = businessStepSchema.parse(good);
    expect(r).toMatchObject({
      ein: '38-4417203',
      formationState: 'MI',
      yearFounded: 1987,
      employees: 14,
      phone: '+12319470112',
      website: 'https://traversebayberries.com',
      dba: null,
    });
  });

  it('names the field and the rule', () => {
    expect(errorsOf({ ...good, ein: '07-1234567' }).ein).toBe('EIN prefix 07 is not issued by the IRS.');
    expect(errorsOf({ ...good, ein: '1234' }).ein).toMatch(/^EIN must have the format/);
    expect(errorsOf({ ...good, zip: '4968' }).zip).toBe('ZIP code must be 5 digits or ZIP+4 (12345 or 12345-6789).');
    expect(errorsOf({ ...good, zip: '90210' }).zip).toBe(
      'ZIP code 90210 is in California, not Michigan: check the ZIP code or the state.',
    );
    expect(errorsOf({ ...good, phone: '555-0142' }).phone).toMatch(/^Phone must be a US number/);
    expect(errorsOf({ ...good, yearFounded: '2999' }).yearFounded).toMatch(/^Year founded must be between 1800 and/);
    expect(errorsOf({ ...good, yearFounded: '87' }).yearFounded).toBe('Year founded must be a four-digit year.');
    expect(errorsOf({ ...good, state: 'XX' }).state).toBe('State must be a US state code such as MI.');
    expect(errorsOf({ ...good, employees: '-3' }).employees).toBe('Employees must be a whole number.');
    expect(errorsOf({ ...good, legalName: '  ' }).legalName).toBe('Legal name is required.');
    expect(errorsOf({ ...good, website: 'not a site' }).website).toBe(
      'Website must be an address like www.example.com.',
    );
    expect(errorsOf({ ...good, entityType: 'trust' }).entityType).toBe('Entity type must be one of the listed types.');
  });

  it('reports every bad field at once', () => {
    expect(Object.keys(errorsOf({}))).toEqual(
      expect.arrayContaining(['legalName', 'ein', 'entityType', 'zip', 'phone', 'city']),
    );
  });
});

describe('products, registrations and queue filters', () => {
  it('needs at least one category and channel from the rules data', () => {
    expect(
      productsStepSchema.safeParse({ categories: [], channels: ['general_trade'] }).error?.issues[0]?.message,
    ).toBe('Product categories: choose at least one.');
    expect(
      productsStepSchema.safeParse({ categories: ['guns'], channels: ['general_trade'] }).error?.issues[0]?.message,
    ).toBe('Product categories must come from the list.');
    expect(productsStepSchema.parse({ categories: ['wine', 'wine'], channels: ['cbec_bonded'] })).toEqual({
      categories: ['wine'],
      channels: ['cbec_bonded'],
      childrensWear: null,
    });
  });

  it('asks apparel sellers whether they sell children’s wear (GB 31701), and only them', () => {
    const apparel = { categories: ['apparel'], channels: ['cbec_direct'] };
    const missing = productsStepSchema.safeParse(apparel);
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['childrensWear'],
      message: 'Children’s wear: you chose apparel, so say whether you sell clothing for babies or children up to 14.',
    });
    expect(productsStepSchema.parse({ ...apparel, childrensWear: 'yes' }).childrensWear).toBe(true);
    expect(productsStepSchema.parse({ ...apparel, childrensWear: 'no' }).childrensWear).toBe(false);
    expect(productsStepSchema.safeParse({ ...apparel, childrensWear: 'maybe' }).error?.issues[0]?.message).toBe(
      'Children’s wear: answer yes or no.',
    );
    expect(
      productsStepSchema.parse({ categories: ['wine'], channels: ['cbec_direct'], childrensWear: 'yes' }),
    ).toMatchObject({
      childrensWear: null,
    });
  });

  it('checks registration dates', () => {
    expect(registrationEntrySchema.safeParse({ number: 'X', issuer: 'TTB', expiresOn: '2026-13-45' }).success).toBe(
      false,
    );
    expect(registrationEntrySchema.parse({ number: 'BW-MI-1234', issuer: 'TTB', expiresOn: '' })).toEqual({
      number: 'BW-MI-1234',
      issuer: 'TTB',
      expiresOn: null,
    });
  });

  it('parses queue filters and refuses bad ones with the field named', () => {
    expect(queueFilterSchema.parse({ state: 'mi', midwest: '1', olderThanDays: '7' })).toMatchObject({
      status: 'open',
      state: 'MI',
      midwest: true,
      olderThanDays: 7,
    });
    expect(queueFilterSchema.safeParse({ olderThanDays: 'abc' }).error?.issues[0]?.message).toMatch(
      /^Waiting longer than/,
    );
    expect(queueFilterSchema.safeParse({ status: 'bogus' }).error?.issues[0]?.message).toBe(
      'Status must be one of the listed statuses.',
    );
  });
});
