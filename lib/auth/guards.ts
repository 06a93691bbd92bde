import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionUser } from '@/db/queries/users';
import { getBusinessIdForUser } from '@/db/queries/business-membership';
import type { Actor } from './actor';
import { auth } from './index';

/** The current actor, checked against the database on every request (role, disabled, session version). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sv) return null;
  const u = await getSessionUser(userId, session.sv);
  if (!u) return null;
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    emailVerified: u.emailVerifiedAt !== null,
    businessId: u.role === 'business' ? await getBusinessIdForUser(u.id) : null,
    rulesEditor: u.role !== 'business' && u.rulesEditor,
  };
});

async function signInRedirect(): Promise<never> {
  const h = await headers();
  const next = h.get('x-pathname') ?? '/dashboard';
  redirect(`/sign-in?next=${encodeURIComponent(next)}`);
}

export async function requireUser(): Promise<Actor> {
  return (await getActor()) ?? (await signInRedirect());
}

/** Wrong role looks like a missing page (404), never a hint that the page exists. */
export async function requireBusiness(): Promise<Actor> {
  const a = await requireUser();
  if (a.role !== 'business') notFound();
  return a;
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
