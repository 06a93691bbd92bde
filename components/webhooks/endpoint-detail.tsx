import Link from 'next/link';
import { ActingForField } from '@/components/business/acting-for';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import type { WebhookDelivery, WebhookEndpoint } from '@/db/schema';

type FormFn = (formData: FormData) => Promise<void>;

export interface EndpointActions {
  sendTest: FormFn;
  rotate: FormFn;
  enable: FormFn;
  remove: FormFn;
  resend: FormFn;
}

const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

const MESSAGES: Record<string, string> = {
  'test-sent': 'A test event is on its way; refresh to see it in the log.',
  rotated: 'New secret made. For the next 24 hours every delivery carries two signatures, one per secret.',
  enabled: 'The endpoint is on again.',
  resent: 'Queued again; refresh to see it in the log.',
};

/**
 * A webhook endpoint's page: its secret, the buttons (test event, rotate, turn on again, delete) and its
 * delivery log with "Send again". For a partner (/partner/webhooks) or a business (/webhooks, whose
 * forms carry the business they were rendered for).
 */
export function WebhookEndpointDetail({
  endpoint: e,
  deliveries,
  actions,
  back,
  sp,
  business = false,
}: {
  endpoint: WebhookEndpoint;
  deliveries: WebhookDelivery[];
  actions: EndpointActions;
  back: { href: string; label: string };
  sp: Record<string, string | string[] | undefined>;
  business?: boolean;
}) {
  const msg = typeof sp.msg === 'string' ? MESSAGES[sp.msg] : undefined;
  const hidden = (
    <>
      {business ? <ActingForField /> : null}
      <input type="hidden" name="endpointId" value={e.id} />
    </>
  );
  return (
    <div className="space-y-6">
      <p>
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1 className="break-all text-2xl font-bold">Webhook endpoint {e.url}</h1>
      {sp.created ? <Alert tone="success">Endpoint added. Verify our signatures with the secret below.</Alert> : null}
      {msg ? <Alert tone="success">{msg}</Alert> : null}
      {e.disabledAt ? (
        <Alert tone="error" title="Disabled">
          {e.disabledReason}
        </Alert>
      ) : null}
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">Events</dt>
        <dd>{e.events.join(', ')}</dd>
        <dt className="font-medium">
          <label htmlFor="secret">Signing secret</label>
        </dt>
        <dd>
          <input
            id="secret"
            readOnly
            value={e.secret}
            data-testid="webhook-secret"
            className="w-full rounded border border-stone-300 bg-white p-2 font-mono text-sm"
          />
          {e.previousSecretUntil && e.previousSecretUntil > new Date() ? (
            <span className="text-sm text-stone-600">
              The previous secret also signs until {dateTime.format(e.previousSecretUntil)} UTC.
            </span>
          ) : null}
        </dd>
      </dl>
      <div className="flex flex-wrap gap-3">
        <form action={actions.sendTest}>
          {hidden}
          <SubmitButton pendingText="Sending…">Send test event</SubmitButton>
        </form>
        <form action={actions.rotate}>
          {hidden}
          <SubmitButton variant="secondary" pendingText="Rotating…">
            Rotate secret
          </SubmitButton>
        </form>
        {e.disabledAt ? (
          <form action={actions.enable}>
            {hidden}
            <SubmitButton variant="secondary" pendingText="Turning on…">
              Turn on again
            </SubmitButton>
          </form>
        ) : null}
        <form action={actions.remove}>
          {hidden}
          <SubmitButton variant="danger" pendingText="Deleting…">
            Delete endpoint
          </SubmitButton>
        </form>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="delivery-log">
          <caption className="p-2 text-left font-semibold">Deliveries, newest first</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">
                Event
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Answer
              </th>
              <th scope="col" className="p-2">
                Attempts
              </th>
              <th scope="col" className="p-2">
                Last attempt (UTC)
              </th>
              <th scope="col" className="p-2">
                Next attempt (UTC)
              </th>
              <th scope="col" className="p-2">
                Action
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} className="border-b align-top">
                <td className="p-2">
                  {d.eventType}
                  <span className="block font-mono text-xs text-stone-600">{d.messageId}</span>
                </td>
                <td className="p-2">{d.status}</td>
                <td className="p-2">
                  {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}
                  {d.lastDurationMs !== null ? ` in ${d.lastDurationMs} ms` : ''}
                </td>
                <td className="p-2">{d.attempts}</td>
                <td className="p-2">{d.lastAttemptAt ? dateTime.format(d.lastAttemptAt) : '—'}</td>
                <td className="p-2">{d.status === 'pending' ? dateTime.format(d.nextAttemptAt) : '—'}</td>
                <td className="p-2">
                  <form action={actions.resend}>
                    {hidden}
                    <input type="hidden" name="deliveryId" value={d.id} />
                    <SubmitButton variant="secondary" pendingText="Queuing…" aria-label={`Send ${d.messageId} again`}>
                      Send again
                    </SubmitButton>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {deliveries.length === 0 ? <p className="p-2">Nothing sent yet.</p> : null}
      </div>
    </div>
  );
}
