import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { daysUntilExpiry } from '@/lib/domain/expiry-reminders';
import { DomainError, NotFoundError } from '@/lib/errors';
import type { RenewRegistrationInput } from '@/lib/validation/registration';
import { scope } from '../scope';
import { recordActivity } from './activity';
import { getDb } from '../client';
import { auditEvents, registrations } from '../schema';

/**
 * A business renews one of its registrations (GACC, TTB permit, orchard approval…) after its
 * application is locked: new number and a later expiry date. Another business's registration is
 * NotFound. The change is in the audit log; a new expiry date starts the 90/30/7-day reminders over
 * (they are keyed by expiry date) and lifts the expiry flags on listings and shipments.
 */
export async function renewRegistration(actor: Actor, input: RenewRegistrationInput, now = new Date()) {
  const s = scope(actor, 'application:prepare');
  const { businessId } = s;
  if (daysUntilExpiry(input.expiresOn, now) < 1) {
    throw new DomainError('The new expiry date must be after today.', {
      expiresOn: 'New expiry date must be after today.',
    });
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.businessId, businessId), eq(registrations.code, input.code)))
      .for('update');
    if (!before) throw new NotFoundError();
    if (before.expiresOn && input.expiresOn <= before.expiresOn) {
      throw new DomainError(`The new expiry date must be later than the current one (${before.expiresOn}).`, {
        expiresOn: `New expiry date must be later than ${before.expiresOn}.`,
      });
    }
    await tx
      .update(registrations)
      .set({ number: input.number, issuer: input.issuer, expiresOn: input.expiresOn, updatedAt: now })
      .where(eq(registrations.id, before.id));
    await tx.insert(auditEvents).values({
      actorId: actor.userId,
      targetType: 'registration',
      targetId: before.id,
      action: 'renew',
      before: { number: before.number, issuer: before.issuer, expiresOn: before.expiresOn },
      after: { number: input.number, issuer: input.issuer, expiresOn: input.expiresOn },
    });
    await recordActivity(tx, s, {
      action: 'registration.renewed',
      subject: `registration:${before.id}`,
      summary: `Renewed registration ${input.code}: ${input.number}, valid through ${input.expiresOn}`,
    });
  });
}
