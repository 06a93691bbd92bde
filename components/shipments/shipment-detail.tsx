import { Alert } from '@/components/ui/alert';
import { FileUpload } from '@/components/forms/file-upload';
import type { ShipmentBundle } from '@/db/queries/shipments';
import { FLOW_LABELS, STATUS_LABELS, type ShipmentStatus } from '@/lib/domain/shipment-status';
import type { FormState } from '@/lib/form-state';
import { MilestoneForm, SimpleForm } from './forms';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const usd = (cents: number) => `USD ${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const label = (s: string | null) => (s && s in STATUS_LABELS ? STATUS_LABELS[s as ShipmentStatus] : (s ?? ''));

export function ShipmentDetail({
  data,
  staff,
  actions,
  flash,
}: {
  data: ShipmentBundle;
  staff: boolean;
  /** null: the viewer may only read (no role or grant to record shipments). */
  actions: { milestone: Action; notApplicable?: Action; correct: Action } | null;
  /** The answer of a plain-form upload (no JavaScript): its error, the document and field it belongs to. */
  flash?: { error?: string; code?: string; field?: string; uploaded?: string };
}) {
  const s = data.shipment;
  const latestEffective = [...data.events]
    .reverse()
    .find((e) => (e.kind === 'milestone' || e.kind === 'exception' || e.kind === 'release') && !e.voidedBy);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Shipment {s.reference}</h1>
        <p className="text-stone-700">
          {staff ? `${data.businessName} · ` : ''}
          {FLOW_LABELS[s.channel]} · {s.buyerName}, {s.buyerCity} → {s.destination} · {s.incoterm} · {s.carrier} (
          {s.mode}) · {usd(s.valueUsdCents)}
        </p>
        <p className="mt-2">
          Current step: <strong data-testid="shipment-status">{STATUS_LABELS[s.status]}</strong> for {data.daysInStatus}{' '}
          day{data.daysInStatus === 1 ? '' : 's'}
          {data.stuck ? <span className="ml-2 rounded bg-amber-100 px-1 text-amber-950">Stuck</span> : null}
        </p>
      </div>
      <table className="w-full max-w-3xl border-collapse bg-white text-sm" data-testid="shipment-lines">
        <caption className="p-2 text-left font-semibold">Products</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Product
            </th>
            <th scope="col" className="p-2">
              HS code
            </th>
            <th scope="col" className="p-2">
              Quantity
            </th>
            <th scope="col" className="p-2">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {[...data.lines]
            .sort((a, b) => a.position - b.position)
            .map((l) => (
              <tr key={l.id} className="border-b">
                <td className="p-2">{l.title}</td>
                <td className="p-2">{l.hs6}</td>
                <td className="p-2">{l.quantity}</td>
                <td className="p-2">{usd(l.valueUsdCents)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {flash?.error && !data.documents.some(({ rule }) => rule.code === flash.code) ? (
        <Alert tone="error">{flash.error}</Alert>
      ) : null}
      {flash?.uploaded ? <Alert tone="success">Document uploaded.</Alert> : null}
      {data.expiredRegistrations.length ? (
        <Alert tone="warning" title="An expired registration affects this shipment">
          {data.expiredRegistrations
            .map((r) => `${r.code.replaceAll('_', ' ')} ${r.number} expired on ${r.expiresOn}`)
            .join('; ')}
          . Renew it before the goods reach China customs.
        </Alert>
      ) : null}

      <section aria-labelledby="docs-h" className="space-y-3">
        <h2 id="docs-h" className="text-xl font-semibold">
          Required documents
        </h2>
        <p className="text-sm text-stone-700">
          {data.eeiRequired
            ? 'EEI filing required: a Schedule B number is over USD 2,500.'
            : 'No EEI filing needed: cite the exemption.'}
        </p>
        <ul className="space-y-3">
          {data.documents.map(({ rule, row }) => (
            <li
              key={rule.code}
              data-testid={`doc-${rule.code}`}
              className="rounded-md border border-stone-200 bg-white p-3"
            >
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{rule.title}</span>
                <span className="text-sm">
                  {row?.state === 'uploaded'
                    ? 'Uploaded'
                    : row?.state === 'not_applicable'
                      ? 'Not applicable'
                      : 'Missing'}{' '}
                  · due before {label(rule.requiredBefore)}
                </span>
              </div>
              {row?.state === 'uploaded' ? (
                <p className="text-sm">
                  <a href={`/api/shipments/documents/${row.id}`}>{row.originalName}</a>
                  {row.issueDate ? ` · issued ${row.issueDate}` : ''}
                  {row.expiryDate ? ` · expires ${row.expiryDate}` : ''}
                </p>
              ) : null}
              {row?.state === 'not_applicable' ? <p className="text-sm">Reason: {row.naReason}</p> : null}
              {!staff && actions ? (
                <div className="mt-2 grid gap-4 sm:grid-cols-2">
                  <FileUpload
                    action="/api/shipments/documents"
                    hidden={{ shipmentId: s.id, code: rule.code }}
                    title={rule.title}
                    dates={[
                      ...(rule.hasIssueDate ? [{ name: 'issueDate', label: 'Issue date' }] : []),
                      ...(rule.hasExpiry ? [{ name: 'expiryDate', label: 'Expiry date' }] : []),
                    ]}
                    initialError={
                      flash?.error && flash.code === rule.code
                        ? { message: flash.error, field: flash.field }
                        : undefined
                    }
                    uploadedText="Document uploaded."
                  />
                  {rule.notApplicableAllowed && actions.notApplicable && row?.state !== 'not_applicable' ? (
                    <SimpleForm
                      action={actions.notApplicable}
                      label={`Mark ${rule.title} not applicable`}
                      hidden={{ shipmentId: s.id, code: rule.code }}
                      fields={[{ name: 'reason', label: `Why ${rule.title} does not apply`, textarea: true }]}
                      submit="Mark not applicable"
                    />
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {actions ? (
        <section aria-labelledby="next-h" className="space-y-3">
          <h2 id="next-h" className="text-xl font-semibold">
            Record the next step
          </h2>
          {data.next.length === 0 ? <p>Nothing more can be recorded{staff ? '' : ' by you'} at this step.</p> : null}
          <div className="grid gap-4 lg:grid-cols-2">
            {data.next.map((n) => (
              <MilestoneForm
                key={n.target}
                action={actions.milestone}
                shipmentId={s.id}
                staff={staff}
                step={{ target: n.target, label: STATUS_LABELS[n.target], evidence: n.evidence, missing: n.missing }}
              />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="timeline-h" className="space-y-3">
        <h2 id="timeline-h" className="text-xl font-semibold">
          Timeline
        </h2>
        <ol className="space-y-2" data-testid="timeline">
          {data.events.map((e) => (
            <li key={e.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <div className={e.voidedBy ? 'line-through' : ''}>
                <strong>
                  {e.kind === 'correction'
                    ? 'Correction'
                    : e.kind === 'note'
                      ? 'Note'
                      : e.kind === 'release'
                        ? `Hold released: ${label(e.status)}`
                        : label(e.status)}
                </strong>{' '}
                · {when(e.occurredAt)} · {e.actorName}
                {e.actorRole && e.actorRole !== 'business' ? ' (staff)' : ''}
                {e.visibility === 'internal' ? ' · internal' : ''}
                {e.place ? ` · ${e.place}` : ''}
                {e.reason ? ` · Reason: ${e.reason}` : ''}
                {e.note ? ` · ${e.note}` : ''}
                {Object.entries(e.evidence).map(([k, v]) => ` · ${k}: ${v}`)}
              </div>
              {e.voidedBy ? <p className="text-red-800">Voided by a correction: {e.voidedBy.reason}</p> : null}
              {latestEffective?.id === e.id && actions ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">Correct this step</summary>
                  <SimpleForm
                    action={actions.correct}
                    label="Correct this step"
                    hidden={{ shipmentId: s.id, eventId: e.id }}
                    fields={[{ name: 'reason', label: 'What was wrong', textarea: true }]}
                    submit="Record correction"
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
