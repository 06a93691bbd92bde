import 'server-only';
import { getDb } from '@/db/client';
import { deliverDueWebhooks } from '@/db/mutations/webhooks';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { sendWebhook } from './send';

// Sends queued webhook deliveries from inside the app process, like the e-mail outbox: a poll for
// retries plus a kick after each write. Several instances share the queue safely (SKIP LOCKED).
const state = globalThis as unknown as {
  __hgWebhooks?: { running: boolean; again: boolean; timer?: NodeJS.Timeout };
};

const worker = () => (state.__hgWebhooks ??= { running: false, again: false });

async function run() {
  const w = worker();
  if (w.running) {
    w.again = true;
    return;
  }
  w.running = true;
  try {
    do {
      w.again = false;
      const allowLoopback = env().WEBHOOK_ALLOW_LOOPBACK;
      const r = await deliverDueWebhooks(await getDb(), (url, headers, body) =>
        sendWebhook(url, headers, body, allowLoopback),
      );
      if (r.claimed) log.info('webhooks sent', r);
      if (r.claimed === 20) w.again = true;
    } while (w.again);
  } catch (e) {
    log.error('webhook run failed', { error: e });
  } finally {
    w.running = false;
  }
}

/**
 * After a change that queued deliveries has committed. It only wakes a worker the server started: a
 * script or a test that writes through the data layer leaves the queue to whoever runs it.
 */
export function kickWebhooks() {
  if (!state.__hgWebhooks?.timer) return;
  setTimeout(() => void run(), 0);
}

export function startWebhookWorker() {
  const w = worker();
  if (w.timer || env().NEXT_PHASE === 'phase-production-build') return;
  w.timer = setInterval(() => void run(), env().WEBHOOK_POLL_MS);
  w.timer.unref();
}
