import 'server-only';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionUser } from '@/db/queries/users';
import { buildActor } from '@/db/queries/acting';
import type { Capability } from '@/lib/domain/team';
import { can, type Actor } from './actor';
import { CHOSEN_BUSINESS_COOKIE, readChosenBusiness } from './chosen-business';
import { auth } from './index';

/**
 * The current actor, checked against the database on every request (role, disabled, session version,
 * and the business acted for: membership or active helper grant).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sv) return null;
  const u = await getSessionUser(userId, session.sv);
  if (!u) return null;
  const chosen = readChosenBusiness((await cookies()).get(CHOSEN_BUSINESS_COOKIE)?.value);
  return buildActor(u, chosen);
});

async function signInRedirect(): Promise<never> {
  const h = await headers();
  const next = h.get('x-pathname') ?? '/dashboard';
  redirect(`/sign-in?next=${encodeURIComponent(next)}`);
}

export async function requireUser(): Promise<Actor> {
  return (await getActor()) ?? (await signInRedirect());
}

/**
 * A business user (not portal staff). Wrong role looks like a missing page (404), never a hint that the
 * page exists. A helper's staff member whose access to the chosen business ended is sent home, where
 * the page says so.
 */
export async function requireBusiness(): Promise<Actor> {
  const a = await requireUser();
  if (a.role !== 'business') notFound();
  if (!a.acting && a.helper && a.lostChoice) redirect('/helper?ended=1');
  return a;
}

/** A business user acting for a business with this capability; anyone else gets the 404 page. */
export async function requireCapability(capability: Capability): Promise<Actor> {
  const a = await requireBusiness();
  if (!can(a, capability)) notFound();
  return a;
}

/** Staff of a helper organisation. */
export async function requireHelper(): Promise<Actor & { helper: NonNullable<Actor['helper']> }> {
  const a = await requireUser();
  if (a.role !== 'business' || !a.helper) notFound();
  return a as Actor & { helper: NonNullable<Actor['helper']> };
}

/** A person of a partner organisation (its API keys and webhooks). */
export async function requirePartner(): Promise<Actor & { partner: NonNullable<Actor['partner']> }> {
  const a = await requireUser();
  if (a.role !== 'business' || !a.partner) notFound();
  return a as Actor & { partner: NonNullable<Actor['partner']> };
}

export async function requireReviewer(): Promise<Actor> {
  const a = await requireUser();
  if (a.role !== 'reviewer' && a.role !== 'admin') notFound();
  return a;
}

/** A reviewer or admin holding the rules editor permission. */
export async function requireRulesEditor(): Promise<Actor> {
  const a = await requireReviewer();
  if (!a.rulesEditor) notFound();
  return a;
}

export async function requireAdmin(): Promise<Actor> {
  const a = await requireUser();
  if (a.role !== 'admin') notFound();
  return a;
}
