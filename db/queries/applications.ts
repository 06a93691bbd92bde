import 'server-only';
import { actorLabel } from '@/lib/domain/team';
import { and, arrayContains, asc, desc, eq, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import {
  buildChecklist,
  submitBlockerItems,
  type ProvidedDocument,
  type ProvidedRegistration,
} from '@/lib/domain/application-checklist';
import type { CategoryCode, ChannelCode } from '@/lib/domain/export-rules';
import { getRules } from '@/lib/rules-cache';
import { NotFoundError } from '@/lib/errors';
import type { QueueFilter } from '@/lib/validation/application';
import { scope } from '../scope';
import { getDb, type Db } from '../client';
import {
  helperOrganisations,
  applicationEvents,
  applications,
  businesses,
  documents,
  registrations,
  users,
  type Application,
  type Business,
} from '../schema';
import { decodeCursor, encodeCursor, type Page } from '../pagination';

const BUSINESS_REQUIRED: [keyof Business, string][] = [
  ['legalName', 'legal name'],
  ['ein', 'EIN'],
  ['entityType', 'entity type'],
  ['formationState', 'state of formation'],
  ['yearFounded', 'year founded'],
  ['street', 'street address'],
  ['city', 'city'],
  ['state', 'state'],
  ['zip', 'ZIP code'],
  ['phone', 'phone'],
];

export function missingBusinessFields(b: Business): string[] {
  return BUSINESS_REQUIRED.filter(([k]) => b[k] === null || b[k] === '').map(([, label]) => label);
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Everything about one application, already authorized by the caller. */
async function bundle(db: Db, app: Application, opts: { staff: boolean; emailVerified: boolean }) {
  const [business] = await db.select().from(businesses).where(eq(businesses.id, app.businessId));
  const [regs, docs, events] = await Promise.all([
    db.select().from(registrations).where(eq(registrations.businessId, app.businessId)),
    db.select().from(documents).where(eq(documents.applicationId, app.id)).orderBy(desc(documents.createdAt)),
    db
      .select({
        event: applicationEvents,
        actorName: users.name,
        actorRole: users.role,
        organisationName: helperOrganisations.name,
      })
      .from(applicationEvents)
      .leftJoin(users, eq(users.id, applicationEvents.actorId))
      .leftJoin(helperOrganisations, eq(helperOrganisations.id, applicationEvents.helperOrganisationId))
      .where(eq(applicationEvents.applicationId, app.id))
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id)),
  ]);
  const requirements = (await getRules()).requirementsForApplication({
    categories: app.categories as CategoryCode[],
    channels: app.channels as ChannelCode[],
    childrensWear: app.childrensWear ?? undefined,
  });
  const regMap = new Map<string, ProvidedRegistration>(
    regs.map((r) => [r.code, { number: r.number, issuer: r.issuer, expiresOn: r.expiresOn }]),
  );
  const latest = new Map<string, ProvidedDocument>();
  for (const d of docs) {
    if (d.status !== 'superseded' && !latest.has(d.requirementCode)) {
      latest.set(d.requirementCode, {
        id: d.id,
        status: d.status,
        reviewReason: d.reviewReason,
        originalName: d.originalName,
      });
    }
  }
  const checklist = buildChecklist(requirements, regMap, latest, today());
  const missing = business ? missingBusinessFields(business) : [];
  const blockers = submitBlockerItems({
    checklist,
    missingBusinessFields: missing,
    categories: app.categories,
    channels: app.channels,
    emailVerified: opts.emailVerified,
  });
  return {
    application: app,
    business: business!,
    registrations: regs,
    documents: docs,
    checklist,
    missingBusinessFields: missing,
    blockers: blockers.map((b) => b.message),
    /** Stable codes of the blockers (requirement codes, `email`, `business_details` …), for the programme view. */
    blockerCodes: blockers.map((b) => b.code),
    // The applicant never sees internal notes; staff see everything.
    events: events.map(({ event, actorName, actorRole, organisationName }) => ({
      ...event,
      internalNote: opts.staff ? event.internalNote : null,
      // A helper's event names its organisation and the business it acted for.
      actorName: actorLabel({ actorName, organisationName, businessName: business?.legalName }),
      actorRole: actorRole ?? null,
    })),
  };
}

export type ApplicationBundle = Awaited<ReturnType<typeof bundle>>;

/** The signed-in business's own application, or null before they start. */
export async function getMyApplication(actor: Actor): Promise<ApplicationBundle | null> {
  const { businessId } = scope(actor, 'seller');
  if (!businessId) return null;
  const db = await getDb();
  const [app] = await db.select().from(applications).where(eq(applications.businessId, businessId));
  return app ? bundle(db, app, { staff: false, emailVerified: actor.emailVerified }) : null;
}

/** Staff view of any application; anyone else gets NotFound (never a hint that it exists). */
export async function getApplicationForStaff(
  actor: Actor,
  id: string,
): Promise<ApplicationBundle & { ownerVerified: boolean; assigneeName: string | null }> {
  scope(actor, 'staff');
  const db = await getDb();
  const [app] = await db.select().from(applications).where(eq(applications.id, id));
  if (!app) throw new NotFoundError();
  const [owner] = await db
    .select({ verified: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.email, app.ownerEmail));
  const [assignee] = app.assignedTo
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, app.assignedTo))
    : [];
  return {
    ...(await bundle(db, app, { staff: true, emailVerified: owner?.verified != null })),
    ownerVerified: owner?.verified != null,
    assigneeName: assignee?.name ?? null,
  };
}

export interface QueueRow {
  id: string;
  legalName: string;
  status: Application['status'];
  state: string | null;
  city: string | null;
  midwest: boolean;
  categories: string[];
  channels: string[];
  ownerEmail: string;
  ein: string | null;
  submittedAt: Date | null;
  assignedTo: string | null;
  /** Whole days since the (latest) submission, for "waiting N days". */
  waitingDays: number | null;
}

const OPEN_STATUSES = ['submitted', 'in_review'] as const;
export const QUEUE_PAGE_SIZE = 50;

/** The reviewer queue: oldest submission first, keyset on (submitted_at, id), every filter an index can serve. */
export type QueueQuery = Pick<QueueFilter, 'status'> & Partial<Omit<QueueFilter, 'status'>>;

export async function listQueue(actor: Actor, f: QueueQuery): Promise<Page<QueueRow>> {
  scope(actor, 'staff');
  const db = await getDb();
  const where: SQL[] = [];
  where.push(
    f.status === 'open' ? inArray(applications.status, [...OPEN_STATUSES]) : eq(applications.status, f.status),
  );
  if (f.state) where.push(eq(applications.state, f.state));
  if (f.midwest) where.push(eq(applications.midwest, true));
  if (f.category) where.push(arrayContains(applications.categories, [f.category]));
  if (f.channel) where.push(arrayContains(applications.channels, [f.channel]));
  if (f.mine) where.push(eq(applications.assignedTo, actor.userId));
  if (f.olderThanDays !== undefined)
    where.push(lt(applications.submittedAt, sql`now() - make_interval(days => ${f.olderThanDays})`));
  if (f.q) {
    const q = f.q.toLowerCase();
    const prefix = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Each branch matches one index: name prefix, exact EIN, e-mail prefix, city prefix.
    where.push(
      or(
        like(applications.searchName, prefix),
        eq(applications.ein, f.q),
        like(applications.ownerEmail, prefix),
        like(sql`lower(${applications.city})`, prefix),
      )!,
    );
  }
  const c = decodeCursor(f.cursor, 2);
  if (c) {
    const at = new Date(String(c[0]));
    // A row comparison, not `a > x or (a = x and b > y)`: PostgreSQL uses it as the index condition and
    // starts the scan at the cursor; the OR form is only a filter, so deep pages walked every earlier
    // row (≈ 300 ms in the middle of a million). Same rows: a NULL submitted_at matches neither.
    where.push(
      sql`(${applications.submittedAt}, ${applications.id}) > (${at.toISOString()}::timestamptz, ${String(c[1])}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: applications.id,
      legalName: businesses.legalName,
      status: applications.status,
      state: applications.state,
      city: applications.city,
      midwest: applications.midwest,
      categories: applications.categories,
      channels: applications.channels,
      ownerEmail: applications.ownerEmail,
      ein: applications.ein,
      submittedAt: applications.submittedAt,
      assignedTo: applications.assignedTo,
    })
    .from(applications)
    .innerJoin(businesses, eq(businesses.id, applications.businessId))
    .where(and(...where))
    .orderBy(sql`${applications.submittedAt} asc nulls last`, asc(applications.id))
    .limit(QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page[page.length - 1];
  const now = Date.now();
  return {
    rows: page.map((r) => ({
      ...r,
      waitingDays: r.submittedAt ? Math.floor((now - r.submittedAt.getTime()) / 86_400_000) : null,
    })),
    nextCursor:
      rows.length > QUEUE_PAGE_SIZE && last?.submittedAt
        ? encodeCursor([last.submittedAt.toISOString(), last.id])
        : null,
  };
}

/** A document the actor may read: their own business's, or any for staff. Otherwise NotFound. */
export async function getDocumentForDownload(actor: Actor, documentId: string) {
  const mine = scope(actor, 'business:view|staff');
  const db = await getDb();
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), mine.owns(documents.businessId)));
  if (!doc) throw new NotFoundError();
  return doc;
}
