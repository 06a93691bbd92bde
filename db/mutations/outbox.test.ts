import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { notificationEmail, SCRUBBED_BODY, verificationEmail } from '@/lib/email/templates';
import { withTestDatabase } from '@/test/db';
import { startSmtp } from '@/test/smtp';
import { outbox, users } from '../schema';
import { backoffSeconds, deliverDueMessages, enqueueEmail, MAX_ATTEMPTS } from './outbox';

const { conn } = withTestDatabase();
const servers: { close: () => Promise<void> }[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function writeUserWithMail(email: string) {
  await conn().db.transaction(async (tx) => {
    await tx.insert(users).values({ email, name: 'Test', passwordHash: 'x' });
    await enqueueEmail(
      tx,
      email,
      verificationEmail({ name: 'Test', url: `http://localhost/verify-email?token=${email}` }),
    );
  });
}

describe('transactional outbox', () => {
  it('delivers a message written with a change to a real SMTP server', async () => {
    const smtp = await startSmtp();
    servers.push(smtp);
    await writeUserWithMail('deliver@example.com');
    const r = await deliverDueMessages(
      conn().db,
      nodemailer.createTransport(smtp.url),
      'Heartland <no-reply@test.local>',
    );
    expect(r).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['deliver@example.com']);
    expect(smtp.received[0]!.raw).toContain('Subject: Confirm your e-mail for Heartland Gateway');
    const [row] = await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'deliver@example.com'));
    expect(row?.status).toBe('sent');
    expect(row?.sentAt).not.toBeNull();
    // The one-time link went out and is not kept: the body is scrubbed once sent.
    expect(smtp.received[0]!.raw).toContain('verify-email?token');
    expect(row?.textBody).toBe(SCRUBBED_BODY);
    expect(row?.htmlBody).toBe(SCRUBBED_BODY);
    // Nothing left to send: a second run sends nothing twice.
    expect((await deliverDueMessages(conn().db, nodemailer.createTransport(smtp.url), 'x@test.local')).claimed).toBe(0);
  });

  it('leaves the message queued with its error when the SMTP server refuses it, for a later retry', async () => {
    const bad = await startSmtp({ fail: true });
    servers.push(bad);
    await writeUserWithMail('retry@example.com');
    const r = await deliverDueMessages(conn().db, nodemailer.createTransport(bad.url), 'x@test.local');
    expect(r.failed).toBe(1);
    const [row] = await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'retry@example.com'));
    expect(row?.status).toBe('pending');
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toMatch(/mailbox unavailable/);
    expect(+row!.nextAttemptAt - Date.now()).toBeGreaterThan(20_000);

    // Once due again, a working server gets it.
    await conn()
      .db.update(outbox)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(eq(outbox.id, row!.id));
    const good = await startSmtp();
    servers.push(good);
    expect((await deliverDueMessages(conn().db, nodemailer.createTransport(good.url), 'x@test.local')).sent).toBe(1);
    expect(good.received[0]!.to).toEqual(['retry@example.com']);
  });

  it('writes no message when the change rolls back', async () => {
    await expect(
      conn().db.transaction(async (tx) => {
        await enqueueEmail(tx, 'rollback@example.com', verificationEmail({ name: 'R', url: 'u' }));
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'rollback@example.com'))).toHaveLength(0);
  });

  it('backs off exponentially, capped at an hour, and gives up after the last attempt', async () => {
    expect([1, 2, 3].map(backoffSeconds)).toEqual([30, 60, 120]);
    expect(backoffSeconds(20)).toBe(3600);
    const bad = await startSmtp({ fail: true });
    servers.push(bad);
    await writeUserWithMail('giveup@example.com');
    await conn()
      .db.update(outbox)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(outbox.toAddress, 'giveup@example.com'));
    await deliverDueMessages(conn().db, nodemailer.createTransport(bad.url), 'x@test.local');
    const [row] = await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'giveup@example.com'));
    expect(row?.status).toBe('failed');
    expect(row?.textBody).toBe(SCRUBBED_BODY);
  });

  it('keeps the body of a message without a one-time link (the history stays readable)', async () => {
    const smtp = await startSmtp();
    servers.push(smtp);
    await enqueueEmail(
      conn().db,
      'keep@example.com',
      notificationEmail({ name: 'K', subject: 'Approved', lines: ['Your application was approved.'] }),
    );
    await deliverDueMessages(conn().db, nodemailer.createTransport(smtp.url), 'x@test.local');
    const [row] = await conn().db.select().from(outbox).where(eq(outbox.toAddress, 'keep@example.com'));
    expect(row?.status).toBe('sent');
    expect(row?.textBody).toContain('Your application was approved.');
  });
});
