import { loadOr404 } from '@/lib/load-or-404';
import type { Metadata } from 'next';
import Link from 'next/link';
import { RequirementStateBadge } from '@/components/status/requirement-state';
import { StatusBadge } from '@/components/status/status-badge';
import { Timeline } from '@/components/status/timeline';
import { Alert } from '@/components/ui/alert';
import { getApplicationForStaff } from '@/db/queries/applications';
import { requireReviewer } from '@/lib/auth/guards';
import { approvalBlockers } from '@/lib/domain/application-checklist';
import { availableActions, staffActions, STATUS_LABELS } from '@/lib/domain/application-status';
import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { ENTITY_TYPES, REVENUE_BANDS } from '@/lib/validation/application';
import { assignAction } from './actions';
import { DecisionForm, DocumentDecision, NoteForm, type DecisionName } from './review-forms';

export const metadata: Metadata = { title: 'Application' };

const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const label = (list: readonly { value?: string; code?: string; label: string }[], v: string | null) =>
  list.find((x) => (x.value ?? x.code) === v)?.label ?? v ?? '—';

async function load(id: string) {
  const actor = await requireReviewer();
  return { actor, data: await loadOr404(id, (i) => getApplicationForStaff(actor, i)) };
}

const DONE: Record<string, string> = {
  startReview: 'Review started. The applicant has been told.',
  requestChanges: 'Changes requested. The applicant has been e-mailed your message.',
  approve: 'Approved. The applicant has been notified.',
  reject: 'Rejected. The applicant has been notified.',
  suspend: 'Suspended. The applicant has been notified.',
  reinstate: 'Reinstated. The applicant has been notified.',
};

export default async function ApplicationReviewPage({ params, searchParams }: PageProps<'/admin/applications/[id]'>) {
  const { id } = await params;
  const sp = await searchParams;
  const { actor, data } = await load(id);
  const { application: app, business: b, checklist, documents, events, registrations } = data;
  const needsOverride = approvalBlockers(checklist).length > 0;
  const admin = actor.role === 'admin';
  const actions = staffActions(app.status, admin ? 'admin' : 'reviewer', needsOverride) as DecisionName[];
  const adminOnly = availableActions(app.status, 'staff').filter((a) => !actions.includes(a as DecisionName));
  const fields: [string, string][] = [
    ['Legal name', b.legalName],
    ['DBA', b.dba ?? '—'],
    ['EIN', b.ein ?? '—'],
    ['Entity type', label(ENTITY_TYPES, b.entityType)],
    ['State of formation', b.formationState ?? '—'],
    ['Year founded', b.yearFounded?.toString() ?? '—'],
    ['Employees', b.employees?.toString() ?? '—'],
    ['Annual revenue', label(REVENUE_BANDS, b.revenueBand)],
    ['Address', [b.street, b.city, b.state, b.zip].filter(Boolean).join(', ')],
    ['Phone', b.phone ?? '—'],
    ['Website', b.website ?? '—'],
    ['Owner e-mail', `${app.ownerEmail}${data.ownerVerified ? ' (confirmed)' : ' (not confirmed)'}`],
    ['Products', app.categories.map((c) => label(CATEGORIES, c)).join(', ')],
    ['Channels', app.channels.map((c) => label(CHANNELS, c)).join(', ')],
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/applications">← Back to the queue</Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{b.legalName || 'Unnamed business'}</h1>
        <div className="flex items-center gap-3">
          <StatusBadge status={app.status} />
          {b.midwest ? <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-950">Midwest</span> : null}
        </div>
      </div>
      {sp.conflict === '1' ? (
        <Alert tone="error" title="This application changed while you were looking">
          Someone else decided first: it is now {STATUS_LABELS[app.status].toLowerCase()}. Your decision was not
          recorded; review the new state below.
        </Alert>
      ) : null}
      {sp.conflict === 'document' ? (
        <Alert tone="error">
          That document changed while you were looking; your decision was not recorded. Its current state is shown
          below.
        </Alert>
      ) : null}
      {typeof sp.done === 'string' && DONE[sp.done] ? <Alert tone="success">{DONE[sp.done]}</Alert> : null}
      {sp.doc === 'accepted' ? <Alert tone="success">Document accepted.</Alert> : null}
      {sp.doc === 'rejected' ? (
        <Alert tone="success">Document not accepted; the applicant will see your reason.</Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>Reviewer: {app.assignedTo === actor.userId ? 'you' : (data.assigneeName ?? 'nobody yet')}</span>
        <form action={assignAction}>
          <input type="hidden" name="applicationId" value={app.id} />
          <input type="hidden" name="assign" value={app.assignedTo === actor.userId ? '0' : '1'} />
          <button type="submit" className="underline">
            {app.assignedTo === actor.userId ? 'Release' : 'Assign to me'}
          </button>
        </form>
      </div>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="fields" className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 id="fields" className="mb-3 text-lg font-semibold">
              Application
            </h2>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
              {fields.map(([k, v]) => (
                <div key={k}>
                  <dt className="text-sm text-stone-600">{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            {registrations.length ? (
              <>
                <h3 className="mt-4 font-semibold">Registrations</h3>
                <ul className="text-sm">
                  {registrations.map((r) => (
                    <li key={r.id}>
                      {checklist.find((c) => c.code === r.code)?.title ?? r.code}: {r.number} ({r.issuer})
                      {r.expiresOn ? `, expires ${r.expiresOn}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="checklist" className="space-y-4">
            <h2 id="checklist" className="text-lg font-semibold">
              Checklist and documents
            </h2>
            {checklist.map((item) => {
              const doc = item.document ? documents.find((d) => d.id === item.document!.id) : undefined;
              return (
                <article
                  key={item.code}
                  className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
                  aria-label={item.title}
                  data-testid={`review-${item.code}`}
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-semibold">{item.title}</h3>
                    <RequirementStateBadge state={item.state} optional={item.optional} />
                  </div>
                  <p className="text-sm text-stone-700">{item.why}</p>
                  {doc ? (
                    <>
                      <p className="text-sm">
                        <a href={`/api/documents/${doc.id}`} download>
                          {doc.originalName}
                        </a>{' '}
                        · {(doc.sizeBytes / 1024).toFixed(0)} KB · uploaded {fmt.format(doc.createdAt)}
                        {doc.reviewReason ? ` · not accepted: ${doc.reviewReason}` : ''}
                      </p>
                      {/* Files are served as downloads only: a PDF opens in the reviewer's own viewer, outside our origin. */}
                      {doc.mimeType === 'application/pdf' ? null : (
                        // eslint-disable-next-line @next/next/no-img-element -- a private, access-checked file, not a static asset
                        <img
                          src={`/api/documents/${doc.id}`}
                          alt={`Preview of ${doc.originalName}`}
                          className="max-h-72 rounded border"
                        />
                      )}
                      {doc.status === 'pending_review' ? (
                        <DocumentDecision applicationId={app.id} documentId={doc.id} name={item.title} />
                      ) : null}
                    </>
                  ) : (
                    <p className="text-sm text-stone-600">No file yet.</p>
                  )}
                </article>
              );
            })}
          </section>
        </div>
        <aside className="space-y-6">
          <section aria-labelledby="decide" className="space-y-3">
            <h2 id="decide" className="text-lg font-semibold">
              Decision
            </h2>
            {needsOverride && actions.includes('approve') ? (
              <Alert tone="warning">
                Not every required document is accepted yet. Approving now needs an override reason.
              </Alert>
            ) : null}
            {adminOnly.length ? (
              <Alert tone="info">
                {adminOnly.includes('approve')
                  ? 'Not every required document is accepted yet: only an admin can approve with an override.'
                  : 'Only an admin can suspend or reinstate a seller.'}{' '}
                Add an internal note for an admin if one should.
              </Alert>
            ) : null}
            {actions.length === 0 ? (
              <p className="text-sm text-stone-700">No decision is possible in this state.</p>
            ) : null}
            {actions.map((a) => (
              <DecisionForm
                key={a}
                applicationId={app.id}
                status={app.status}
                action={a}
                needsOverride={needsOverride}
              />
            ))}
          </section>
          <section aria-labelledby="notes" className="space-y-3">
            <h2 id="notes" className="text-lg font-semibold">
              Notes and messages
            </h2>
            <NoteForm applicationId={app.id} />
          </section>
          <section aria-labelledby="timeline" className="space-y-3">
            <h2 id="timeline" className="text-lg font-semibold">
              Timeline
            </h2>
            <Timeline events={events} staff />
          </section>
        </aside>
      </div>
    </div>
  );
}
