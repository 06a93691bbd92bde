import { API_SCOPES, DESTINATION_KINDS, PURCHASE_ORDER_STATUSES, STOREFRONT_STATUSES } from '@/lib/domain/partners';
import { SHIPMENT_FLOWS, SHIPMENT_STATUSES, TRANSPORT_MODES } from '@/lib/domain/shipment-status';
import type { JsonObject } from './openapi';

// The partner API's part of the OpenAPI document (lib/api/openapi.ts merges it).

const ref = (kind: 'schemas' | 'responses' | 'parameters', name: string): JsonObject => ({
  $ref: `#/components/${kind}/${name}`,
});
const json = (schema: JsonObject): JsonObject => ({ 'application/json': { schema } });
const secured = (scope: string): JsonObject[] => [{ partnerKey: [scope] }];
const refusals: JsonObject = {
  '401': ref('responses', 'Unauthenticated'),
  '403': ref('responses', 'InsufficientScope'),
  '429': ref('responses', 'TooManyRequests'),
  '500': ref('responses', 'ServerError'),
};
const idempotencyRefusals: JsonObject = {
  '400': ref('responses', 'BadRequest'),
  '409': {
    description: 'A request with this Idempotency-Key is still running.',
    content: json(ref('schemas', 'Errors')),
  },
  '422': ref('responses', 'Unprocessable'),
};

export const partnerSecuritySchemes: Record<string, JsonObject> = {
  partnerKey: {
    type: 'http',
    scheme: 'bearer',
    description: `An API key made by a partner's people at /partner (hgp_…). Scopes: ${API_SCOPES.join(', ')}. Each key has its own per-minute limit (RateLimit-* headers).`,
  },
};

export const partnerParameters: Record<string, JsonObject> = {
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description:
      'Required on every POST (1–255 printable characters, e.g. a UUID). A retry with the same key and body gets the first answer again (header Idempotent-Replayed: true); the same key with another body is refused (422).',
    schema: { type: 'string', maxLength: 255 },
  },
};

export const partnerResponses: Record<string, JsonObject> = {
  Unauthenticated: {
    description: 'No API key, or an unknown or revoked one (errors.unauthenticated).',
    content: json(ref('schemas', 'Errors')),
  },
  InsufficientScope: {
    description: 'The key lacks the scope this endpoint needs (errors.insufficient_scope).',
    content: json(ref('schemas', 'Errors')),
  },
  Unprocessable: {
    description: 'The body breaks a rule; each field is named by its path (e.g. "lines.0.quantity").',
    content: json(ref('schemas', 'Errors')),
  },
  NotFound: {
    description: "Not found, or not this partner's (errors.not_found).",
    content: json(ref('schemas', 'Errors')),
  },
};

export const partnerPaths: Record<string, Record<string, JsonObject>> = {
  '/api/v1/partner/catalogue': {
    get: {
      tags: ['partner'],
      operationId: 'listPartnerCatalogue',
      summary: 'The catalogue with stock and export readiness, for full and incremental sync',
      description:
        'The items of /api/v1/feed (same order, cursor and tombstones), each live one with `readiness`: per channel it is offered in, whether it is eligible under the rules and whether the seller has every registration it must provide on file. Sync as with the feed: follow nextCursor; next time pass the largest updatedAt seen, minus a minute, as since.',
      security: secured('catalogue:read'),
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 100 } },
        { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } },
        { name: 'cursor', in: 'query', schema: { type: 'string', maxLength: 200 } },
      ],
      responses: {
        '200': { description: 'One page', content: json(ref('schemas', 'PartnerCatalogue')) },
        '400': ref('responses', 'BadRequest'),
        ...refusals,
      },
    },
  },
  '/api/v1/partner/listings/{id}/status': {
    post: {
      tags: ['partner'],
      operationId: 'reportStorefrontStatus',
      summary: 'Report what became of a listing on your storefront',
      description:
        'received, live (with your item id and https URL: the seller sees "Live on <you> since …" with the link), rejected (with a reason) or withdrawn. The seller is notified.',
      security: secured('listing_status:write'),
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
        ref('parameters', 'IdempotencyKey'),
      ],
      requestBody: { required: true, content: json(ref('schemas', 'StorefrontStatusInput')) },
      responses: {
        '200': { description: 'Recorded', content: json(ref('schemas', 'StorefrontStatus')) },
        '404': ref('responses', 'NotFound'),
        ...idempotencyRefusals,
        ...refusals,
      },
    },
  },
  '/api/v1/partner/purchase-orders': {
    post: {
      tags: ['partner'],
      operationId: 'createPurchaseOrder',
      summary: "Send a purchase order for one seller's live listings",
      description:
        'The seller accepts (a shipment draft is created with these lines and the stock is reserved) or declines with a reason; read the outcome with GET /api/v1/partner/purchase-orders/{id} or a webhook.',
      security: secured('purchase_orders:write'),
      parameters: [ref('parameters', 'IdempotencyKey')],
      requestBody: { required: true, content: json(ref('schemas', 'PurchaseOrderInput')) },
      responses: {
        '201': { description: 'Sent to the seller', content: json(ref('schemas', 'PurchaseOrder')) },
        ...idempotencyRefusals,
        ...refusals,
      },
    },
  },
  '/api/v1/partner/purchase-orders/{id}': {
    get: {
      tags: ['partner'],
      operationId: 'getPurchaseOrder',
      summary: "Your order's status and, once accepted, its shipment's milestones",
      security: secured('purchase_orders:write'),
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: {
        '200': { description: 'The order', content: json(ref('schemas', 'PurchaseOrder')) },
        '404': ref('responses', 'NotFound'),
        ...refusals,
      },
    },
  },
};

const money: JsonObject = { type: 'object', properties: { usd: { type: 'string', examples: ['89.00'] } } };

export const partnerSchemas: Record<string, JsonObject> = {
  PartnerCatalogue: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: {
        type: 'array',
        items: {
          oneOf: [
            {
              allOf: [
                ref('schemas', 'FeedItem'),
                {
                  type: 'object',
                  properties: {
                    readiness: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['channel', 'eligible', 'ready', 'missing'],
                        properties: {
                          channel: { type: 'string', enum: [...SHIPMENT_FLOWS] },
                          eligible: { type: 'boolean' },
                          ready: { type: 'boolean' },
                          missing: { type: 'array', items: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
              ],
            },
            ref('schemas', 'FeedTombstone'),
          ],
        },
      },
      nextCursor: { type: ['string', 'null'] },
      rulesVersion: { type: 'string' },
    },
  },
  StorefrontStatusInput: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: [...STOREFRONT_STATUSES] },
      storefrontItemId: { type: 'string', maxLength: 120, description: 'Required when live.' },
      storefrontUrl: { type: 'string', format: 'uri', description: 'https only; required when live.' },
      reason: { type: 'string', maxLength: 500, description: 'Required when rejected.' },
    },
  },
  StorefrontStatus: {
    type: 'object',
    properties: {
      listingId: { type: 'string', format: 'uuid' },
      status: { type: 'string', enum: [...STOREFRONT_STATUSES] },
      storefrontItemId: { type: ['string', 'null'] },
      storefrontUrl: { type: ['string', 'null'] },
      reason: { type: ['string', 'null'] },
      liveSince: { type: ['string', 'null'], format: 'date-time' },
      reportedAt: { type: 'string', format: 'date-time' },
    },
  },
  PurchaseOrderInput: {
    type: 'object',
    required: ['channel', 'mode', 'incoterm', 'requestedDate', 'destination', 'buyerCity', 'lines'],
    additionalProperties: false,
    properties: {
      reference: { type: 'string', maxLength: 60, description: 'Your own order number.' },
      channel: { type: 'string', enum: [...SHIPMENT_FLOWS] },
      mode: { type: 'string', enum: [...TRANSPORT_MODES] },
      incoterm: { type: 'string', description: 'Incoterms 2020 code fitting the mode (FOB, CIF … sea only).' },
      requestedDate: { type: 'string', format: 'date' },
      destination: {
        type: 'object',
        required: ['kind', 'name'],
        properties: {
          kind: { type: 'string', enum: [...DESTINATION_KINDS] },
          name: { type: 'string', maxLength: 120 },
        },
      },
      buyerCity: { type: 'string', maxLength: 80 },
      lines: {
        type: 'array',
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          required: ['listingId', 'quantity'],
          properties: {
            listingId: { type: 'string', format: 'uuid' },
            quantity: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
  },
  PurchaseOrder: {
    type: 'object',
    required: ['id', 'reference', 'status', 'lines'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      reference: { type: 'string' },
      partnerReference: { type: ['string', 'null'] },
      status: { type: 'string', enum: [...PURCHASE_ORDER_STATUSES] },
      channel: { type: 'string', enum: [...SHIPMENT_FLOWS] },
      mode: { type: 'string', enum: [...TRANSPORT_MODES] },
      incoterm: { type: 'string' },
      requestedDate: { type: 'string', format: 'date' },
      destination: {
        type: 'object',
        properties: { kind: { type: 'string', enum: [...DESTINATION_KINDS] }, name: { type: 'string' } },
      },
      buyerCity: { type: 'string' },
      value: money,
      declineReason: { type: ['string', 'null'] },
      createdAt: { type: 'string', format: 'date-time' },
      decidedAt: { type: ['string', 'null'], format: 'date-time' },
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            listingId: { type: 'string', format: 'uuid' },
            title: { type: 'string' },
            quantity: { type: 'integer' },
            unitPrice: money,
          },
        },
      },
      shipment: {
        type: ['object', 'null'],
        properties: {
          reference: { type: 'string' },
          status: { type: 'string', enum: [...SHIPMENT_STATUSES] },
          statusSince: { type: 'string', format: 'date-time' },
          milestones: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                kind: { type: 'string', enum: ['milestone', 'exception', 'release'] },
                status: { type: ['string', 'null'] },
                place: { type: ['string', 'null'] },
                occurredAt: { type: 'string', format: 'date-time' },
              },
            },
          },
        },
      },
    },
  },
};
