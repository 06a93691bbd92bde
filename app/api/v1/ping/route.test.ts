import { expect, it } from 'vitest';
import { GET } from './route';

it('GET /api/v1/ping answers { ok: true }', async () => {
  expect(await (await GET(new Request('http://localhost/api/v1/ping'))).json()).toEqual({ ok: true });
});
