import { z } from 'zod';
import { API_SCOPES, PARTNER_KINDS } from '@/lib/domain/partners';
import { WEBHOOK_EVENT_TYPES } from '@/lib/domain/webhooks';

export const partnerOrganisationInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Name must be at least 2 characters.')
    .max(120, 'Name must be at most 120 characters.'),
  kind: z.enum(PARTNER_KINDS, { error: 'Choose a storefront operator, an importer or an agency.' }),
});

export const partnerUserInputSchema = z.object({
  organisationId: z.uuid('This partner does not exist.'),
  email: z.email('E-mail must be an address such as name@example.com.').trim().toLowerCase().max(254),
});

const oneOrMany = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]);

export const apiKeyInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the key (e.g. “Production sync”).')
    .max(80, 'Name must be at most 80 characters.'),
  scopes: z.preprocess(
    oneOrMany,
    z
      .array(z.enum(API_SCOPES, { error: 'Unknown scope.' }))
      .min(1, 'Choose at least one scope: a key without one can do nothing.'),
  ),
});

export const apiKeyIdInputSchema = z.object({ keyId: z.uuid('This key does not exist.') });

export const webhookEndpointInputSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Enter the address that receives the webhooks (https://…).')
    .max(2000, 'The address must be at most 2000 characters.'),
  events: z.preprocess(
    oneOrMany,
    z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: 'Unknown event.' })).min(1, 'Choose at least one event.'),
  ),
  description: z.string().trim().max(200, 'At most 200 characters.').optional(),
});
export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid('This endpoint does not exist.') });
export const webhookDeliveryIdSchema = z.object({
  endpointId: z.uuid('This endpoint does not exist.'),
  deliveryId: z.uuid('This delivery does not exist.'),
});
