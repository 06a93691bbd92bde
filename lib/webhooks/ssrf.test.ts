import { describe, expect, it } from 'vitest';
import { addressAllowed, isPrivateAddress, webhookUrlProblem } from './ssrf';

describe('SSRF guard', () => {
  it('refuses private, loopback, link-local and mapped addresses, and allows public ones', () => {
    for (const ip of [
      '10.1.2.3',
      '127.0.0.1',
      '169.254.169.254',
      '172.20.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '224.0.0.1',
      'not-an-ip',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '203.0.114.1', '2606:4700:4700::1111']) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('allows loopback only with the development setting, and never other private addresses', () => {
    expect(addressAllowed('127.0.0.1', false)).toBe(false);
    expect(addressAllowed('127.0.0.1', true)).toBe(true);
    expect(addressAllowed('::1', true)).toBe(true);
    expect(addressAllowed('10.0.0.1', true)).toBe(false);
    expect(addressAllowed('169.254.169.254', true)).toBe(false);
  });

  it('checks the URL when it is saved', () => {
    expect(webhookUrlProblem('https://hooks.tmall.example/hg', false)).toBeNull();
    expect(webhookUrlProblem('http://hooks.tmall.example/hg', false)).toMatch(/https/);
    expect(webhookUrlProblem('https://user:pw@hooks.example/', false)).toMatch(/password/);
    expect(webhookUrlProblem('https://10.0.0.5/hook', false)).toMatch(/public/);
    expect(webhookUrlProblem('https://[::1]/hook', false)).toMatch(/localhost/);
    expect(webhookUrlProblem('https://localhost/hook', false)).toMatch(/localhost/);
    expect(webhookUrlProblem('http://127.0.0.1:3901/hook', false)).toMatch(/https/);
    expect(webhookUrlProblem('http://127.0.0.1:3901/hook', true)).toBeNull();
    expect(webhookUrlProblem('http://10.0.0.5/hook', true)).toMatch(/https/);
    expect(webhookUrlProblem('nonsense', false)).toMatch(/full address/);
  });
});
