import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actorOf } from '@/test/actors';

const ATTESTED = { attested: true } as const;
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import { getApplicationForStaff, getDocumentForDownload, getMyApplication, listQueue } from '../queries/applications';
import { applicationEvents, applications, documents, outbox, submitRefusals, users } from '../schema';
import {
  addApplicationNote,
  assignApplication,
  decideApplication,
  reviewDocument,
  saveBusinessStep,
  saveProductsStep,
  saveRegistrations,
  submitApplication,
  uploadApplicationDocument,
} from './applications';

setTestEnv({ uploads: 'uploads' });
const { conn } = withTestDatabase();

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const business = {
  legalName: 'Door County Cellars Inc.',
  dba: null,
  ein: '39-2288156',
  entityType: 'corporation' as const,
  formationState: 'WI',
  yearFounded: 2004,
  employees: 22,
  revenueBand: '1m_5m' as const,
  street: '980 Egg Harbor Rd',
  city: 'Sturgeon Bay',
  state: 'WI',
  zip: '54235',
  phone: '+19207430140',
  website: null,
};

async function makeUser(email: string, role: Actor['role']): Promise<Actor> {
  const [u] = await conn()
    .db.insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning();
  return actorOf(u!.id);
}

/** A winery that has filled every step and uploaded every required document. */
async function completeApplication(owner: Actor): Promise<Actor> {
  const { businessId } = await saveBusinessStep(owner, { ...business, legalName: `${owner.name} Winery` });
  const a = await actorOf(owner.userId, businessId);
  await saveProductsStep(a, { categories: ['wine'], channels: ['general_trade'] });
  const mine = (await getMyApplication(a))!;
  await saveRegistrations(
    a,
    Object.fromEntries(
      mine.checklist
        .filter((i) => i.kind === 'registration')
        .map((i) => [i.code, { number: 'N-1', issuer: 'Issuer', expiresOn: null }]),
    ),
  );
  for (const item of mine.checklist.filter((i) => !i.optional))
    await uploadApplicationDocument(a, { requirementCode: item.code, fileName: `${item.code}.pdf`, bytes: PDF });
  return a;
}

let ownerA: Actor;
let ownerB: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let admin: Actor;

beforeAll(async () => {
  ownerA = await completeApplication(await makeUser('a@winery.example', 'business'));
  ownerB = await completeApplication(await makeUser('b@winery.example', 'business'));
  reviewer = await makeUser('rev@heartland.example', 'reviewer');
  reviewer2 = await makeUser('rev2@heartland.example', 'reviewer');
  admin = await makeUser('admin@heartland.example', 'admin');
});

const appOf = async (a: Actor) => (await getMyApplication(a))!.application;
const statusOf = async (id: string) =>
  (await conn().db.select({ s: applications.status }).from(applications).where(eq(applications.id, id)))[0]!.s;
const eventCount = async (id: string) =>
  (await conn().db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).length;

describe('submitting', () => {
  it('refuses to submit, listing what blocks it, while the e-mail is unconfirmed', async () => {
    const r = await submitApplication({ ...ownerA, emailVerified: false }, ATTESTED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.blockers).toContain('Confirm your e-mail address (we sent you a link).');
    expect((await appOf(ownerA)).status).toBe('draft');
  });

  it('refuses to submit with a required document missing', async () => {
    const c = await makeUser('c@winery.example', 'business');
    const { businessId } = await saveBusinessStep(c, business);
    const cb = await actorOf(c.userId, businessId);
    await saveProductsStep(cb, { categories: ['apparel'], channels: ['cbec_direct'] });
    const r = await submitApplication(cb, ATTESTED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.blockers.some((b) => b.startsWith('GB 18401 textile safety test report'))).toBe(true);
    // The refusal is kept, with what was missing and the application's answers at that moment.
    const [refusal] = await conn().db.select().from(submitRefusals).where(eq(submitRefusals.businessId, businessId));
    expect(refusal).toMatchObject({ state: 'WI', categories: ['apparel'], channels: ['cbec_direct'] });
    expect(refusal!.missing.length).toBe(r.ok ? 0 : r.blockers.length);
    expect(refusal!.missing).not.toContain('email');
  });

  it('submits, locks the fields, records the event and e-mails the applicant and the reviewers', async () => {
    expect(await submitApplication(ownerA, ATTESTED)).toEqual({ ok: true });
    const app = await appOf(ownerA);
    expect(app.status).toBe('submitted');
    await expect(saveBusinessStep(ownerA, business)).rejects.toThrow(ConflictError);
    await expect(
      uploadApplicationDocument(ownerA, { requirementCode: 'irs_ein_letter', fileName: 'x.pdf', bytes: PDF }),
    ).rejects.toThrow(ConflictError);
    const mail = await conn().db.select().from(outbox);
    expect(mail.some((m) => m.toAddress === ownerA.email && m.subject === 'We received your application')).toBe(true);
    expect(mail.some((m) => m.toAddress === reviewer.email && m.subject.startsWith('[Queue] New application'))).toBe(
      true,
    );
  });
});

describe('authorization matrix: applications, documents and events', () => {
  it('shows staff every application and a business only its own', async () => {
    const idA = (await appOf(ownerA)).id;
    expect((await getApplicationForStaff(reviewer, idA)).application.id).toBe(idA);
    expect((await getApplicationForStaff(admin, idA)).application.id).toBe(idA);
    await expect(getApplicationForStaff(ownerB, idA)).rejects.toThrow(NotFoundError);
    await expect(getApplicationForStaff(ownerA, idA)).rejects.toThrow(NotFoundError);
    expect((await getMyApplication(ownerB))!.application.id).not.toBe(idA);
    await expect(listQueue(ownerA, { status: 'open', midwest: false, mine: false })).rejects.toThrow(NotFoundError);
  });

  it('lets only the owner business and staff download a document', async () => {
    const doc = (await getMyApplication(ownerA))!.documents[0]!;
    expect((await getDocumentForDownload(ownerA, doc.id)).id).toBe(doc.id);
    expect((await getDocumentForDownload(reviewer, doc.id)).id).toBe(doc.id);
    await expect(getDocumentForDownload(ownerB, doc.id)).rejects.toThrow(NotFoundError);
    await expect(
      getDocumentForDownload(
        await actorOf(await makeUser('nobiz@winery.example', 'business').then((x) => x.userId)),
        doc.id,
      ),
    ).rejects.toThrow(NotFoundError);
  });

  it('refuses every reviewer write to a business user and changes nothing', async () => {
    const app = await appOf(ownerA);
    const doc = (await getMyApplication(ownerA))!.documents[0]!;
    const before = await eventCount(app.id);
    for (const who of [ownerA, ownerB]) {
      await expect(
        decideApplication(who, app.id, { action: 'startReview', expectedStatus: 'submitted' }),
      ).rejects.toThrow(NotFoundError);
      await expect(reviewDocument(who, doc.id, 'accepted')).rejects.toThrow(NotFoundError);
      await expect(addApplicationNote(who, app.id, { internalNote: 'sneaky' })).rejects.toThrow(NotFoundError);
      await expect(assignApplication(who, app.id, true)).rejects.toThrow(NotFoundError);
    }
    expect(await statusOf(app.id)).toBe('submitted');
    expect((await conn().db.select().from(documents).where(eq(documents.id, doc.id)))[0]!.status).toBe(
      'pending_review',
    );
    expect(await eventCount(app.id)).toBe(before);
  });

  it('refuses applicant writes to staff', async () => {
    await expect(saveBusinessStep(reviewer, business)).rejects.toThrow(NotFoundError);
    await expect(saveProductsStep(admin, { categories: ['wine'], channels: ['general_trade'] })).rejects.toThrow(
      NotFoundError,
    );
    await expect(submitApplication(reviewer, ATTESTED)).rejects.toThrow(NotFoundError);
  });

  it('never shows internal notes to the applicant', async () => {
    const id = (await appOf(ownerA)).id;
    await addApplicationNote(reviewer, id, { internalNote: 'EIN looks fine; double-check TTB permit' });
    const mine = await getMyApplication(ownerA);
    expect(mine!.events.every((e) => e.internalNote === null)).toBe(true);
    const staff = await getApplicationForStaff(reviewer, id);
    expect(staff.events.some((e) => e.internalNote === 'EIN looks fine; double-check TTB permit')).toBe(true);
  });

  it('keeps the event log append-only', async () => {
    await expect(conn().db.update(applicationEvents).set({ message: 'rewritten' })).rejects.toThrow();
    await expect(conn().db.delete(applicationEvents)).rejects.toThrow();
  });
});

describe('review decisions', () => {
  it('requests changes with a message the applicant receives by e-mail', async () => {
    const id = (await appOf(ownerA)).id;
    await decideApplication(reviewer, id, { action: 'startReview', expectedStatus: 'submitted' });
    await expect(
      decideApplication(reviewer, id, { action: 'requestChanges', expectedStatus: 'in_review' }),
    ).rejects.toThrow(DomainError);
    const doc = (await getMyApplication(ownerA))!.documents.find((d) => d.requirementCode === 'irs_ein_letter')!;
    await reviewDocument(reviewer, doc.id, 'rejected', 'The letter is cut off at the bottom');
    await expect(reviewDocument(reviewer2, doc.id, 'accepted')).rejects.toThrow(ConflictError);
    await decideApplication(reviewer, id, {
      action: 'requestChanges',
      expectedStatus: 'in_review',
      message: 'Please upload the whole IRS letter.',
    });
    expect(await statusOf(id)).toBe('changes_requested');
    const mail = await conn().db.select().from(outbox).where(eq(outbox.toAddress, ownerA.email));
    const m = mail.find((x) => x.subject === 'Your application needs a few changes');
    expect(m?.textBody).toContain('Please upload the whole IRS letter.');
    const mine = await getMyApplication(ownerA);
    expect(mine!.checklist.find((i) => i.code === 'irs_ein_letter')!.state).toBe('rejected');
  });

  it('refuses approval while a required document is not accepted, unless an admin gives an override reason', async () => {
    const a = ownerA;
    await uploadApplicationDocument(a, { requirementCode: 'irs_ein_letter', fileName: 'irs-full.pdf', bytes: PDF });
    expect(await submitApplication(a, ATTESTED)).toEqual({ ok: true });
    const id = (await appOf(a)).id;
    await decideApplication(reviewer, id, { action: 'startReview', expectedStatus: 'submitted' });
    await expect(decideApplication(admin, id, { action: 'approve', expectedStatus: 'in_review' })).rejects.toThrow(
      /Approval needs every required document accepted/,
    );
    // A reviewer may not override, reason or not.
    const eventsBefore = await conn()
      .db.select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id));
    await expect(
      decideApplication(reviewer, id, { action: 'approve', expectedStatus: 'in_review', overrideReason: 'Trust me' }),
    ).rejects.toThrow('Only an admin can approve while required documents are not accepted.');
    expect(await statusOf(id)).toBe('in_review');
    expect(await conn().db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).toEqual(
      eventsBefore,
    );
    await decideApplication(admin, id, {
      action: 'approve',
      expectedStatus: 'in_review',
      overrideReason: 'Documents verified by phone with the owner',
    });
    expect(await statusOf(id)).toBe('approved');
    const ev = await conn().db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(ev.find((e) => e.action === 'approve')?.reason).toBe('Override: Documents verified by phone with the owner');
    expect(
      (await conn().db.select().from(outbox).where(eq(outbox.toAddress, a.email))).some(
        (m) => m.subject === 'Your application is approved',
      ),
    ).toBe(true);
  });

  it('lets exactly one of two reviewers deciding at once win', async () => {
    expect(await submitApplication(ownerB, ATTESTED)).toEqual({ ok: true });
    const id = (await appOf(ownerB)).id;
    await decideApplication(reviewer, id, { action: 'startReview', expectedStatus: 'submitted' });
    const results = await Promise.allSettled([
      decideApplication(reviewer, id, { action: 'requestChanges', expectedStatus: 'in_review', message: 'Fix it' }),
      decideApplication(reviewer2, id, { action: 'reject', expectedStatus: 'in_review', message: 'Not a fit' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ConflictError);
    expect(String(failed.reason.message)).toMatch(
      /^This application changed while you were looking: it is now (changes requested|rejected)\./,
    );
    const decisions = (
      await conn().db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))
    ).filter((e) => e.action === 'requestChanges' || e.action === 'reject');
    expect(decisions).toHaveLength(1);
  });

  it('suspends and reinstates an approved business, each with an event and an e-mail', async () => {
    const id = (await appOf(ownerA)).id;
    const approvedOn = (await appOf(ownerA)).decidedAt;
    expect(approvedOn).not.toBeNull();
    // Admins only: a reviewer is refused and nothing changes.
    await expect(
      decideApplication(reviewer, id, { action: 'suspend', expectedStatus: 'approved', message: 'Lapsed' }),
    ).rejects.toThrow('Only an admin can suspend or reinstate a seller.');
    expect(await statusOf(id)).toBe('approved');
    await expect(decideApplication(admin, id, { action: 'suspend', expectedStatus: 'approved' })).rejects.toThrow(
      DomainError,
    );
    await decideApplication(admin, id, {
      action: 'suspend',
      expectedStatus: 'approved',
      message: 'Expired TTB permit',
    });
    await expect(decideApplication(reviewer, id, { action: 'reinstate', expectedStatus: 'suspended' })).rejects.toThrow(
      'Only an admin can suspend or reinstate a seller.',
    );
    expect(await statusOf(id)).toBe('suspended');
    await decideApplication(admin, id, { action: 'reinstate', expectedStatus: 'suspended' });
    expect(await statusOf(id)).toBe('approved');
    // Reinstating is not a new decision: the programme view still dates the approval when it was given.
    expect((await appOf(ownerA)).decidedAt).toEqual(approvedOn);
    const subjects = (await conn().db.select().from(outbox).where(eq(outbox.toAddress, ownerA.email))).map(
      (m) => m.subject,
    );
    expect(subjects).toEqual(expect.arrayContaining(['Your account is suspended', 'Your approval is reinstated']));
  });

  it('refuses a transition the machine does not allow', async () => {
    const id = (await appOf(ownerA)).id;
    await expect(
      decideApplication(reviewer, id, { action: 'startReview', expectedStatus: 'approved' }),
    ).rejects.toThrow('You cannot start the review of an application that is approved.');
  });
});

describe('the queue', () => {
  it('lists open applications oldest first and filters by state, category and search', async () => {
    const c = await completeApplication(await makeUser('queue@orchard.example', 'business'));
    await submitApplication(c, ATTESTED);
    const open = await listQueue(reviewer, { status: 'open', midwest: false, mine: false });
    expect(open.rows.map((r) => r.ownerEmail)).toContain('queue@orchard.example');
    const wi = await listQueue(reviewer, {
      status: 'open',
      state: 'WI',
      midwest: true,
      mine: false,
      category: 'wine',
      channel: 'general_trade',
    });
    expect(wi.rows.every((r) => r.state === 'WI' && r.categories.includes('wine'))).toBe(true);
    expect(
      (await listQueue(reviewer, { status: 'open', midwest: false, mine: false, q: 'queue winery' })).rows,
    ).toHaveLength(1);
    expect(
      (await listQueue(reviewer, { status: 'open', midwest: false, mine: false, q: 'QUEUE@ORCHARD' })).rows,
    ).toHaveLength(1);
    expect(
      (await listQueue(reviewer, { status: 'open', midwest: false, mine: false, q: 'nothing-like-this' })).rows,
    ).toHaveLength(0);
    expect(
      (await listQueue(reviewer, { status: 'open', midwest: false, mine: false, olderThanDays: 30 })).rows,
    ).toHaveLength(0);
  });
});
