import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import type { Actor } from '@/lib/auth/actor';
import { ROLE_LABELS, SCOPE_LABELS, type MemberRole } from '@/lib/domain/team';
import { BusinessSwitcher, type SwitchAction } from './business-switcher';

/**
 * Which business every page below is about, and how the user acts for it (their role, or the helper
 * organisation and its grant), with the switcher. Rendered with the page, so it always names the
 * business whose data the page shows.
 */
export function BusinessBar({
  actor,
  businesses,
  switchAction,
}: {
  actor: Actor;
  businesses: { businessId: string; name: string; role: MemberRole }[];
  switchAction: SwitchAction;
}) {
  const acting = actor.acting;
  const choices = businesses.map((b) => ({ businessId: b.businessId, label: `${b.name} (${ROLE_LABELS[b.role]})` }));
  if (acting?.via.kind === 'helper')
    choices.unshift({
      businessId: acting.businessId,
      label: `${acting.businessName} (for ${acting.via.organisationName})`,
    });
  const how =
    acting?.via.kind === 'member'
      ? ROLE_LABELS[acting.via.role]
      : acting?.via.kind === 'helper'
        ? `as ${acting.via.organisationName}: ${acting.via.scopes.map((s) => SCOPE_LABELS[s]).join(', ')}`
        : null;
  if (!acting && !actor.helper && businesses.length === 0 && !actor.lostChoice) return null;
  return (
    <div className="mb-6 space-y-3">
      {actor.lostChoice ? (
        <Alert tone="warning" title="You no longer have access to the business you were working on">
          {acting ? (
            <p>
              Its owner removed you or ended your organisation&apos;s access. You are now working for{' '}
              {acting.businessName}.
            </p>
          ) : (
            <p>Its owner removed you or ended your organisation&apos;s access.</p>
          )}
        </Alert>
      ) : null}
      <div
        className="flex flex-wrap items-end justify-between gap-3 rounded-md border border-stone-200 bg-stone-50 px-4 py-3"
        data-testid="business-bar"
      >
        <p className="text-sm">
          {acting ? (
            <>
              <span className="text-stone-600">Working for </span>
              <strong data-testid="acting-for">{acting.businessName}</strong>
              {how ? <span className="text-stone-600"> · {how}</span> : null}
            </>
          ) : (
            <span className="text-stone-600">Not working for a business right now.</span>
          )}
          {actor.helper ? (
            <>
              {' · '}
              <Link href="/helper">{actor.helper.organisationName}: all businesses</Link>
            </>
          ) : null}
        </p>
        {choices.length > 0 ? (
          <BusinessSwitcher choices={choices} current={acting?.businessId ?? null} action={switchAction} />
        ) : null}
      </div>
    </div>
  );
}
