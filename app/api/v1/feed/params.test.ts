import { describe, expect, it } from 'vitest';
import { parseFeedParams } from './params';

const parse = (q: string) => parseFeedParams(new URLSearchParams(q));

describe('feed query parameters', () => {
  it('defaults the limit to 100 and accepts since with a zone and an opaque cursor', () => {
    expect(parse('')).toEqual({ ok: true, params: { limit: 100, since: undefined, cursor: undefined } });
    expect(parse('limit=200&since=2026-11-20T08:00:00Z&cursor=WyIyMDI2Il0')).toEqual({
      ok: true,
      params: { limit: 200, since: '2026-11-20T08:00:00Z', cursor: 'WyIyMDI2Il0' },
    });
    expect(parse('since=2026-11-20T08:00:00.123%2B08:00')).toMatchObject({ ok: true });
  });

  it('names every bad parameter', () => {
    const r = parse('limit=0&since=yesterday&cursor=%3Cscript%3E&foo=1');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['cursor', 'foo', 'limit', 'since']);
    expect(r.errors.limit).toMatch(/1 to 200/);
    expect(parse('limit=201')).toMatchObject({ ok: false, errors: { limit: 'limit must be at most 200.' } });
    expect(parse('limit=1.5')).toMatchObject({ ok: false });
    expect(parse('limit=5&limit=6')).toMatchObject({ ok: false, errors: { limit: 'limit may be given once.' } });
    expect(parse('since=2026-11-20')).toMatchObject({ ok: false });
  });
});

describe('OpenAPI document', () => {
  it('documents the feed with its parameters and both item shapes', async () => {
    const { openApiDocument } = await import('@/lib/api/openapi');
    const op = openApiDocument.paths['/api/v1/feed']?.get as { parameters: { name?: string }[] } | undefined;
    expect(op?.parameters.map((p) => p.name).filter(Boolean)).toEqual(['limit', 'since', 'cursor']);
    expect(Object.keys(openApiDocument.components.schemas)).toEqual(
      expect.arrayContaining(['Feed', 'FeedItem', 'FeedTombstone']),
    );
  });
});
