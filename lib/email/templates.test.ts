import { describe, expect, it } from 'vitest';
import { escapeHtml, notificationEmail, passwordResetEmail, verificationEmail } from './templates';

describe('e-mail templates', () => {
  it('puts the verification link in both text and HTML', () => {
    const m = verificationEmail({ name: 'Ana', url: 'http://localhost:3000/verify-email?token=abc' });
    expect(m.text).toContain('http://localhost:3000/verify-email?token=abc');
    expect(m.html).toContain('href="http://localhost:3000/verify-email?token=abc"');
    expect(m.subject).toMatch(/confirm/i);
  });

  it('escapes user-supplied values in HTML', () => {
    const m = notificationEmail({ name: '<script>alert(1)</script>', subject: 's', lines: ['a & b'] });
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.html).toContain('a &amp; b');
    expect(m.text).toContain('<script>alert(1)</script>');
  });

  it('says the reset link works once, for one hour', () => {
    expect(passwordResetEmail({ name: 'B', url: 'u' }).text).toMatch(/once, for one hour/);
  });

  it('escapes every HTML-special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
