import { describe, expect, it } from 'vitest';
import { homePath, signInDestination } from './home-path';

describe('signInDestination', () => {
  it('sends each role home when no page asked for the sign-in', () => {
    expect(signInDestination('business', undefined)).toBe('/dashboard');
    expect(signInDestination('reviewer', '')).toBe('/admin');
    expect(signInDestination('admin', null)).toBe('/admin');
    expect(homePath('admin')).toBe('/admin');
  });

  it('returns to the page that asked, when the role can open it', () => {
    expect(signInDestination('business', '/products/1?saved=1')).toBe('/products/1?saved=1');
    expect(signInDestination('reviewer', '/admin/applications/9')).toBe('/admin/applications/9');
    expect(signInDestination('admin', '/settings')).toBe('/settings');
    expect(signInDestination('reviewer', '/export-check?hs=080929')).toBe('/export-check?hs=080929');
  });

  it('never sends staff to a business page nor a business to the staff area', () => {
    for (const p of ['/dashboard', '/products', '/shipments/1', '/onboarding/business', '/team?x=1'])
      expect(signInDestination('reviewer', p)).toBe('/admin');
    expect(signInDestination('business', '/admin')).toBe('/dashboard');
    expect(signInDestination('business', '/admin/users')).toBe('/dashboard');
    // Only whole path segments count: a page whose name merely starts the same is kept.
    expect(signInDestination('reviewer', '/productsx')).toBe('/productsx');
    expect(signInDestination('business', '/administration')).toBe('/administration');
  });

  it('refuses addresses off the site', () => {
    expect(signInDestination('business', '//evil.example')).toBe('/dashboard');
    expect(signInDestination('admin', 'https://evil.example/admin')).toBe('/admin');
  });
});
