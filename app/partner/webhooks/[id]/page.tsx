import type { Metadata } from 'next';
import { WebhookEndpointDetail } from '@/components/webhooks/endpoint-detail';
import { getWebhookEndpoint } from '@/db/queries/webhooks';
import { requirePartner } from '@/lib/auth/guards';
import { loadOr404 } from '@/lib/load-or-404';
import {
  deleteWebhookEndpointAction,
  enableWebhookEndpointAction,
  resendWebhookDeliveryAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
} from '../../actions';

export const metadata: Metadata = { title: 'Webhook endpoint' };

export default async function WebhookEndpointPage({ params, searchParams }: PageProps<'/partner/webhooks/[id]'>) {
  const actor = await requirePartner();
  const { id } = await params;
  const { endpoint, deliveries } = await loadOr404(id, (i) => getWebhookEndpoint(actor, 'partner', i));
  return (
    <WebhookEndpointDetail
      endpoint={endpoint}
      deliveries={deliveries}
      sp={await searchParams}
      back={{ href: '/partner', label: 'Partner API' }}
      actions={{
        sendTest: sendTestWebhookAction,
        rotate: rotateWebhookSecretAction,
        enable: enableWebhookEndpointAction,
        remove: deleteWebhookEndpointAction,
        resend: resendWebhookDeliveryAction,
      }}
    />
  );
}
