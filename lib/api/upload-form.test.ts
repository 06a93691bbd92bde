import { describe, expect, it } from 'vitest';
import { uploadForm } from './upload-form';

const post = (headers: Record<string, string> = {}, body?: BodyInit) =>
  new Request('http://localhost/api/x/documents', { method: 'POST', headers, body });
const back = (q: Record<string, string>) => `/page?${new URLSearchParams(q)}`;

describe('uploadForm', () => {
  it('answers the progress widget with JSON, naming the fields at fault', async () => {
    const reply = uploadForm(post({ accept: 'application/json' }), back);
    const res = reply.fail(
      400,
      'This certificate expired on 2024-01-31.',
      { expiryDate: 'The document has expired.' },
      { code: 'gacc_registration' },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      message: 'This certificate expired on 2024-01-31.',
      fieldErrors: { expiryDate: 'The document has expired.' },
    });
    const ok = reply.done({ code: 'gacc_registration' }, { uploaded: 'gacc_registration' });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ ok: true, code: 'gacc_registration' });
  });

  it('sends a plain form back to its page with the message, the field and the document', () => {
    const reply = uploadForm(post(), back);
    const res = reply.fail(400, 'Expired.', { expiryDate: 'The document has expired.' }, { code: 'gacc_registration' });
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(to.pathname).toBe('/page');
    expect(Object.fromEntries(to.searchParams)).toEqual({
      error: 'Expired.',
      field: 'expiryDate',
      code: 'gacc_registration',
    });
    expect(new URL(reply.done({}, { uploaded: 'x' }).headers.get('location')!).search).toBe('?uploaded=x');
  });

  it('answers in plain text while the page is not known, and refuses an oversized body before reading it', async () => {
    const reply = uploadForm(post({ 'content-length': String(11 * 1024 * 1024) }), () => null);
    const res = await reply.read();
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
    expect(await (res as Response).text()).toBe('File must be at most 10 MB; this one is 11.0 MB.');
  });

  it('reads the form and refuses a missing or empty file on the file field', async () => {
    const form = new FormData();
    form.set('code', 'packing_list');
    form.set('file', new File([], 'empty.pdf'));
    const reply = uploadForm(post({ accept: 'application/json' }, form), back);
    const read = await reply.read();
    expect(read).toBeInstanceOf(FormData);
    const file = reply.file(read as FormData);
    expect(file).toBeInstanceOf(Response);
    expect(await (file as Response).json()).toMatchObject({ ok: false, fieldErrors: { file: 'File is required.' } });
    form.set('file', new File(['%PDF-1.4'], 'list.pdf'));
    expect(uploadForm(post(), back).file(form)).toBeInstanceOf(File);
  });
});
