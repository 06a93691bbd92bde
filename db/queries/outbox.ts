import 'server-only';
import { desc } from 'drizzle-orm';
import { devMailboxEnabled } from '@/lib/env';
import { getDb } from '../client';
import { outbox } from '../schema';

/** Development mailbox only: the latest messages, whatever their recipient. Refuses in production. */
export async function listDevMailbox(limit = 50) {
  if (!devMailboxEnabled()) throw new Error('The development mailbox is disabled in production.');
  const db = await getDb();
  return db.select().from(outbox).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(limit);
}
