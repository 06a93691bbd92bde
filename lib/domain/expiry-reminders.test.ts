import { describe, expect, it } from 'vitest';
import { GACC_REGISTRATION_VALIDITY } from '@/lib/rules';
import {
  REMINDER_DAYS,
  daysUntilExpiry,
  dueReminders,
  gaccExpiryFrom,
  isExpired,
  lastValidDay,
} from './expiry-reminders';

const EXPIRES = '2027-03-31';
/** Noon UTC on the day `days` before the expiry date. */
const daysBefore = (days: number) => new Date(Date.parse(`${EXPIRES}T12:00:00Z`) - days * 24 * 60 * 60 * 1000);
const due = (days: number, alreadySent: number[] = []) =>
  dueReminders({ expiresOn: EXPIRES, now: daysBefore(days), alreadySent });

describe('dueReminders', () => {
  it('sends at 90, 30 and 7 days before expiry', () => {
    expect(REMINDER_DAYS).toEqual([90, 30, 7]);
    expect(due(91)).toEqual({ send: null, skip: [] });
    expect(due(90)).toEqual({ send: 90, skip: [] });
    expect(due(31, [90])).toEqual({ send: null, skip: [] });
    expect(due(30, [90])).toEqual({ send: 30, skip: [] });
    expect(due(8, [90, 30])).toEqual({ send: null, skip: [] });
    expect(due(7, [90, 30])).toEqual({ send: 7, skip: [] });
  });

  it('each once', () => {
    expect(due(89, [90])).toEqual({ send: null, skip: [] });
    expect(due(20, [90, 30])).toEqual({ send: null, skip: [] });
    expect(due(0, [90, 30, 7])).toEqual({ send: null, skip: [] });
  });

  it('after downtime, only the most urgent is sent and the earlier ones are skipped', () => {
    expect(due(29)).toEqual({ send: 30, skip: [90] });
    expect(due(5, [90])).toEqual({ send: 7, skip: [30] });
    expect(due(3)).toEqual({ send: 7, skip: [90, 30] });
  });

  it('never sends a less urgent reminder after a more urgent one', () => {
    expect(due(5, [7])).toEqual({ send: null, skip: [90, 30] });
    expect(due(25, [30])).toEqual({ send: null, skip: [90] });
  });

  it('on the last valid day the 7-day reminder still goes; once expired nothing is sent', () => {
    expect(due(0, [90, 30])).toEqual({ send: 7, skip: [] });
    expect(dueReminders({ expiresOn: EXPIRES, now: new Date('2027-04-01T00:00:00Z'), alreadySent: [90] })).toEqual({
      send: null,
      skip: [30, 7],
    });
  });

  it('a document already close to expiry when recorded gets the most urgent reminder that applies', () => {
    expect(due(45)).toEqual({ send: 90, skip: [] });
    expect(due(10, [])).toEqual({ send: 30, skip: [90] });
  });

  it('compares UTC calendar days', () => {
    expect(dueReminders({ expiresOn: EXPIRES, now: new Date('2026-12-30T23:59:59Z'), alreadySent: [] })).toEqual({
      send: null,
      skip: [],
    });
    expect(dueReminders({ expiresOn: EXPIRES, now: new Date('2026-12-31T00:00:00Z'), alreadySent: [] })).toEqual({
      send: 90,
      skip: [],
    });
    expect(daysUntilExpiry(EXPIRES, new Date('2027-01-01T00:00:00Z'))).toBe(89);
  });

  it('refuses a malformed date', () => {
    expect(() => dueReminders({ expiresOn: '2027-02-30', now: new Date(), alreadySent: [] })).toThrow(
      'Invalid date "2027-02-30"',
    );
  });
});

describe('isExpired', () => {
  it('is valid through the expiry date (UTC) and expired the day after', () => {
    expect(isExpired(EXPIRES, new Date('2027-03-31T23:59:59Z'))).toBe(false);
    expect(isExpired(EXPIRES, new Date('2027-04-01T00:00:00Z'))).toBe(true);
  });
});

describe('GACC registration validity', () => {
  it('is 5 years, sourced', () => {
    expect(GACC_REGISTRATION_VALIDITY).toMatchObject({ years: 5, verified: true });
    expect(GACC_REGISTRATION_VALIDITY.sources).toContain('S88');
  });

  it.each([
    ['2022-01-01', '2026-12-31'],
    ['2023-06-15', '2028-06-14'],
    ['2024-03-01', '2029-02-28'],
    ['2024-02-29', '2029-02-28'],
    ['2023-03-01', '2028-02-29'],
  ])('registered %s → valid through %s', (registeredOn, through) => {
    expect(gaccExpiryFrom(registeredOn)).toBe(through);
  });

  it('works for any validity period', () => {
    expect(lastValidDay('2026-11-25', 1)).toBe('2027-11-24');
    expect(() => lastValidDay('25/11/2026', 1)).toThrow('Invalid date');
  });
});
