/**
 * Headers for a stored, user-uploaded file. Always a download (attachment), never rendered in our origin:
 * even a file whose bytes passed the upload checks could be read by a browser as something else. The
 * sandbox CSP covers a browser that renders it anyway; nosniff stops it guessing another type. PDFs too:
 * a PDF viewer inside our origin runs the document's script and forms.
 */
export function attachmentHeaders(file: { originalName: string; mimeType: string; size: number }): HeadersInit {
  const ascii = file.originalName.replace(/[^\w.\- ()]/g, '_').slice(0, 150) || 'document';
  return {
    'Content-Type': file.mimeType,
    'Content-Length': String(file.size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(file.originalName)}`,
    'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'private, no-store',
  };
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * ! which the grammar does not allow. */
function encodeRfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
