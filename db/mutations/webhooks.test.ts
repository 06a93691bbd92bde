// Webhooks: deliveries are queued in the transaction of their event (a rollback sends nothing), signed
// as Standard Webhooks says (checked by the reference library, `standardwebhooks`, in a loopback
// receiver), retried on the schedule after a failure, disabled after the last failure with the owner
// told; a rotated secret signs alongside the new one; and one partner cannot see or resend another's.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS } from '@/lib/domain/webhooks';
import { NotFoundError } from '@/lib/errors';
import { sendWebhook } from '@/lib/webhooks/send';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { getWebhookEndpoint, listWebhookEndpoints } from '../queries/webhooks';
import { businessMembers, businesses, notifications, users, webhookDeliveries, webhookEndpoints } from '../schema';
import { addPartnerUser, createPartnerOrganisation } from './partners';
import {
  createWebhookEndpoint,
  deliverDueWebhooks,
  enqueueWebhookEvent,
  resendWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
} from './webhooks';

const { conn } = withTestDatabase();

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
/** Status codes to answer, per path, in order (then 204). */
const answers: Record<string, number[]> = {};
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answers[req.url ?? '']?.shift() ?? 204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const send = (url: string, headers: Record<string, string>, body: string) => sendWebhook(url, headers, body, true);
const deliver = () => deliverDueWebhooks(conn().db, send);

const people: Record<string, string> = {};
let orgA: string;
beforeAll(async () => {
  const mk = async (email: string, role: 'business' | 'admin' = 'business') => {
    const [u] = await conn()
      .db.insert(users)
      .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, emailVerifiedAt: new Date() })
      .returning();
    return u!.id;
  };
  const admin = await actorOf(await mk('admin@heartland.example', 'admin'));
  orgA = (await createPartnerOrganisation(admin, { name: 'Tmall Global', kind: 'storefront' })).id;
  const orgB = (await createPartnerOrganisation(admin, { name: 'JD Worldwide', kind: 'storefront' })).id;
  people.mei = await mk('mei@tmall.example');
  people.wang = await mk('wang@jd.example');
  await addPartnerUser(admin, orgA, 'mei@tmall.example');
  await addPartnerUser(admin, orgB, 'wang@jd.example');
});

async function endpoint(path: string) {
  return createWebhookEndpoint(
    await actorOf(people.mei!),
    'partner',
    { url: `${base}${path}`, events: ['listing.published', 'shipment.status_changed'] },
    true,
  );
}
const rows = (endpointId: string) =>
  conn().db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
const makeDue = (id: string) =>
  conn()
    .db.update(webhookDeliveries)
    .set({ nextAttemptAt: new Date(Date.now() - 1000) })
    .where(eq(webhookDeliveries.id, id));

describe('webhook deliveries', () => {
  it('are queued with the event, signed so that standardwebhooks verifies them, and logged', async () => {
    const e = await endpoint('/ok');
    await conn().db.transaction((tx) =>
      enqueueWebhookEvent(tx, 'listing.published', { listing: { id: 'L1' } }, { partners: [orgA] }),
    );
    // Not subscribed, and another partner's: nothing queued.
    await enqueueWebhookEvent(conn().db, 'purchase_order.accepted', {}, { partners: [orgA] });
    expect(await rows(e.id)).toHaveLength(1);
    received.length = 0;
    expect(await deliver()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(received).toHaveLength(1);
    const payload = new Webhook(e.secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>);
    expect(payload).toMatchObject({ type: 'listing.published', data: { listing: { id: 'L1' } } });
    expect(() =>
      new Webhook(e.secret).verify(
        received[0]!.body.replace('L1', 'L2'),
        received[0]!.headers as Record<string, string>,
      ),
    ).toThrow();
    const [d] = await rows(e.id);
    expect(d).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      messageId: received[0]!.headers['webhook-id'],
    });
    expect(d!.lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  it('are not queued when the event’s transaction rolls back', async () => {
    const e = await endpoint('/rollback');
    await expect(
      conn().db.transaction(async (tx) => {
        await enqueueWebhookEvent(tx, 'listing.published', {}, { partners: 'all' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rows(e.id)).toHaveLength(0);
  });

  it('are retried after a 500 on the backoff schedule, with the same webhook-id, and then succeed once', async () => {
    const e = await endpoint('/flaky');
    await enqueueWebhookEvent(conn().db, 'shipment.status_changed', { n: 1 }, { partners: [orgA] });
    received.length = 0;
    answers['/flaky'] = [500];
    expect(await deliver()).toMatchObject({ failed: 1 });
    let [d] = await rows(e.id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
    const wait = (+d!.nextAttemptAt - Date.now()) / 1000;
    expect(wait).toBeGreaterThan(3);
    expect(wait).toBeLessThan(7);
    expect((await deliver()).claimed).toBe(0); // not due yet
    await makeDue(d!.id);
    expect(await deliver()).toMatchObject({ delivered: 1 });
    [d] = await rows(e.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });
    expect(received.filter((r) => r.path === '/flaky').map((r) => r.headers['webhook-id'])).toEqual([
      d!.messageId,
      d!.messageId,
    ]);
    expect((await deliver()).claimed).toBe(0);
  });

  it('fail after the last attempt; the endpoint is disabled and the partner told', async () => {
    const e = await endpoint('/down');
    await enqueueWebhookEvent(conn().db, 'listing.published', {}, { partners: [orgA] });
    const [d] = await rows(e.id);
    await conn()
      .db.update(webhookDeliveries)
      .set({ attempts: MAX_DELIVERY_ATTEMPTS - 1 })
      .where(eq(webhookDeliveries.id, d!.id));
    answers['/down'] = [503];
    await deliver();
    const [after] = await rows(e.id);
    expect(after).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, lastStatusCode: 503 });
    const [ep] = await conn().db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id));
    expect(ep!.disabledAt).not.toBeNull();
    const notes = await conn().db.select().from(notifications).where(eq(notifications.userId, people.mei!));
    expect(notes.some((n) => n.title.includes('Webhook endpoint disabled'))).toBe(true);
    // A disabled endpoint gets nothing new.
    expect(await enqueueWebhookEvent(conn().db, 'listing.published', {}, { partners: [orgA] })).toBeGreaterThan(0);
    expect((await rows(e.id)).length).toBe(1);
  });

  it('during a rotation carry both signatures, each verifying with its own secret', async () => {
    const e = await endpoint('/rotate');
    await rotateWebhookSecret(await actorOf(people.mei!), 'partner', e.id);
    const [now] = await conn().db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id));
    expect(now!.secret).not.toBe(e.secret);
    received.length = 0;
    await enqueueWebhookEvent(conn().db, 'listing.published', { r: 1 }, { partners: [orgA] });
    await deliver();
    const got = received.find((r) => r.path === '/rotate')!;
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [e.secret, now!.secret])
      expect(new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).toMatchObject({
        data: { r: 1 },
      });
  });

  it('can be sent again and tested by their owner only', async () => {
    const e = await endpoint('/again');
    await enqueueWebhookEvent(conn().db, 'listing.published', {}, { partners: [orgA] });
    await deliver();
    const [first] = await rows(e.id);
    const mei = await actorOf(people.mei!);
    const wang = await actorOf(people.wang!);
    await expect(resendWebhookDelivery(wang, 'partner', first!.id)).rejects.toThrow(NotFoundError);
    await expect(sendTestWebhook(wang, 'partner', e.id)).rejects.toThrow(NotFoundError);
    await expect(getWebhookEndpoint(wang, 'partner', e.id)).rejects.toThrow(NotFoundError);
    await resendWebhookDelivery(mei, 'partner', first!.id);
    await sendTestWebhook(mei, 'partner', e.id);
    received.length = 0;
    expect(await deliver()).toMatchObject({ delivered: 2 });
    const log = (await getWebhookEndpoint(mei, 'partner', e.id)).deliveries;
    expect(log.map((d) => d.eventType).sort()).toEqual(['listing.published', 'listing.published', 'webhook.test']);
    expect(log.filter((d) => d.messageId === first!.messageId)).toHaveLength(2);
  });
});

describe('SSRF', () => {
  it('refuses http and private addresses when saved, and loopback at send time without the development setting', async () => {
    const mei = await actorOf(people.mei!);
    await expect(
      createWebhookEndpoint(mei, 'partner', { url: 'http://hooks.example/x', events: ['listing.published'] }, false),
    ).rejects.toThrow(/https/);
    await expect(
      createWebhookEndpoint(mei, 'partner', { url: 'https://169.254.169.254/x', events: ['listing.published'] }, true),
    ).rejects.toThrow(/public/);
    await expect(
      createWebhookEndpoint(
        mei,
        'partner',
        { url: 'https://hooks.example/x', events: ['application.submitted'] },
        false,
      ),
    ).rejects.toThrow(/not an event/);
    received.length = 0;
    const r = await sendWebhook(`${base}/nope`, {}, '{}', false);
    expect(r.status).toBeNull();
    expect(r.error).toMatch(/https|localhost/);
    // A name that resolves to loopback is refused at send time, not only literal addresses.
    const named = await sendWebhook('https://localhost.localdomain.invalid/x', {}, '{}', false);
    expect(named.status).toBeNull();
    expect(received).toHaveLength(0);
  });
});

describe('a business’s own endpoints', () => {
  it('are the owner’s to manage, get the business’s events only, and are not another business’s', async () => {
    const mk = async (email: string) =>
      (
        await conn()
          .db.insert(users)
          .values({ email, name: email.split('@')[0]!, passwordHash: 'x', emailVerifiedAt: new Date() })
          .returning()
      )[0]!.id;
    const [b] = await conn()
      .db.insert(businesses)
      .values({ slug: 'knit', legalName: 'Knit LLC', state: 'WI' })
      .returning();
    const [other] = await conn()
      .db.insert(businesses)
      .values({ slug: 'other', legalName: 'Other LLC', state: 'WI' })
      .returning();
    const ownerId = await mk('owner@knit.example');
    const editorId = await mk('editor@knit.example');
    const strangerId = await mk('owner@other.example');
    await conn()
      .db.insert(businessMembers)
      .values([
        { businessId: b!.id, userId: ownerId, role: 'owner' },
        { businessId: b!.id, userId: editorId, role: 'editor' },
        { businessId: other!.id, userId: strangerId, role: 'owner' },
      ]);
    const owner = await actorOf(ownerId);
    const e = await createWebhookEndpoint(
      owner,
      'business',
      { url: `${base}/biz`, events: ['shipment.status_changed'] },
      true,
    );
    expect(e).toMatchObject({ ownerKind: 'business', businessId: b!.id, organisationId: null });
    await expect(listWebhookEndpoints(await actorOf(editorId), 'business')).rejects.toThrow(NotFoundError);
    await expect(getWebhookEndpoint(await actorOf(strangerId), 'business', e.id)).rejects.toThrow(NotFoundError);
    await expect(
      createWebhookEndpoint(owner, 'business', { url: `${base}/biz`, events: ['application.decided'] }, true),
    ).rejects.toThrow(/not an event/);
    expect(await enqueueWebhookEvent(conn().db, 'shipment.status_changed', {}, { businesses: [other!.id] })).toBe(0);
    expect(await enqueueWebhookEvent(conn().db, 'shipment.status_changed', {}, { businesses: [b!.id] })).toBe(1);
    expect(await rows(e.id)).toHaveLength(1);
  });
});
