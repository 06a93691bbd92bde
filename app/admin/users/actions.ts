'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setRulesEditor } from '@/db/mutations/rules';
import { changeUserRole, setUserDisabled } from '@/db/mutations/users';
import { formAction } from '@/lib/auth/action';
import { DomainError, NotFoundError } from '@/lib/errors';

const roleInputSchema = z.object({
  userId: z.uuid('User id must be a UUID.'),
  role: z.enum(['business', 'reviewer', 'admin'], 'Role must be business, reviewer or admin.'),
});
const rulesEditorInputSchema = z.object({
  userId: z.uuid('User id must be a UUID.'),
  rulesEditor: z.enum(['true', 'false'], 'Rules editor must be true or false.'),
});
const disableInputSchema = z.object({
  userId: z.uuid('User id must be a UUID.'),
  disabled: z.enum(['true', 'false'], 'Disabled must be true or false.'),
});

function back(returnTo: FormDataEntryValue | null, msg: string): never {
  const base = typeof returnTo === 'string' && returnTo.startsWith('/admin/users') ? returnTo : '/admin/users';
  const url = new URL(base, 'http://x');
  url.searchParams.set('msg', msg);
  redirect(`${url.pathname}${url.search}`);
}

const backWithIssue = (error: z.ZodError, formData: FormData) =>
  back(formData.get('returnTo'), error.issues[0]!.message);

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

export const changeRoleAction = formAction(
  { access: 'admin', input: roleInputSchema, invalid: backWithIssue },
  async ({ actor, input, formData }) => {
    await run(formData, () => changeUserRole(actor, input.userId, input.role), 'Role changed.');
  },
);

export const setDisabledAction = formAction(
  { access: 'admin', input: disableInputSchema, invalid: backWithIssue },
  async ({ actor, input, formData }) => {
    const disabled = input.disabled === 'true';
    await run(
      formData,
      () => setUserDisabled(actor, input.userId, disabled),
      disabled ? 'User disabled.' : 'User enabled.',
    );
  },
);

/** Granting or removing the rules editor permission is an admin decision, recorded in the audit log. */
export const setRulesEditorAction = formAction(
  { access: 'admin', input: rulesEditorInputSchema, invalid: backWithIssue },
  async ({ actor, input, formData }) => {
    const on = input.rulesEditor === 'true';
    await run(
      formData,
      () => setRulesEditor(actor, input.userId, on),
      on ? 'Rules editor permission granted.' : 'Rules editor permission removed.',
    );
  },
);
