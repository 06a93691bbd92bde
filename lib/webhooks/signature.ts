import { createHmac, randomBytes, randomUUID } from 'node:crypto';

// Standard Webhooks 1.0 signing: `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`,
// keyed with the base64-decoded part of a `whsec_` secret; several signatures are space-separated (a
// rotated secret's overlap).

const PREFIX = 'whsec_';

export const newWebhookSecret = () => `${PREFIX}${randomBytes(24).toString('base64')}`;

/** A message id, stable across the retries of one delivery (receivers de-duplicate on it). */
export const newMessageId = () => `msg_${randomUUID().replace(/-/g, '')}`;

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  if (!secret.startsWith(PREFIX)) throw new Error('a webhook secret starts with whsec_');
  const key = Buffer.from(secret.slice(PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export function webhookHeaders(secrets: readonly string[], id: string, timestamp: number, body: string) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signWebhook(s, id, timestamp, body)).join(' '),
  };
}
