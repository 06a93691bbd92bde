import type { Metadata } from 'next';
import { withBusinessFrame } from '@/app/(portal)/business-frame';
import { WebhookEndpointDetail } from '@/components/webhooks/endpoint-detail';
import { getWebhookEndpoint } from '@/db/queries/webhooks';
import { requireCapability } from '@/lib/auth/guards';
import { loadOr404 } from '@/lib/load-or-404';
import {
  deleteBusinessWebhookAction,
  enableBusinessWebhookAction,
  resendBusinessWebhookAction,
  rotateBusinessWebhookSecretAction,
  sendBusinessTestWebhookAction,
} from '../actions';

export const metadata: Metadata = { title: 'Webhook endpoint' };

async function BusinessWebhookPage({ params, searchParams }: PageProps<'/webhooks/[id]'>) {
  const actor = await requireCapability('members:manage');
  const { id } = await params;
  const { endpoint, deliveries } = await loadOr404(id, (i) => getWebhookEndpoint(actor, 'business', i));
  return (
    <WebhookEndpointDetail
      endpoint={endpoint}
      deliveries={deliveries}
      sp={await searchParams}
      back={{ href: '/webhooks', label: 'Webhooks' }}
      business
      actions={{
        sendTest: sendBusinessTestWebhookAction,
        rotate: rotateBusinessWebhookSecretAction,
        enable: enableBusinessWebhookAction,
        remove: deleteBusinessWebhookAction,
        resend: resendBusinessWebhookAction,
      }}
    />
  );
}

export default withBusinessFrame(BusinessWebhookPage);
