import { describe, expect, it } from 'vitest';
import { checkUpload, fileNameError, MAX_UPLOAD_BYTES, sniffMime } from './uploads';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('upload checks', () => {
  it('recognises PDF, PNG, JPEG and WebP by content', () => {
    expect(sniffMime(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMime(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMime(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMime(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses HTML renamed .pdf and an SVG with a script', () => {
    expect(checkUpload('invoice.pdf', 40, bytes('<!doctype html><script>alert(1)</script>'))).toEqual({
      ok: false,
      error: 'File must be a PDF, PNG, JPEG or WebP. Its content is none of these (the file name does not count).',
    });
    expect(
      checkUpload('logo.svg', 60, bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>')).ok,
    ).toBe(false);
  });

  it('refuses files over 10 MB and empty files', () => {
    expect(checkUpload('big.pdf', 50 * 1024 * 1024, bytes('%PDF-'))).toEqual({
      ok: false,
      error: 'File must be at most 10 MB; this one is 50.0 MB.',
    });
    expect(checkUpload('ok.pdf', MAX_UPLOAD_BYTES, bytes('%PDF-')).ok).toBe(true);
    expect(checkUpload('empty.pdf', 0, bytes()).ok).toBe(false);
  });

  it('refuses names with paths or control characters', () => {
    expect(fileNameError('../../etc/passwd.pdf')).toMatch(/must not contain a path/);
    expect(fileNameError('a\\b.pdf')).toMatch(/must not contain a path/);
    expect(fileNameError('bad\u0000name.pdf')).toMatch(/control characters/);
    expect(fileNameError('IRS letter (2024).pdf')).toBeNull();
  });
});
