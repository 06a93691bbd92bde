'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createApiKey, revokeApiKey, rotateApiKey } from '@/db/mutations/partners';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
} from '@/db/mutations/webhooks';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { kickWebhooks } from '@/lib/webhooks/worker';
import { action, formAction } from '@/lib/auth/action';
import { invalid, expectedFailure, type FormState } from '@/lib/form-state';
import {
  apiKeyIdInputSchema,
  apiKeyInputSchema,
  webhookDeliveryIdSchema,
  webhookEndpointIdSchema,
  webhookEndpointInputSchema,
} from '@/lib/validation/partners';

/** A form's state that may carry a new key's secret: shown this once, never stored. */
export type KeyState = FormState & { created?: { key: string; prefix: string } };

export const createApiKeyAction = action<'business', typeof apiKeyInputSchema, KeyState>(
  {
    access: 'business',
    input: apiKeyInputSchema,
    read: (fd) => ({ name: fd.get('name') ?? '', scopes: fd.getAll('scopes') }),
    invalid: (error, fd) => invalid(error, fd),
  },
  async ({ actor, input, formData }) => {
    try {
      const k = await createApiKey(actor, input);
      revalidatePath('/partner');
      return { status: 'success', message: `Key “${input.name}” created.`, created: { key: k.key, prefix: k.prefix } };
    } catch (e) {
      return expectedFailure(e, formData, 'Only a partner’s people can create keys.');
    }
  },
);

export const rotateApiKeyAction = action<'business', typeof apiKeyIdInputSchema, KeyState>(
  { access: 'business', input: apiKeyIdInputSchema, invalid: (error, fd) => invalid(error, fd) },
  async ({ actor, input, formData }) => {
    try {
      const k = await rotateApiKey(actor, input.keyId);
      revalidatePath('/partner');
      return {
        status: 'success',
        message: 'Rotated: the old key stopped working. Put the new one in your system now.',
        created: { key: k.key, prefix: k.prefix },
      };
    } catch (e) {
      return expectedFailure(e, formData, 'This key was revoked already.');
    }
  },
);

export const revokeApiKeyAction = formAction(
  { access: 'business', input: apiKeyIdInputSchema, invalid: () => redirect('/partner?msg=unknown') },
  async ({ actor, input }) => {
    let msg = 'revoked';
    try {
      await revokeApiKey(actor, input.keyId);
    } catch (e) {
      if (e instanceof NotFoundError) msg = 'unknown';
      else throw e;
    }
    redirect(`/partner?msg=${msg}`);
  },
);

export const createWebhookEndpointAction = action(
  {
    access: 'business',
    input: webhookEndpointInputSchema,
    read: (fd) => ({ url: fd.get('url') ?? '', events: fd.getAll('events'), description: fd.get('description') ?? '' }),
  },
  async ({ actor, input, formData }) => {
    let id: string;
    try {
      id = (await createWebhookEndpoint(actor, 'partner', input, env().WEBHOOK_ALLOW_LOOPBACK)).id;
    } catch (e) {
      return expectedFailure(e, formData, 'Only a partner’s people can add webhooks.');
    }
    redirect(`/partner/webhooks/${id}?created=1`);
  },
);

const backTo = (endpointId: string, msg: string): never => redirect(`/partner/webhooks/${endpointId}?msg=${msg}`);
const badEndpoint = () => redirect('/partner?msg=unknown-endpoint');

async function onEndpoint(endpointId: string, msg: string, fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (e) {
    if (e instanceof NotFoundError) badEndpoint();
    throw e;
  }
  kickWebhooks();
  backTo(endpointId, msg);
}

export const sendTestWebhookAction = formAction(
  { access: 'business', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'test-sent', () => sendTestWebhook(actor, 'partner', input.endpointId)),
);

export const rotateWebhookSecretAction = formAction(
  { access: 'business', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'rotated', () => rotateWebhookSecret(actor, 'partner', input.endpointId)),
);

export const enableWebhookEndpointAction = formAction(
  { access: 'business', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'enabled', () => enableWebhookEndpoint(actor, 'partner', input.endpointId)),
);

export const deleteWebhookEndpointAction = formAction(
  { access: 'business', input: webhookEndpointIdSchema, invalid: badEndpoint },
  async ({ actor, input }) => {
    try {
      await deleteWebhookEndpoint(actor, 'partner', input.endpointId);
    } catch (e) {
      if (e instanceof NotFoundError) badEndpoint();
      throw e;
    }
    redirect('/partner?msg=endpoint-deleted');
  },
);

export const resendWebhookDeliveryAction = formAction(
  { access: 'business', input: webhookDeliveryIdSchema, invalid: badEndpoint },
  async ({ actor, input }) =>
    onEndpoint(input.endpointId, 'resent', () => resendWebhookDelivery(actor, 'partner', input.deliveryId)),
);
