import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import Link from 'next/link';
import { listWebhookEndpoints } from '@/db/queries/webhooks';
import { listMyApiKeys } from '@/db/queries/partners';
import { requirePartner } from '@/lib/auth/guards';
import { createWebhookEndpointAction, revokeApiKeyAction } from './actions';
import { CreateKeyForm, RotateKeyForm } from './key-forms';
import { WebhookEndpointForm } from '@/components/webhooks/endpoint-form';
import { EVENTS_FOR } from '@/lib/domain/webhooks';

export const metadata: Metadata = { title: 'Partner API' };

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const MESSAGES: Record<string, { tone: 'success' | 'error'; text: string }> = {
  revoked: { tone: 'success', text: 'Key revoked: requests with it are refused from now on.' },
  unknown: { tone: 'error', text: 'That key does not exist or was revoked already.' },
  'unknown-endpoint': { tone: 'error', text: 'That webhook endpoint does not exist.' },
  'endpoint-deleted': { tone: 'success', text: 'Webhook endpoint deleted.' },
};

export default async function PartnerPage({ searchParams }: PageProps<'/partner'>) {
  const actor = await requirePartner();
  const sp = await searchParams;
  const [keys, endpoints] = await Promise.all([listMyApiKeys(actor), listWebhookEndpoints(actor, 'partner')]);
  const msg = typeof sp.msg === 'string' ? MESSAGES[sp.msg] : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Partner API · {actor.partner.organisationName}</h1>
      <p className="max-w-3xl text-stone-700">
        Your systems call <code>/api/v1/partner/…</code> with a key in the header{' '}
        <code>Authorization: Bearer &lt;key&gt;</code>. The API is described at <code>/api/v1/openapi.json</code>.
      </p>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <CreateKeyForm />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="p-2 text-left font-semibold">Keys, newest first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                Prefix
              </th>
              <th scope="col" className="p-2">
                Scopes
              </th>
              <th scope="col" className="p-2">
                Use (last 7 days)
              </th>
              <th scope="col" className="p-2">
                Last used (UTC)
              </th>
              <th scope="col" className="p-2">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} className="border-b align-top" data-testid={`key-${k.prefix}`}>
                <td className="p-2">{k.name}</td>
                <td className="p-2 font-mono">hgp_{k.prefix}_…</td>
                <td className="p-2">{k.scopes.join(', ')}</td>
                <td className="p-2">
                  {k.last7Days} requests{k.refused7Days ? `, ${k.refused7Days} over the limit` : ''}; {k.requestCount}{' '}
                  in all; limit {k.rateLimitPerMinute}/min
                </td>
                <td className="p-2">{k.lastUsedAt ? dateTime.format(k.lastUsedAt) : 'never'}</td>
                <td className="p-2">
                  {k.revokedAt ? (
                    <span>Revoked {dateTime.format(k.revokedAt)}</span>
                  ) : (
                    <div className="flex flex-wrap gap-2">
                      <RotateKeyForm keyId={k.id} prefix={k.prefix} />
                      <form action={revokeApiKeyAction}>
                        <input type="hidden" name="keyId" value={k.id} />
                        <SubmitButton variant="danger" pendingText="Revoking…" aria-label={`Revoke key ${k.prefix}`}>
                          Revoke
                        </SubmitButton>
                      </form>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {keys.length === 0 ? <p className="p-2">No keys yet.</p> : null}
      </div>
      <section aria-labelledby="webhooks-h" className="space-y-4">
        <h2 id="webhooks-h" className="text-xl font-semibold">
          Webhooks
        </h2>
        <p className="max-w-3xl text-stone-700">
          We POST events to your endpoints, signed as Standard Webhooks specifies (headers webhook-id,
          webhook-timestamp, webhook-signature). A delivery that fails is retried for about three days; an endpoint with
          no success in three days is turned off and you are told.
        </p>
        {endpoints.length ? (
          <ul className="list-disc space-y-1 pl-6">
            {endpoints.map((e) => (
              <li key={e.id}>
                <Link href={`/partner/webhooks/${e.id}`} className="break-all">
                  {e.url}
                </Link>{' '}
                — {e.events.length} events{e.disabledAt ? ' — disabled' : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>No endpoints yet.</p>
        )}
        <WebhookEndpointForm action={createWebhookEndpointAction} events={EVENTS_FOR.partner} />
      </section>
    </div>
  );
}
