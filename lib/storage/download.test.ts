import { describe, expect, it } from 'vitest';
import { attachmentHeaders } from './download';

describe('attachmentHeaders', () => {
  it('serves every file, PDFs included, as a sandboxed download with both file names', () => {
    for (const mimeType of ['application/pdf', 'image/png', 'image/jpeg']) {
      const h = new Headers(attachmentHeaders({ originalName: 'Zoë\'s "letter" (1).pdf', mimeType, size: 10 }));
      expect(h.get('content-disposition')).toBe(
        `attachment; filename="Zo__s _letter_ (1).pdf"; filename*=UTF-8''Zo%C3%AB%27s%20%22letter%22%20%281%29.pdf`,
      );
      expect(h.get('content-security-policy')).toContain('sandbox');
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('content-type')).toBe(mimeType);
    }
  });

  it('never lets a file name break out of the header', () => {
    const h = new Headers(
      attachmentHeaders({ originalName: 'a"; filename=evil.html\r\nX: y', mimeType: 'image/png', size: 1 }),
    );
    expect(h.get('content-disposition')).toMatch(
      /^attachment; filename="a__ filename_evil.html__X_ y"; filename\*=UTF-8''[^"\s;]+$/,
    );
  });
});
