import 'server-only';
import { uniqueSlug } from '@/lib/domain/slug';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { approvalBlockers } from '@/lib/domain/application-checklist';
import {
  ADMIN_ONLY_ACTIONS,
  ADMIN_ONLY_MESSAGE,
  isEditable,
  STATUS_LABELS,
  transition,
  type ApplicationAction,
  type ApplicationStatus,
} from '@/lib/domain/application-status';
import { isMidwest, type CategoryCode, type ChannelCode } from '@/lib/domain/export-rules';
import { getRules } from '@/lib/rules-cache';
import { checkUpload } from '@/lib/domain/uploads';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { kickOutbox } from '@/lib/email/outbox-worker';
import { kickWebhooks } from '@/lib/webhooks/worker';
import { putFile, removeFile } from '@/lib/storage';
import { announceStoreChange } from '@/lib/store';
import type { BusinessStepInput } from '@/lib/validation/application';
import { getDb } from '../client';
import { getApplicationForStaff, getMyApplication } from '../queries/applications';
import {
  applicationEvents,
  applications,
  businessMembers,
  businesses,
  documents,
  registrations,
  submitRefusals,
  type Application,
} from '../schema';
import { attributionOf, scope } from '../scope';
import { recordActivity } from './activity';
import { syncSellerActive } from './listings';
import { notifyBusiness, notifyStaff } from './notify';
import { enqueueWebhookEvent } from './webhooks';
import type { Tx } from '../pagination';

/** The actor's application, locked for update, refusing when it is not theirs to edit. */
async function editableApplication(tx: Tx, actor: Actor): Promise<Application> {
  if (actor.role === 'business' && !actor.acting)
    throw new DomainError('Start with step 1: tell us about your business.');
  const { businessId } = scope(actor, 'application:prepare');
  const [app] = await tx.select().from(applications).where(eq(applications.businessId, businessId)).for('update');
  if (!app) throw new NotFoundError();
  if (!isEditable(app.status)) {
    throw new ConflictError(
      `Your application is ${STATUS_LABELS[app.status].toLowerCase()}, so its answers are locked.`,
    );
  }
  return app;
}

const withStep = (steps: number[], step: number) => [...new Set([...steps, step])].sort();

/**
 * Step 1. Acting for no business, it creates one, with the actor as its owner and a draft application;
 * acting for one, it updates it (which needs application:prepare).
 */
export async function saveBusinessStep(actor: Actor, input: BusinessStepInput): Promise<{ businessId: string }> {
  // Staff act on applications through the review actions only. Someone whose chosen business is no
  // longer theirs (a revoked helper, a removed member) is refused, never handed a new business instead.
  if (!actor.acting && actor.lostChoice) throw new NotFoundError();
  const { businessId } = actor.acting ? scope(actor, 'application:prepare') : scope(actor, 'seller');
  const db = await getDb();
  const fields = { ...input, midwest: isMidwest(input.state), updatedAt: new Date() };
  const queueCopy = {
    searchName: input.legalName.toLowerCase(),
    ein: input.ein,
    city: input.city,
    state: input.state,
    midwest: fields.midwest,
  };
  return db.transaction(async (tx) => {
    if (!businessId) {
      const [b] = await tx
        .insert(businesses)
        .values({
          ...fields,
          slug: uniqueSlug(input.legalName, { fallback: 'business', maxLength: 50, suffixLength: 5 }),
        })
        .returning({ id: businesses.id });
      await tx.insert(businessMembers).values({ businessId: b!.id, userId: actor.userId, role: 'owner' });
      const [app] = await tx
        .insert(applications)
        .values({ businessId: b!.id, ownerEmail: actor.email, stepsDone: [1], ...queueCopy })
        .returning({ id: applications.id });
      await tx.insert(applicationEvents).values({
        applicationId: app!.id,
        businessId: b!.id,
        ...attributionOf(actor),
        action: 'started',
        toStatus: 'draft',
      });
      await recordActivity(
        tx,
        { businessId: b!.id, by: attributionOf(actor) },
        { action: 'application.started', summary: `Started the application for ${input.legalName}` },
      );
      return { businessId: b!.id };
    }
    const app = await editableApplication(tx, actor);
    await tx.update(businesses).set(fields).where(eq(businesses.id, businessId));
    await tx
      .update(applications)
      .set({
        ...queueCopy,
        stepsDone: withStep(app.stepsDone, 1),
        version: sql`${applications.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, app.id));
    await recordActivity(
      tx,
      { businessId, by: attributionOf(actor) },
      {
        action: 'application.step_saved',
        subject: `application:${app.id}`,
        summary: 'Saved the application’s business details',
      },
    );
    return { businessId };
  });
}

export async function saveProductsStep(
  actor: Actor,
  input: { categories: string[]; channels: string[]; childrensWear?: boolean | null },
) {
  scope(actor, 'application:prepare');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const app = await editableApplication(tx, actor);
    await tx
      .update(applications)
      .set({
        categories: input.categories,
        channels: input.channels,
        childrensWear: input.childrensWear ?? null,
        stepsDone: withStep(app.stepsDone, 2),
        version: sql`${applications.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, app.id));
    await recordActivity(
      tx,
      { businessId: app.businessId, by: attributionOf(actor) },
      {
        action: 'application.step_saved',
        subject: `application:${app.id}`,
        summary: `Saved what the business sells: ${input.categories.join(', ')}; channels ${input.channels.join(', ')}`,
      },
    );
  });
}

/** Step 3: only the registrations the chosen categories and channels ask for are kept. */
export async function saveRegistrations(
  actor: Actor,
  entries: Record<string, { number: string; issuer: string; expiresOn: string | null }>,
) {
  scope(actor, 'application:prepare');
  const rules = await getRules();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const app = await editableApplication(tx, actor);
    const asked = new Set(
      rules
        .requirementsForApplication({
          categories: app.categories as CategoryCode[],
          channels: app.channels as ChannelCode[],
          childrensWear: app.childrensWear ?? undefined,
        })
        .filter((r) => r.kind === 'registration')
        .map((r) => r.code),
    );
    for (const [code, e] of Object.entries(entries)) {
      if (!asked.has(code))
        throw new DomainError(`Registration "${code}" is not asked for by your product categories and channels.`);
      await tx
        .insert(registrations)
        .values({ businessId: app.businessId, code, ...e })
        .onConflictDoUpdate({
          target: [registrations.businessId, registrations.code],
          set: { ...e, updatedAt: new Date() },
        });
    }
    await tx
      .update(applications)
      .set({ stepsDone: withStep(app.stepsDone, 3), version: sql`${applications.version} + 1`, updatedAt: new Date() })
      .where(eq(applications.id, app.id));
    await recordActivity(
      tx,
      { businessId: app.businessId, by: attributionOf(actor) },
      {
        action: 'application.step_saved',
        subject: `application:${app.id}`,
        summary: `Saved registrations: ${Object.keys(entries).join(', ') || 'none'}`,
      },
    );
  });
}

/**
 * Step 4: one file per requirement. The content is checked before anything is stored; the file is
 * written under a server-generated name and removed again if the database write fails.
 */
export async function uploadApplicationDocument(
  actor: Actor,
  input: { requirementCode: string; fileName: string; bytes: Uint8Array },
) {
  scope(actor, 'application:prepare');
  const check = checkUpload(input.fileName, input.bytes.byteLength, input.bytes.subarray(0, 16));
  if (!check.ok) throw new DomainError(check.error, { file: check.error });
  const db = await getDb();
  const current = await getMyApplication(actor);
  if (!current) throw new DomainError('Start with step 1: tell us about your business.');
  if (!current.checklist.some((i) => i.code === input.requirementCode)) {
    throw new DomainError('This document is not on your checklist.', {
      requirementCode: 'Choose a document from your checklist.',
    });
  }
  const stored = await putFile(input.bytes, check.mime);
  try {
    return await db.transaction(async (tx) => {
      const app = await editableApplication(tx, actor);
      await tx
        .update(documents)
        .set({ status: 'superseded' })
        .where(
          and(
            eq(documents.applicationId, app.id),
            eq(documents.requirementCode, input.requirementCode),
            inArray(documents.status, ['pending_review', 'rejected']),
          ),
        );
      const [doc] = await tx
        .insert(documents)
        .values({
          businessId: app.businessId,
          applicationId: app.id,
          requirementCode: input.requirementCode,
          originalName: input.fileName,
          storedName: stored.storedName,
          mimeType: check.mime,
          sizeBytes: input.bytes.byteLength,
          sha256: stored.sha256,
          uploadedBy: actor.userId,
        })
        .returning({ id: documents.id });
      await tx
        .update(applications)
        .set({
          stepsDone: withStep(app.stepsDone, 4),
          version: sql`${applications.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(applications.id, app.id));
      await tx.insert(applicationEvents).values({
        applicationId: app.id,
        businessId: app.businessId,
        ...attributionOf(actor),
        action: 'document_uploaded',
        subject: `document:${doc!.id}`,
        message: `Uploaded ${input.fileName} for ${current.checklist.find((i) => i.code === input.requirementCode)!.title}.`,
      });
      await recordActivity(
        tx,
        { businessId: app.businessId, by: attributionOf(actor) },
        {
          action: 'application.document_uploaded',
          subject: `document:${doc!.id}`,
          summary: `Uploaded ${input.fileName} for ${current.checklist.find((i) => i.code === input.requirementCode)!.title}`,
        },
      );
      return { documentId: doc!.id };
    });
  } catch (e) {
    await removeFile(stored.storedName);
    throw e;
  }
}

/** Moves the application from `from` to `to` only if nobody else moved it first. */
async function moveStatus(
  tx: Tx,
  app: Application,
  to: ApplicationStatus,
  extra: Partial<typeof applications.$inferInsert> = {},
) {
  const [row] = await tx
    .update(applications)
    .set({ status: to, version: sql`${applications.version} + 1`, updatedAt: new Date(), ...extra })
    .where(and(eq(applications.id, app.id), eq(applications.status, app.status)))
    .returning({ id: applications.id });
  if (!row) {
    const [now] = await tx
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, app.id));
    throw new ConflictError(
      `This application changed while you were looking: it is now ${STATUS_LABELS[now?.status ?? app.status].toLowerCase()}. Review the new state below.`,
    );
  }
}

/**
 * Step 5, the owner's alone (application:submit): they attest that the answers and documents are true and
 * complete. Refused, with the list of what blocks it, until everything due now is there.
 */
export async function submitApplication(
  actor: Actor,
  attestation: { attested: true },
): Promise<{ ok: true } | { ok: false; blockers: string[] }> {
  const s = scope(actor, 'application:submit');
  if (attestation.attested !== true)
    throw new DomainError('The owner must confirm the application before it is submitted.');
  const current = await getMyApplication(actor);
  if (!current) return { ok: false, blockers: ['Start with step 1: tell us about your business.'] };
  if (current.blockers.length) {
    // What was missing is kept for the programme view's "what stops applicants at submit".
    const db = await getDb();
    await db.insert(submitRefusals).values({
      applicationId: current.application.id,
      businessId: current.business.id,
      state: current.application.state,
      categories: current.application.categories,
      channels: current.application.channels,
      missing: current.blockerCodes,
    });
    return { ok: false, blockers: current.blockers };
  }
  const t = transition(current.application.status, 'submit');
  if (!t.ok) throw new ConflictError(t.error);
  const db = await getDb();
  const resubmission = current.application.firstSubmittedAt !== null;
  await db.transaction(async (tx) => {
    await moveStatus(tx, current.application, 'submitted', {
      submittedAt: new Date(),
      firstSubmittedAt: current.application.firstSubmittedAt ?? new Date(),
      stepsDone: withStep(current.application.stepsDone, 5),
    });
    await tx.insert(applicationEvents).values({
      applicationId: current.application.id,
      businessId: current.business.id,
      ...s.by,
      action: 'submit',
      fromStatus: current.application.status,
      toStatus: 'submitted',
      message: `${actor.name}, the owner, confirmed that the answers and documents are true and complete.`,
    });
    await recordActivity(tx, s, {
      action: 'application.submitted',
      subject: `application:${current.application.id}`,
      summary: 'Attested and submitted the application',
    });
    await notifyBusiness(tx, current.business.id, 'application:prepare', {
      title: 'We received your application',
      lines: [
        `Thank you. ${current.business.legalName}'s application is in the review queue. A reviewer usually starts within a few working days; we will e-mail you when they do, and if anything needs to change.`,
      ],
      path: '/onboarding/status',
      actionLabel: 'See your application',
    });
    await notifyStaff(tx, {
      title: `${resubmission ? 'Re-submitted' : 'New'} application: ${current.business.legalName} (${current.business.state ?? '—'})`,
      lines: [
        `${current.business.legalName} ${resubmission ? 're-submitted its application after changes' : 'submitted a new application'}.`,
      ],
      path: `/admin/applications/${current.application.id}`,
      actionLabel: 'Open in the queue',
    });
    await enqueueWebhookEvent(
      tx,
      'application.submitted',
      {
        application: {
          id: current.application.id,
          businessId: current.business.id,
          businessName: current.business.legalName,
          state: current.business.state,
          resubmission,
        },
      },
      { staff: true },
    );
  });
  kickOutbox();
  kickWebhooks();
  return { ok: true };
}

export interface DecisionInput {
  action: Exclude<ApplicationAction, 'submit'>;
  expectedStatus: ApplicationStatus;
  reason?: string;
  message?: string;
  internalNote?: string;
  overrideReason?: string;
}

const DECISION_NOTICES: Partial<
  Record<ApplicationAction, (name: string, message?: string) => { title: string; lines: string[] }>
> = {
  requestChanges: (name, message) => ({
    title: 'Your application needs a few changes',
    lines: [
      `A reviewer looked at ${name}'s application and asked for changes before it can be approved.`,
      ...(message ? [`Their message: ${message}`] : []),
      'Open your application to see exactly what to fix, then submit it again.',
    ],
  }),
  approve: (name) => ({
    title: 'Your application is approved',
    lines: [
      `Congratulations: ${name} is approved to sell to Chinese consumers through Heartland Gateway. You can now create product listings.`,
    ],
  }),
  reject: (name, message) => ({
    title: 'Your application was not approved',
    lines: [
      `We are sorry: ${name}'s application was not approved.`,
      ...(message ? [`The reviewer's reason: ${message}`] : []),
    ],
  }),
  suspend: (name, message) => ({
    title: 'Your account is suspended',
    lines: [
      `${name}'s approval is suspended, and its listings are hidden from the storefront.`,
      ...(message ? [`Reason: ${message}`] : []),
    ],
  }),
  reinstate: (name) => ({
    title: 'Your approval is reinstated',
    lines: [`${name} is approved again; your listings can go live.`],
  }),
};

/**
 * A reviewer's named decision. Staff only; the move is written with WHERE status = expected, so of
 * two reviewers deciding at once exactly one wins and the other gets a ConflictError.
 */
export async function decideApplication(actor: Actor, applicationId: string, input: DecisionInput) {
  scope(actor, 'staff');
  const current = await getApplicationForStaff(actor, applicationId);
  const app = current.application;
  if (app.status !== input.expectedStatus) {
    throw new ConflictError(
      `This application changed while you were looking: it is now ${STATUS_LABELS[app.status].toLowerCase()}. Review the new state below.`,
    );
  }
  const t = transition(app.status, input.action);
  if (!t.ok) throw new DomainError(t.error);
  const admin = actor.role === 'admin';
  if (ADMIN_ONLY_ACTIONS.includes(input.action) && !admin) throw new DomainError(ADMIN_ONLY_MESSAGE.suspendOrReinstate);
  const needsReason = input.action === 'reject' || input.action === 'suspend' || input.action === 'requestChanges';
  if (needsReason && !input.message?.trim()) {
    throw new DomainError('Please fix the highlighted field.', {
      message: 'Message to the applicant is required: tell them why, in plain words.',
    });
  }
  let reason = input.reason ?? null;
  if (input.action === 'approve') {
    const blockers = approvalBlockers(current.checklist);
    if (blockers.length && !admin) throw new DomainError(ADMIN_ONLY_MESSAGE.override);
    if (blockers.length && !input.overrideReason?.trim()) {
      throw new DomainError(
        `Approval needs every required document accepted. Not accepted yet: ${blockers.map((b) => b.title).join('; ')}. Accept them, or give an override reason.`,
        {
          overrideReason: 'Override reason is required while required documents are not accepted.',
        },
      );
    }
    if (blockers.length) reason = `Override: ${input.overrideReason!.trim()}`;
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    await moveStatus(tx, app, t.to, {
      // Reinstating is not a decision on the application: the date it was approved stays.
      ...(input.action === 'approve' || input.action === 'reject' ? { decidedAt: new Date() } : {}),
      ...(input.action === 'startReview' && !app.assignedTo ? { assignedTo: actor.userId } : {}),
    });
    await tx.insert(applicationEvents).values({
      applicationId: app.id,
      businessId: app.businessId,
      ...attributionOf(actor),
      action: input.action,
      fromStatus: app.status,
      toStatus: t.to,
      reason,
      internalNote: input.internalNote?.trim() || null,
      message: input.message?.trim() || null,
    });
    if (t.to === 'approved' || t.to === 'suspended' || t.to === 'rejected')
      await syncSellerActive(tx, app.businessId, t.to === 'approved');
    if (input.action === 'approve' || input.action === 'reject')
      await enqueueWebhookEvent(
        tx,
        'application.decided',
        { application: { id: app.id, businessId: app.businessId, decision: input.action, status: t.to } },
        { staff: true },
      );
    const notice = DECISION_NOTICES[input.action]?.(current.business.legalName, input.message?.trim());
    if (notice)
      await notifyBusiness(tx, app.businessId, 'application:prepare', {
        ...notice,
        path: '/onboarding/status',
        actionLabel: 'See your application',
      });
    if (input.action === 'startReview') {
      await notifyBusiness(tx, app.businessId, 'application:prepare', {
        title: 'A reviewer is looking at your application',
        lines: [
          `${current.business.legalName}'s application is now in review. We will e-mail you with the decision or if anything needs to change.`,
        ],
        path: '/onboarding/status',
      });
    }
  });
  // Approval, suspension, reinstatement and rejection change which sellers and listings are live.
  if (t.to === 'approved' || t.to === 'suspended' || t.to === 'rejected') announceStoreChange('all');
  kickOutbox();
  kickWebhooks();
}

/** Accept or reject one document; only a document still waiting for review can be decided. */
export async function reviewDocument(
  actor: Actor,
  documentId: string,
  decision: 'accepted' | 'rejected',
  reason?: string,
) {
  scope(actor, 'staff');
  if (decision === 'rejected' && !reason?.trim())
    throw new DomainError('Please fix the highlighted field.', {
      reason: 'Reason is required when you reject a document.',
    });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [doc] = await tx
      .update(documents)
      .set({
        status: decision,
        reviewReason: decision === 'rejected' ? reason!.trim() : null,
        reviewedBy: actor.userId,
        reviewedAt: new Date(),
      })
      .where(and(eq(documents.id, documentId), eq(documents.status, 'pending_review')))
      .returning();
    if (!doc) {
      const [exists] = await tx
        .select({ status: documents.status })
        .from(documents)
        .where(eq(documents.id, documentId));
      if (!exists) throw new NotFoundError();
      throw new ConflictError(
        `This document changed while you were looking: it is now ${exists.status.replace('_', ' ')}.`,
      );
    }
    await tx.insert(applicationEvents).values({
      applicationId: doc.applicationId!,
      businessId: doc.businessId,
      ...attributionOf(actor),
      action: decision === 'accepted' ? 'document_accepted' : 'document_rejected',
      subject: `document:${doc.id}`,
      message:
        decision === 'rejected'
          ? `${doc.originalName} was not accepted: ${reason!.trim()}`
          : `${doc.originalName} was accepted.`,
    });
  });
}

export async function assignApplication(actor: Actor, applicationId: string, assign: boolean) {
  scope(actor, 'staff');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [app] = await tx
      .update(applications)
      .set({
        assignedTo: assign ? actor.userId : null,
        version: sql`${applications.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, applicationId))
      .returning();
    if (!app) throw new NotFoundError();
    await tx.insert(applicationEvents).values({
      applicationId,
      businessId: app.businessId,
      ...attributionOf(actor),
      action: assign ? 'assigned' : 'unassigned',
    });
  });
}

/** An internal note (staff only) and/or a message the applicant reads (and is notified of). */
export async function addApplicationNote(
  actor: Actor,
  applicationId: string,
  input: { internalNote?: string; message?: string },
) {
  scope(actor, 'staff');
  const internalNote = input.internalNote?.trim() || null;
  const message = input.message?.trim() || null;
  if (!internalNote && !message)
    throw new DomainError('Please fix the highlighted field.', {
      internalNote: 'Write an internal note or a message to the applicant.',
    });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [app] = await tx.select().from(applications).where(eq(applications.id, applicationId));
    if (!app) throw new NotFoundError();
    await tx.insert(applicationEvents).values({
      applicationId,
      businessId: app.businessId,
      ...attributionOf(actor),
      action: message ? 'message' : 'note',
      internalNote,
      message,
    });
    if (message) {
      await notifyBusiness(tx, app.businessId, 'application:prepare', {
        title: 'A message from your reviewer',
        lines: [message],
        path: '/onboarding/status',
        actionLabel: 'Reply or see your application',
      });
    }
  });
  kickOutbox();
}
