import 'server-only';
import nodemailer from 'nodemailer';
import { getDb } from '@/db/client';
import { deliverDueMessages, type Transport } from '@/db/mutations/outbox';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

// Sends the outbox from inside the app process: a poll for retries plus a kick after each write.
// Without SMTP_URL nothing is sent and messages wait in the outbox (shown by the dev mailbox).
const state = globalThis as unknown as {
  __hgOutbox?: { transport: Transport; running: boolean; again: boolean; timer?: NodeJS.Timeout };
};

function worker() {
  const url = env().SMTP_URL;
  if (!url) return null;
  state.__hgOutbox ??= { transport: nodemailer.createTransport(url), running: false, again: false };
  return state.__hgOutbox;
}

async function run() {
  const w = worker();
  if (!w) return;
  if (w.running) {
    w.again = true;
    return;
  }
  w.running = true;
  try {
    do {
      w.again = false;
      const db = await getDb();
      const r = await deliverDueMessages(db, w.transport, env().MAIL_FROM);
      if (r.claimed) log.info('outbox delivered', r);
      if (r.claimed === 20) w.again = true;
    } while (w.again);
  } catch (e) {
    log.error('outbox run failed', { error: e });
  } finally {
    w.running = false;
  }
}

export function kickOutbox() {
  if (!env().SMTP_URL) return;
  setTimeout(() => void run(), 0);
}

export function startOutboxWorker() {
  const w = worker();
  if (!w || w.timer) return;
  w.timer = setInterval(() => void run(), env().OUTBOX_POLL_MS);
  w.timer.unref();
}
