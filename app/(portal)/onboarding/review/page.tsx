import type { Metadata } from 'next';
import { can } from '@/lib/auth/actor';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LockedNotice } from '@/components/onboarding/locked-notice';
import { StepNav } from '@/components/onboarding/step-nav';
import { RequirementStateBadge } from '@/components/status/requirement-state';
import { Alert } from '@/components/ui/alert';
import { getMyApplication } from '@/db/queries/applications';
import { requireBusiness } from '@/lib/auth/guards';
import { isEditable } from '@/lib/domain/application-status';
import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { ENTITY_TYPES, REVENUE_BANDS } from '@/lib/validation/application';
import { SubmitForm } from './submit-form';
import { withBusinessFrame } from '@/app/(portal)/business-frame';

export const metadata: Metadata = { title: 'Step 5: Review and submit' };

const label = (list: readonly { value?: string; code?: string; label: string }[], v: string | null) =>
  list.find((x) => (x.value ?? x.code) === v)?.label ?? v ?? '—';

function Section({ title, edit, children }: { title: string; edit: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-5" aria-label={title}>
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-lg font-semibold">{title}</h2>
        <Link href={edit}>
          Edit<span className="sr-only"> {title}</span>
        </Link>
      </div>
      {children}
    </section>
  );
}

async function ReviewStepPage() {
  const actor = await requireBusiness();
  const current = await getMyApplication(actor);
  if (!current) redirect('/onboarding/business');
  const { application: app, business: b, checklist, blockers } = current;
  const editable = isEditable(app.status);
  const rows: [string, string][] = [
    ['Legal name', b.legalName],
    ['DBA', b.dba ?? '—'],
    ['EIN', b.ein ?? '—'],
    ['Entity type', label(ENTITY_TYPES, b.entityType)],
    ['State of formation', b.formationState ?? '—'],
    ['Year founded', b.yearFounded?.toString() ?? '—'],
    ['Employees', b.employees?.toString() ?? '—'],
    ['Annual revenue', label(REVENUE_BANDS, b.revenueBand)],
    ['Address', [b.street, b.city, b.state, b.zip].filter(Boolean).join(', ') || '—'],
    ['Phone', b.phone ?? '—'],
    ['Website', b.website ?? '—'],
  ];
  return (
    <div className="space-y-6">
      <StepNav current={5} done={app.stepsDone} />
      <h1 className="text-2xl font-bold">Review and submit</h1>
      {!editable ? <LockedNotice status={app.status} /> : null}
      {editable && blockers.length ? (
        <Alert
          tone="warning"
          title={`${blockers.length} thing${blockers.length === 1 ? '' : 's'} to finish before you can submit`}
        >
          <ul className="list-disc pl-5">
            {blockers.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Section title="Your business" edit="/onboarding/business">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt className="text-sm text-stone-600">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="What you sell" edit="/onboarding/products">
        <p>Products: {app.categories.map((c) => label(CATEGORIES, c)).join(', ') || '—'}</p>
        <p>Channels: {app.channels.map((c) => label(CHANNELS, c)).join(', ') || '—'}</p>
      </Section>
      <Section title="Registrations and documents" edit="/onboarding/documents">
        <ul className="space-y-2">
          {checklist.map((i) => (
            <li key={i.code} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {i.title}
                {i.registration ? <span className="text-sm text-stone-600"> — No. {i.registration.number}</span> : null}
              </span>
              <RequirementStateBadge state={i.state} optional={i.optional} />
            </li>
          ))}
        </ul>
      </Section>
      {editable && can(actor, 'application:submit') ? (
        <SubmitForm businessName={b.legalName} ownerName={actor.name} />
      ) : editable && can(actor, 'application:prepare') ? (
        <Alert tone="info" title="Only the owner can submit">
          <p>
            When everything is ready, the owner of {b.legalName} confirms the application is true and complete and
            submits it. They see the same page.
          </p>
        </Alert>
      ) : null}
    </div>
  );
}

export default withBusinessFrame(ReviewStepPage);
