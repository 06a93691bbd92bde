// Uploads are judged by their bytes, never by their name or the browser's Content-Type.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type AllowedMime = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp';

export const EXTENSION: Record<AllowedMime, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** The type from the file's magic bytes, or null when it is none of PDF, PNG, JPEG or WebP. */
export function sniffMime(bytes: Uint8Array): AllowedMime | null {
  const at = (i: number) => bytes[i];
  const ascii = (from: number, s: string) => [...s].every((c, i) => at(from + i) === c.charCodeAt(0));
  if (ascii(0, '%PDF-')) return 'application/pdf';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'image/png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  return null;
}

/** A display name we are willing to keep: no paths, no control characters, a sane length. */
export function fileNameError(name: string): string | null {
  if (!name.trim()) return 'File name is missing.';
  if (name.length > 200) return 'File name must be at most 200 characters.';
  if (/[/\\]/.test(name) || name.includes('..')) return 'File name must not contain a path (/, \\ or ..).';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'File name must not contain control characters.';
  return null;
}

export type UploadCheck = { ok: true; mime: AllowedMime } | { ok: false; error: string };

export function checkUpload(name: string, size: number, head: Uint8Array): UploadCheck {
  const nameError = fileNameError(name);
  if (nameError) return { ok: false, error: nameError };
  if (size === 0) return { ok: false, error: 'File is empty.' };
  if (size > MAX_UPLOAD_BYTES)
    return { ok: false, error: `File must be at most 10 MB; this one is ${(size / 1024 / 1024).toFixed(1)} MB.` };
  const mime = sniffMime(head);
  if (!mime)
    return {
      ok: false,
      error: 'File must be a PDF, PNG, JPEG or WebP. Its content is none of these (the file name does not count).',
    };
  return { ok: true, mime };
}
