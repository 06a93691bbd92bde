'use server';

import { revalidatePath } from 'next/cache';

import {
  changeMemberRole,
  decideHelperRequest,
  grantHelperAccess,
  inviteMember,
  removeMember,
  revokeHelperAccess,
  revokeInvitation,
  transferOwnership,
} from '@/db/mutations/team';
import { action } from '@/lib/auth/action';
import { expectedFailure } from '@/lib/form-state';
import {
  acceptHelperRequestInputSchema,
  changeMemberRoleInputSchema,
  grantHelperInputSchema,
  grantIdInputSchema,
  invitationIdInputSchema,
  inviteMemberInputSchema,
  readWithScopes,
  removeMemberInputSchema,
  transferOwnershipInputSchema,
} from '@/lib/validation/team';

const GONE = 'That member or request is no longer on this business’s team. Reload the page.';

export const inviteMemberAction = action(
  { access: 'members:manage', input: inviteMemberInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await inviteMember(actor, input);
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return {
      status: 'success',
      message: `Invitation sent to ${input.email}. The link works once, for 7 days.`,
    };
  },
);

export const withdrawInvitationAction = action(
  { access: 'members:manage', input: invitationIdInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await revokeInvitation(actor, input.invitationId);
    } catch (e) {
      return expectedFailure(e, formData, 'That invitation was already used or withdrawn. Reload the page.');
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Invitation withdrawn: its link no longer works.' };
  },
);

export const changeMemberRoleAction = action(
  { access: 'members:manage', input: changeMemberRoleInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await changeMemberRole(actor, input.userId, input.role);
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Role changed.' };
  },
);

export const removeMemberAction = action(
  { access: 'members:manage', input: removeMemberInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await removeMember(actor, input.userId);
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Member removed: they can no longer open this business.' };
  },
);

export const transferOwnershipAction = action(
  { access: 'members:manage', input: transferOwnershipInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await transferOwnership(actor, input.userId);
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Ownership handed over. You are now an editor of this business.' };
  },
);

export const grantHelperAction = action(
  { access: 'helpers:manage', input: grantHelperInputSchema, read: readWithScopes },
  async ({ actor, input, formData }) => {
    try {
      await grantHelperAccess(actor, input);
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Access given. You can change or end it here at any time.' };
  },
);

export const acceptHelperRequestAction = action(
  { access: 'helpers:manage', input: acceptHelperRequestInputSchema, read: readWithScopes },
  async ({ actor, input, formData }) => {
    try {
      await decideHelperRequest(actor, input.grantId, { accept: true, scopes: input.scopes });
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Request accepted.' };
  },
);

export const declineHelperRequestAction = action(
  { access: 'helpers:manage', input: grantIdInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await decideHelperRequest(actor, input.grantId, { accept: false });
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Request declined.' };
  },
);

export const revokeHelperAction = action(
  { access: 'helpers:manage', input: grantIdInputSchema },
  async ({ actor, input, formData }) => {
    try {
      await revokeHelperAccess(actor, input.grantId);
    } catch (e) {
      return expectedFailure(e, formData, GONE);
    }
    revalidatePath('/team');
    return { status: 'success', message: 'Access ended. Their next click is refused.' };
  },
);
