'use server';

import { redirect } from 'next/navigation';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
} from '@/db/mutations/webhooks';
import { action, formAction } from '@/lib/auth/action';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { expectedFailure } from '@/lib/form-state';
import {
  webhookDeliveryIdSchema,
  webhookEndpointIdSchema,
  webhookEndpointInputSchema,
} from '@/lib/validation/partners';
import { kickWebhooks } from '@/lib/webhooks/worker';

// A business's own webhook endpoints (its listings, purchase orders and shipments): the owner's to manage.

export const createBusinessWebhookAction = action(
  {
    access: 'members:manage',
    input: webhookEndpointInputSchema,
    read: (fd) => ({ url: fd.get('url') ?? '', events: fd.getAll('events'), description: fd.get('description') ?? '' }),
  },
  async ({ actor, input, formData }) => {
    let id: string;
    try {
      id = (await createWebhookEndpoint(actor, 'business', input, env().WEBHOOK_ALLOW_LOOPBACK)).id;
    } catch (e) {
      return expectedFailure(e, formData);
    }
    redirect(`/webhooks/${id}?created=1`);
  },
);

const badEndpoint = () => redirect('/webhooks?msg=unknown-endpoint');

async function onEndpoint(endpointId: string, msg: string, fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (e) {
    if (e instanceof NotFoundError) badEndpoint();
    throw e;
  }
  kickWebhooks();
  redirect(`/webhooks/${endpointId}?msg=${msg}`);
}

export const sendBusinessTestWebhookAction = formAction(
  { access: 'members:manage', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'test-sent', () => sendTestWebhook(actor, 'business', input.endpointId)),
);

export const rotateBusinessWebhookSecretAction = formAction(
  { access: 'members:manage', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'rotated', () => rotateWebhookSecret(actor, 'business', input.endpointId)),
);

export const enableBusinessWebhookAction = formAction(
  { access: 'members:manage', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'enabled', () => enableWebhookEndpoint(actor, 'business', input.endpointId)),
);

export const deleteBusinessWebhookAction = formAction(
  { access: 'members:manage', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) => {
    try {
      await deleteWebhookEndpoint(actor, 'business', input.endpointId);
    } catch (e) {
      if (e instanceof NotFoundError) badEndpoint();
      throw e;
    }
    redirect('/webhooks?msg=endpoint-deleted');
  },
);

export const resendBusinessWebhookAction = formAction(
  { access: 'members:manage', input: webhookDeliveryIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'resent', () => resendWebhookDelivery(actor, 'business', input.deliveryId)),
);
