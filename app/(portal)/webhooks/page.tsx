import type { Metadata } from 'next';
import Link from 'next/link';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import { Alert } from '@/components/ui/alert';
import { WebhookEndpointForm } from '@/components/webhooks/endpoint-form';
import { listWebhookEndpoints } from '@/db/queries/webhooks';
import { requireCapability } from '@/lib/auth/guards';
import { EVENTS_FOR } from '@/lib/domain/webhooks';
import { createBusinessWebhookAction } from './actions';

export const metadata: Metadata = { title: 'Webhooks' };

const MESSAGES: Record<string, { tone: 'success' | 'error'; text: string }> = {
  'unknown-endpoint': { tone: 'error', text: 'That webhook endpoint does not exist.' },
  'endpoint-deleted': { tone: 'success', text: 'Webhook endpoint deleted.' },
};

async function WebhooksPage({ searchParams }: PageProps<'/webhooks'>) {
  const actor = await requireCapability('members:manage');
  const sp = await searchParams;
  const endpoints = await listWebhookEndpoints(actor, 'business');
  const msg = typeof sp.msg === 'string' ? MESSAGES[sp.msg] : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Webhooks</h1>
      <p className="max-w-3xl text-stone-700">
        Your own systems can hear about your listings, purchase orders and shipments as they happen. We POST each event
        to your endpoints, signed as Standard Webhooks specifies; a failed delivery is retried for about three days.
      </p>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      {endpoints.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {endpoints.map((e) => (
            <li key={e.id}>
              <Link href={`/webhooks/${e.id}`} className="break-all">
                {e.url}
              </Link>{' '}
              — {e.events.length} events{e.disabledAt ? ' — disabled' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>No endpoints yet.</p>
      )}
      <WebhookEndpointForm action={createBusinessWebhookAction} events={EVENTS_FOR.business} business />
    </div>
  );
}

export default withBusinessFrame(WebhooksPage);
