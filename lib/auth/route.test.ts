import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { isCrossSite, route } from './route';

const url = 'http://localhost:3000/api/thing';

describe('route()', () => {
  it('refuses a cross-site state-changing request before the body is read', async () => {
    let read = false;
    const POST = route({ access: 'public' }, async ({ request }) => {
      read = true;
      await request.text();
      return new Response('ok');
    });
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example', host: 'localhost:3000' },
      { 'sec-fetch-site': 'cross-site', host: 'localhost:3000' },
      { 'sec-fetch-site': 'same-site', host: 'localhost:3000' },
      { origin: 'null', host: 'localhost:3000' },
    ]) {
      const res = await POST(new Request(url, { method: 'POST', headers, body: 'x' }));
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'cross_site' });
    }
    expect(read).toBe(false);
    const same = await POST(
      new Request(url, {
        method: 'POST',
        headers: { origin: 'http://localhost:3000', host: 'localhost:3000', 'sec-fetch-site': 'same-origin' },
        body: 'x',
      }),
    );
    expect(same.status).toBe(200);
    expect(read).toBe(true);
  });

  it('lets a cross-site GET through (reads change nothing) and a request with no browser headers', () => {
    expect(isCrossSite(new Request(url, { headers: { host: 'localhost:3000' } }))).toBe(false);
    expect(
      isCrossSite(new Request(url, { headers: { origin: 'http://localhost:3000', host: 'localhost:3000' } })),
    ).toBe(false);
  });

  it('answers 404 for refused params and for the data layer NotFoundError, 500 without details', async () => {
    const GET = route({ access: 'public', params: z.object({ id: z.uuid() }) }, ({ params }) => {
      if (params.id === '00000000-0000-4000-8000-000000000000') throw new NotFoundError();
      throw new Error('secret detail');
    });
    const call = (id: string) => GET(new Request(url), { params: Promise.resolve({ id }) });
    expect((await call('not-a-uuid')).status).toBe(404);
    expect((await call('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const failed = await call('00000000-0000-4000-8000-000000000001');
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('secret detail');
  });

  it('adds the security headers, even to an immutable redirect, keeping a policy the handler set', async () => {
    const redirect = await route({ access: 'public' }, () => Response.redirect('http://localhost:3000/x', 303))(
      new Request(url),
    );
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('x-content-type-options')).toBe('nosniff');
    expect(redirect.headers.get('x-frame-options')).toBe('DENY');
    expect(redirect.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    const own = await route(
      { access: 'public' },
      () => new Response('x', { headers: { 'Content-Security-Policy': "default-src 'none'; sandbox" } }),
    )(new Request(url));
    expect(own.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });
});
