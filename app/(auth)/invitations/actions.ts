'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { acceptInvitation } from '@/db/mutations/team';
import { action } from '@/lib/auth/action';
import { chosenBusinessCookie } from '@/lib/auth/chosen-business';
import { env } from '@/lib/env';
import { expectedFailure } from '@/lib/form-state';
import { acceptInvitationInputSchema } from '@/lib/validation/team';

/** The signed-in invitee joins the business (and starts working for it) or the helper organisation. */
export const acceptInvitationAction = action(
  { access: 'user', input: acceptInvitationInputSchema },
  async ({ actor, input, formData }) => {
    let joined;
    try {
      joined = await acceptInvitation(actor, input.token);
    } catch (e) {
      return expectedFailure(e, formData);
    }
    if (joined.kind === 'business')
      (await cookies()).set(chosenBusinessCookie(joined.businessId, env().APP_URL.startsWith('https:')));
    revalidatePath('/', 'layout');
    redirect(joined.kind === 'business' ? '/dashboard?joined=1' : '/helper');
  },
);
