'use server';

import { revalidatePath } from 'next/cache';
import { markAllNotificationsRead } from '@/db/mutations/notifications';
import { requireUser } from '@/lib/auth/guards';

export async function markAllReadAction() {
  const actor = await requireUser();
  await markAllNotificationsRead(actor);
  revalidatePath('/', 'layout');
}
