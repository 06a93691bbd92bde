import { CATEGORIES, CHANNELS, RULES_COVER_FROM, RULES_VERSION, US_STATES } from '@/lib/domain/export-rules';
import { PRICE_MAX_CNY, QUANTITY_MAX, VALUE_MAX_USD } from '@/lib/validation/export-check';
import {
  partnerParameters,
  partnerPaths,
  partnerResponses,
  partnerSchemas,
  partnerSecuritySchemes,
} from './openapi-partner';
import { PUBLIC_API_RATE_LIMIT } from './rate-limit-memory';

/** JSON values only, so the document stays a plain object that serialises as-is. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  /** Path → method → operation object. Add new endpoints (e.g. `/api/v1/feed`) here. */
  paths: Record<string, Record<string, JsonObject>>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters: Record<string, JsonObject>;
    responses: Record<string, JsonObject>;
    headers: Record<string, JsonObject>;
    securitySchemes: Record<string, JsonObject>;
  };
}

const ref = (kind: 'schemas' | 'parameters' | 'responses' | 'headers', name: string): JsonObject => ({
  $ref: `#/components/${kind}/${name}`,
});
const json = (schema: JsonObject): JsonObject => ({ 'application/json': { schema } });
const CHANNEL_CODES = CHANNELS.map((c) => c.code);
const CATEGORY_CODES = CATEGORIES.map((c) => c.code);
const cacheHeaders: JsonObject = {
  ETag: ref('headers', 'ETag'),
  'Cache-Control': ref('headers', 'CacheControl'),
  'RateLimit-Remaining': ref('headers', 'RateLimitRemaining'),
};
const sourced: Record<string, JsonObject> = {
  source: {
    type: 'string',
    description: 'Source ids of the domain reference, comma-separated (e.g. "S77, S78"); "UNVERIFIED" when none.',
  },
  sources: { type: 'array', items: ref('schemas', 'SourceRef') },
  official: {
    type: 'boolean',
    description: 'true when at least one cited source is primary; false: the answer rests on secondary sources only.',
  },
  effectiveFrom: { type: 'string', format: 'date' },
  verified: {
    type: 'boolean',
    description: 'false where the reference marks the fact UNVERIFIED: check before relying on it.',
  },
};

export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Heartland Gateway public API',
    version: '1.0.0',
    description:
      'Anonymous read-only JSON API, and the partner API for holders of an API key (tag partner). Export self-check: can a product from a US state be sold to Chinese consumers, through which channel, needing what, at what tax. ' +
      `Answers come from versioned rule data (shipped as ${RULES_VERSION}; each approved change by the portal's rules editors adds a version, listed at /api/v1/rules/versions); every fact carries its source (primary or secondary) and effective date. ` +
      `Rate limit: ${PUBLIC_API_RATE_LIMIT.limit} requests per minute per client address, per server instance.`,
  },
  servers: [{ url: '/' }],
  tags: [
    { name: 'export-check', description: 'Export eligibility, requirements and consumer tax' },
    { name: 'feed', description: 'The approved catalogue for marketplace integrations (Tmall Global, Alibaba.com)' },
    {
      name: 'rules',
      description: 'History of the export rules: each version, what changed, from when, on what source',
    },
    {
      name: 'partner',
      description:
        'For storefront operators, importers and agencies with an API key (Authorization: Bearer): catalogue with stock and readiness, storefront status reports, purchase orders',
    },
  ],
  paths: {
    '/api/v1/export-check': {
      get: {
        tags: ['export-check'],
        operationId: 'checkExport',
        summary: 'Check a product from a US state against each sales channel',
        description:
          'Without `channel`, all three channels are returned in the order general_trade, cbec_bonded, cbec_direct. Bad input returns 400 naming every bad parameter.',
        parameters: [
          ref('parameters', 'hs'),
          ref('parameters', 'state'),
          ref('parameters', 'channel'),
          ref('parameters', 'price_cny'),
          ref('parameters', 'quantity'),
          ref('parameters', 'value_usd'),
          ref('parameters', 'date'),
          ref('parameters', 'IfNoneMatch'),
        ],
        responses: {
          '200': { description: 'The check', headers: cacheHeaders, content: json(ref('schemas', 'ExportCheck')) },
          '304': { description: 'Not modified (If-None-Match matched the ETag)' },
          '400': ref('responses', 'BadRequest'),
          '429': ref('responses', 'TooManyRequests'),
          '500': ref('responses', 'ServerError'),
        },
      },
    },
    '/api/v1/export-check/products': {
      get: {
        tags: ['export-check'],
        operationId: 'listExportProducts',
        summary: 'The product catalogue (for pickers and integrations)',
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: false,
            description: 'Search by English or Chinese name, keyword, or HS code prefix.',
            schema: { type: 'string', maxLength: 40 },
          },
          ref('parameters', 'IfNoneMatch'),
        ],
        responses: {
          '200': {
            description: 'Catalogue products',
            headers: cacheHeaders,
            content: json({
              type: 'object',
              required: ['products', 'rulesVersion'],
              properties: {
                products: { type: 'array', items: ref('schemas', 'Product') },
                rulesVersion: { type: 'string' },
              },
            }),
          },
          '304': { description: 'Not modified' },
          '400': ref('responses', 'BadRequest'),
          '429': ref('responses', 'TooManyRequests'),
        },
      },
    },
    '/api/v1/rules/versions': {
      get: {
        tags: ['rules'],
        operationId: 'listRulesVersions',
        summary: 'The rules versions, newest first',
        description:
          'Version 1 (and every later re-seeding) is the shipped reference data with the approved changes re-applied; every other version is one approved change. Answers for a date keep the facts in force on that date, whatever the version.',
        parameters: [
          {
            name: 'before',
            in: 'query',
            required: false,
            description: 'Keyset cursor: versions older than this number (from `nextBefore`).',
            schema: { type: 'integer', minimum: 1 },
          },
        ],
        responses: {
          '200': {
            description: 'One page of versions (25)',
            content: json({
              type: 'object',
              required: ['versions', 'nextBefore', 'rulesVersion'],
              properties: {
                versions: { type: 'array', items: ref('schemas', 'RulesVersion') },
                nextBefore: { type: ['integer', 'null'], description: 'Pass as `before` for the next page.' },
                rulesVersion: { type: 'string', description: 'The version answers come from now.' },
              },
            }),
          },
          '400': ref('responses', 'BadRequest'),
          '429': ref('responses', 'TooManyRequests'),
        },
      },
    },
    '/api/v1/feed': {
      get: {
        tags: ['feed'],
        operationId: 'listFeed',
        summary: 'The approved catalogue, for full and incremental sync',
        description:
          'Every listing that was ever approved, oldest change first, ordered by (updatedAt, id). Live listings carry their approved Chinese and English text, prices, HS code, eligible channels and image URLs; ' +
          "a listing that is no longer live is a tombstone `{ id, live: false, updatedAt }`: delist it. A seller's pending edits are never included. " +
          'Full sync: follow `nextCursor` until it is null. Incremental sync: remember the largest `updatedAt` you saw and pass it, minus a safety margin of a minute (a change is stamped when its transaction starts, and may commit a moment later), as `since` next time; items come again, and ids are stable, so upsert. ' +
          'Send `If-None-Match` with the previous ETag to get 304 when the page is unchanged.',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'Items per page.',
            schema: { type: 'integer', minimum: 1, maximum: 200, default: 100 },
          },
          {
            name: 'since',
            in: 'query',
            required: false,
            description: 'Only listings changed at or after this instant (ISO 8601 with a zone).',
            schema: { type: 'string', format: 'date-time', examples: ['2026-11-20T08:00:00Z'] },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'nextCursor from the previous page, passed back unchanged (opaque).',
            schema: { type: 'string', maxLength: 200 },
          },
          ref('parameters', 'IfNoneMatch'),
        ],
        responses: {
          '200': {
            description: 'One page of the feed',
            headers: { ETag: ref('headers', 'ETag'), 'RateLimit-Remaining': ref('headers', 'RateLimitRemaining') },
            content: json(ref('schemas', 'Feed')),
          },
          '304': { description: 'Not modified (If-None-Match matched the ETag)' },
          '400': ref('responses', 'BadRequest'),
          '429': ref('responses', 'TooManyRequests'),
          '500': ref('responses', 'ServerError'),
        },
      },
    },
    ...partnerPaths,
  },
  components: {
    securitySchemes: partnerSecuritySchemes,
    parameters: {
      ...partnerParameters,
      hs: {
        name: 'hs',
        in: 'query',
        required: true,
        description:
          'HS code of a catalogue product: 6 digits, or the Chinese 8/10/13-digit or US Schedule B 10-digit form (dots and spaces allowed).',
        schema: { type: 'string', examples: ['080929', '2204.21.0000'] },
      },
      state: {
        name: 'state',
        in: 'query',
        required: true,
        description: 'US state of origin (two-letter code).',
        schema: { type: 'string', enum: Object.keys(US_STATES) },
      },
      channel: {
        name: 'channel',
        in: 'query',
        required: false,
        description: 'One channel; omit for all three.',
        schema: { type: 'string', enum: CHANNEL_CODES },
      },
      price_cny: {
        name: 'price_cny',
        in: 'query',
        required: false,
        description:
          'Unit price to the consumer in CNY (CBEC: including freight and insurance), at most 2 decimals. Enables the tax calculation.',
        schema: {
          type: 'string',
          pattern: '^\\d+(\\.\\d{1,2})?$',
          examples: ['600', '599.50'],
          'x-maximum': PRICE_MAX_CNY,
        },
      },
      quantity: {
        name: 'quantity',
        in: 'query',
        required: false,
        description: 'Items in the order (default 1).',
        schema: { type: 'integer', minimum: 1, maximum: QUANTITY_MAX, default: 1 },
      },
      value_usd: {
        name: 'value_usd',
        in: 'query',
        required: false,
        description: 'Shipment value in USD per Schedule B line; over USD 2,500 adds the EEI filing requirement.',
        schema: { type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$', 'x-maximum': VALUE_MAX_USD },
      },
      date: {
        name: 'date',
        in: 'query',
        required: false,
        description: `Date to evaluate the rules at (default today, UTC); from ${RULES_COVER_FROM}.`,
        schema: { type: 'string', format: 'date' },
      },
      IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
    },
    headers: {
      ETag: { description: 'Weak ETag from rulesVersion and the normalised query.', schema: { type: 'string' } },
      CacheControl: { schema: { type: 'string', const: 'public, max-age=300' } },
      RateLimitRemaining: {
        description: 'Requests left in the current one-minute window.',
        schema: { type: 'integer' },
      },
      RetryAfter: { description: 'Seconds until the rate-limit window ends.', schema: { type: 'integer' } },
    },
    responses: {
      ...partnerResponses,
      BadRequest: {
        description: 'Invalid parameters; every bad parameter is named with what is wrong.',
        content: json(ref('schemas', 'Errors')),
      },
      TooManyRequests: {
        description: 'Rate limit exceeded (errors.rate).',
        headers: { 'Retry-After': ref('headers', 'RetryAfter') },
        content: json(ref('schemas', 'Errors')),
      },
      ServerError: {
        description: 'Unexpected error (errors.server, with a request id).',
        content: json(ref('schemas', 'Errors')),
      },
    },
    schemas: {
      ...partnerSchemas,
      Feed: {
        type: 'object',
        required: ['items', 'nextCursor', 'exchangeRate', 'rulesVersion'],
        properties: {
          items: { type: 'array', items: { oneOf: [ref('schemas', 'FeedItem'), ref('schemas', 'FeedTombstone')] } },
          nextCursor: {
            type: ['string', 'null'],
            description: 'Pass as `cursor` for the next page; null on the last page.',
          },
          exchangeRate: {
            oneOf: [
              {
                type: 'object',
                required: ['usdCny', 'effectiveOn'],
                properties: {
                  usdCny: { type: 'string', examples: ['7.100000'] },
                  effectiveOn: { type: 'string', format: 'date' },
                },
              },
              { type: 'null' },
            ],
            description: 'The USD→CNY rate the CNY prices use (admin-maintained).',
          },
          rulesVersion: {
            type: 'string',
            description: 'Version of the export rules that decided the eligible channels.',
          },
        },
      },
      FeedTombstone: {
        type: 'object',
        required: ['id', 'live', 'updatedAt'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          live: { const: false },
          updatedAt: { type: 'string', format: 'date-time' },
        },
      },
      FeedItem: {
        type: 'object',
        required: [
          'id',
          'live',
          'slug',
          'url',
          'updatedAt',
          'title',
          'description',
          'category',
          'hsCode',
          'origin',
          'price',
          'channels',
          'images',
          'seller',
        ],
        properties: {
          id: { type: 'string', format: 'uuid', description: 'Stable for the life of the listing.' },
          live: { const: true },
          slug: { type: 'string' },
          url: { type: 'string', format: 'uri', description: 'The storefront product page.' },
          updatedAt: { type: 'string', format: 'date-time' },
          title: {
            type: 'object',
            required: ['zh', 'en'],
            properties: { zh: { type: 'string' }, en: { type: 'string' } },
          },
          description: {
            type: 'object',
            required: ['zh', 'en'],
            properties: { zh: { type: 'string' }, en: { type: 'string' } },
          },
          category: { type: 'string', enum: CATEGORY_CODES },
          hsCode: { type: 'string', pattern: '^\\d{6}$' },
          origin: {
            type: 'object',
            properties: {
              country: { const: 'US' },
              state: { type: 'string' },
              name: { type: 'object', properties: { en: { type: 'string' }, zh: { type: 'string' } } },
            },
          },
          price: {
            type: 'object',
            required: ['usd', 'cny'],
            properties: {
              usd: { type: 'string', description: 'Unit price in USD, 2 decimals.', examples: ['12.50'] },
              cny: {
                type: ['string', 'null'],
                description: 'USD price × exchangeRate in integer fen, 2 decimals; null when no rate is set.',
                examples: ['88.75'],
              },
            },
          },
          unit: { type: 'string' },
          packSize: { type: 'string' },
          minOrder: { type: 'integer' },
          weightKg: { type: 'number' },
          stock: { type: 'integer' },
          channels: {
            type: 'array',
            items: { type: 'string', enum: CHANNEL_CODES },
            description: 'Channels the seller chose AND the rules engine finds eligible at this price.',
          },
          images: {
            type: 'array',
            items: {
              type: 'object',
              required: ['url', 'thumbnailUrl'],
              properties: { url: { type: 'string', format: 'uri' }, thumbnailUrl: { type: 'string', format: 'uri' } },
            },
          },
          seller: {
            type: 'object',
            properties: { slug: { type: 'string' }, name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
          },
        },
      },
      Errors: {
        type: 'object',
        required: ['errors'],
        properties: { errors: { type: 'object', additionalProperties: { type: 'string' } } },
        examples: [
          {
            errors: {
              state: 'State must be a two-letter US state code such as MI.',
              price_cny: 'Price in CNY must not be negative.',
            },
          },
        ],
      },
      Product: {
        type: 'object',
        required: ['hs6', 'name', 'category', 'assessed'],
        properties: {
          hs6: { type: 'string', pattern: '^\\d{6}$' },
          name: {
            type: 'object',
            required: ['en', 'zh'],
            properties: { en: { type: 'string' }, zh: { type: 'string' } },
          },
          category: { type: 'string', enum: CATEGORY_CODES },
          assessed: {
            type: 'boolean',
            description:
              "false: a real code whose China-side rules have not been researched yet; answered as 'not_assessed', never as blocked.",
          },
        },
      },
      SourceRef: {
        type: 'object',
        required: ['id', 'title', 'url', 'date', 'kind'],
        properties: {
          id: { type: 'string', examples: ['S147'] },
          title: { type: 'string' },
          url: { type: ['string', 'null'] },
          date: { type: ['string', 'null'] },
          kind: {
            type: 'string',
            enum: ['primary', 'secondary'],
            description:
              'primary: a regulator or government body, or its official text. Only primary sources are official.',
          },
        },
      },
      RulesVersion: {
        type: 'object',
        required: ['version', 'rulesVersion', 'createdAt', 'summary', 'effectiveFrom', 'sourceId'],
        properties: {
          version: { type: 'integer' },
          rulesVersion: { type: 'string', examples: ['2026-03-18.2+3'] },
          createdAt: { type: 'string', format: 'date-time' },
          summary: { type: 'string' },
          effectiveFrom: { type: ['string', 'null'], format: 'date' },
          sourceId: { type: ['string', 'null'] },
        },
      },
      Alternative: {
        type: 'object',
        required: ['hs6', 'name', 'reason', 'source', 'sources', 'official'],
        properties: {
          hs6: { type: 'string' },
          name: { type: 'object', properties: { en: { type: 'string' }, zh: { type: 'string' } } },
          reason: { type: 'string' },
          source: { type: 'string' },
          sources: { type: 'array', items: ref('schemas', 'SourceRef') },
          official: { type: 'boolean' },
        },
      },
      Blocker: {
        type: 'object',
        required: ['code', 'message', 'source', 'effectiveFrom', 'verified'],
        properties: {
          code: {
            type: 'string',
            enum: [
              'unknown_product',
              'restricted_product',
              'no_market_access',
              'fresh_requires_bonded',
              'not_on_positive_list',
              'over_order_limit',
              'over_annual_limit',
            ],
          },
          message: { type: 'string' },
          ...sourced,
        },
      },
      Requirement: {
        type: 'object',
        required: ['code', 'title', 'providedBy', 'source', 'effectiveFrom', 'verified'],
        properties: {
          code: { type: 'string', examples: ['phytosanitary_certificate', 'gacc_registration', 'eei_filing'] },
          title: { type: 'string' },
          providedBy: { type: 'string', enum: ['seller', 'importer', 'platform', 'carrier'] },
          sourceUrl: { type: 'string', format: 'uri', description: 'Address of the first cited source.' },
          effectiveTo: { type: 'string', format: 'date' },
          ...sourced,
        },
      },
      Tax: {
        type: 'object',
        required: ['basis', 'rate', 'amountCny', 'dutiableCny', 'withinLimits', 'verified', 'notes'],
        properties: {
          basis: { type: 'string', enum: ['cbec_composite', 'general_trade'] },
          rate: {
            type: ['string', 'null'],
            description: 'Share of the dutiable price, 4 decimals; null when a needed rate is UNVERIFIED.',
            examples: ['0.1789'],
          },
          amountCny: {
            type: ['string', 'null'],
            description: 'Tax in CNY, 2 decimals, computed in integer fen.',
            examples: ['107.33'],
          },
          dutiableCny: { type: 'string' },
          withinLimits: { type: 'boolean', description: 'CBEC: within RMB 5,000 per order (since 2019-01-01).' },
          verified: { type: 'boolean' },
          notes: { type: 'array', items: { type: 'string' } },
        },
      },
      ChannelResult: {
        type: 'object',
        required: ['channel', 'status', 'eligible', 'blockers', 'requirements', 'tax'],
        properties: {
          channel: { type: 'string', enum: CHANNEL_CODES },
          status: {
            type: 'string',
            enum: ['eligible', 'blocked', 'not_assessed'],
            description:
              "not_assessed: the product's rules have not been researched; requirements then lists what applies to every product of its kind in this channel.",
          },
          eligible: { type: 'boolean', description: "status === 'eligible'." },
          blockers: { type: 'array', items: ref('schemas', 'Blocker') },
          requirements: { type: 'array', items: ref('schemas', 'Requirement') },
          tax: {
            oneOf: [ref('schemas', 'Tax'), { type: 'null' }],
            description: 'Only when price_cny is given and the channel is eligible.',
          },
        },
      },
      ExportCheck: {
        type: 'object',
        required: ['query', 'product', 'origin', 'results', 'sources', 'rulesVersion'],
        properties: {
          query: {
            type: 'object',
            description: 'The normalised input.',
            properties: {
              hs: { type: 'string' },
              hs6: { type: 'string' },
              state: { type: 'string' },
              channels: { type: 'array', items: { type: 'string', enum: CHANNEL_CODES } },
              priceCny: { type: ['string', 'null'] },
              quantity: { type: 'integer' },
              orderTotalCny: { type: ['string', 'null'] },
              valueUsd: { type: ['string', 'null'] },
              date: { type: 'string', format: 'date' },
            },
          },
          product: ref('schemas', 'Product'),
          origin: {
            type: 'object',
            required: ['state', 'name', 'midwest'],
            properties: {
              state: { type: 'string' },
              name: { type: 'object', properties: { en: { type: 'string' }, zh: { type: 'string' } } },
              midwest: { type: 'boolean' },
            },
          },
          results: { type: 'array', items: ref('schemas', 'ChannelResult') },
          alternatives: {
            type: 'array',
            items: ref('schemas', 'Alternative'),
            description:
              'For a fruit blocked for lack of market access: fruits the same state has access for, each with its source.',
          },
          sources: {
            type: 'object',
            description: 'Every source id cited in results, with its title, address and date.',
            additionalProperties: {
              type: 'object',
              properties: {
                title: { type: 'string' },
                url: { type: ['string', 'null'] },
                date: { type: ['string', 'null'] },
                kind: { type: 'string', enum: ['primary', 'secondary'] },
              },
            },
          },
          rulesVersion: { type: 'string' },
        },
      },
    },
  },
};
