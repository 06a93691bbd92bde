import { describe, expect, it } from 'vitest';
import { GET } from './route';

describe('GET /api/v1/openapi.json', () => {
  it('serves an OpenAPI 3.1 document describing the export-check endpoints', async () => {
    const res = await GET(new Request('http://localhost/api/v1/openapi.json'));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { parameters: Record<string, { schema: { enum?: string[] } }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/export-check',
        '/api/v1/export-check/products',
        '/api/v1/rules/versions',
        '/api/v1/partner/catalogue',
        '/api/v1/partner/listings/{id}/status',
        '/api/v1/partner/purchase-orders',
        '/api/v1/partner/purchase-orders/{id}',
      ]),
    );
    const schemas = (doc as unknown as { components: { schemas: Record<string, { required?: string[] }> } }).components
      .schemas;
    expect(schemas.Product?.required).toContain('assessed');
    expect(schemas.ChannelResult?.required).toContain('status');
    expect(schemas.RulesVersion?.required).toEqual(expect.arrayContaining(['version', 'rulesVersion', 'summary']));
    expect(doc.components.parameters.channel?.schema.enum).toEqual(['general_trade', 'cbec_bonded', 'cbec_direct']);
    expect(doc.components.parameters.state?.schema.enum).toContain('MI');
    // Every $ref points at something the document defines.
    const text = JSON.stringify(doc);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/(\w+)"/g))
      expect(
        (doc.components as Record<string, Record<string, unknown>>)[kind!]?.[name!],
        `${kind}/${name}`,
      ).toBeDefined();
  });
});
