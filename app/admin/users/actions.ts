'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { changeUserRole, setUserDisabled } from '@/db/mutations/users';
import { requireAdmin } from '@/lib/auth/guards';
import { DomainError, NotFoundError } from '@/lib/errors';

const roleInput = z.object({
  userId: z.uuid('User id must be a UUID.'),
  role: z.enum(['business', 'reviewer', 'admin'], 'Role must be business, reviewer or admin.'),
});
const disableInput = z.object({
  userId: z.uuid('User id must be a UUID.'),
  disabled: z.enum(['true', 'false'], 'Disabled must be true or false.'),
});

function back(returnTo: FormDataEntryValue | null, msg: string) {
  const base = typeof returnTo === 'string' && returnTo.startsWith('/admin/users') ? returnTo : '/admin/users';
  const url = new URL(base, 'http://x');
  url.searchParams.set('msg', msg);
  redirect(`${url.pathname}${url.search}`);
}

async function run(formData: FormData, fn: () => Promise<void>, ok: string) {
  let msg = ok;
  try {
    await fn();
  } catch (e) {
    if (e instanceof DomainError || e instanceof NotFoundError) msg = e.message;
    else throw e;
  }
  revalidatePath('/admin/users');
  back(formData.get('returnTo'), msg);
}

export async function changeRoleAction(formData: FormData) {
  const actor = await requireAdmin();
  const parsed = roleInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return back(formData.get('returnTo'), parsed.error.issues[0]!.message);
  await run(formData, () => changeUserRole(actor, parsed.data.userId, parsed.data.role), 'Role changed.');
}

export async function setDisabledAction(formData: FormData) {
  const actor = await requireAdmin();
  const parsed = disableInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return back(formData.get('returnTo'), parsed.error.issues[0]!.message);
  const disabled = parsed.data.disabled === 'true';
  await run(
    formData,
    () => setUserDisabled(actor, parsed.data.userId, disabled),
    disabled ? 'User disabled.' : 'User enabled.',
  );
}
