import { expect, it } from 'vitest';
import { GET } from './route';

it('GET /api/v1/ping answers { ok: true }', async () => {
  expect(await GET().json()).toEqual({ ok: true });
});
