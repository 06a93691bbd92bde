'use server';

import { revalidatePath } from 'next/cache';
import { markAllNotificationsRead } from '@/db/mutations/notifications';
import { formAction, noInputSchema } from '@/lib/auth/action';

export const markAllReadAction = formAction(
  { access: 'user', input: noInputSchema, invalid: () => {} },
  async ({ actor }) => {
    await markAllNotificationsRead(actor);
    revalidatePath('/', 'layout');
  },
);
