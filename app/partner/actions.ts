'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createApiKey, revokeApiKey, rotateApiKey } from '@/db/mutations/partners';
import { action, formAction } from '@/lib/auth/action';
import { invalid, expectedFailure, type FormState } from '@/lib/form-state';
import { apiKeyIdInputSchema, apiKeyInputSchema } from '@/lib/validation/partners';

/** A form's state that may carry a new key's secret: shown this once, never stored. */
export type KeyState = FormState & { created?: { key: string; prefix: string } };

export const createApiKeyAction = action<'business', typeof apiKeyInputSchema, KeyState>(
  {
    access: 'business',
    input: apiKeyInputSchema,
    read: (fd) => ({ name: fd.get('name') ?? '', scopes: fd.getAll('scopes') }),
    invalid: (error, fd) => invalid(error, fd),
  },
  async ({ actor, input, formData }) => {
    try {
      const k = await createApiKey(actor, input);
      revalidatePath('/partner');
      return { status: 'success', message: `Key “${input.name}” created.`, created: { key: k.key, prefix: k.prefix } };
    } catch (e) {
      return expectedFailure(e, formData, 'Only a partner’s people can create keys.');
    }
  },
);

export const rotateApiKeyAction = action<'business', typeof apiKeyIdInputSchema, KeyState>(
  { access: 'business', input: apiKeyIdInputSchema, invalid: (error, fd) => invalid(error, fd) },
  async ({ actor, input, formData }) => {
    try {
      const k = await rotateApiKey(actor, input.keyId);
      revalidatePath('/partner');
      return {
        status: 'success',
        message: 'Rotated: the old key stopped working. Put the new one in your system now.',
        created: { key: k.key, prefix: k.prefix },
      };
    } catch (e) {
      return expectedFailure(e, formData, 'This key was revoked already.');
    }
  },
);

export const revokeApiKeyAction = formAction(
  { access: 'business', input: apiKeyIdInputSchema, invalid: () => redirect('/partner?msg=unknown') },
  async ({ actor, input }) => {
    let msg = 'revoked';
    try {
      await revokeApiKey(actor, input.keyId);
    } catch (e) {
      if (e instanceof Error && e.name === 'NotFoundError') msg = 'unknown';
      else throw e;
    }
    redirect(`/partner?msg=${msg}`);
  },
);
