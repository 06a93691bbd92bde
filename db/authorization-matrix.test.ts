// The authorization matrix of the data layer, for everyone who can act for a business: each operation
// below is run by each role against business A's rows. A denied cell must fail as NotFoundError (another
// business's row and a missing row look alike) and change nothing; an allowed cell must pass the door
// (a business rule may still refuse it, e.g. a submission with blockers, but never as NotFound).
// The expectations are written out per operation, not derived from the capability tables they check.
// Built as ROLES × OPERATIONS data so it folds into a generated matrix of the endpoints.
import { and, count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '@/lib/auth/actor';
import { requirementsForApplication } from '@/lib/domain/export-rules';
import { NotFoundError } from '@/lib/errors';
import { listingInputSchema, type ListingInput } from '@/lib/validation/listing';
import { actorOf } from '@/test/actors';
import { withTestDatabase } from '@/test/db';
import { setTestEnv } from '@/test/env';
import {
  addApplicationNote,
  saveBusinessStep,
  saveProductsStep,
  saveRegistrations,
  submitApplication,
  uploadApplicationDocument,
} from './mutations/applications';
import {
  attachListingPhoto,
  createListing,
  importListings,
  submitListing,
  updateListing,
  updatePriceAndStock,
} from './mutations/listings';
import { renewRegistration } from './mutations/registrations';
import {
  addShipmentNote,
  createShipment,
  recordShipmentMilestone,
  uploadShipmentDocument,
} from './mutations/shipments';
import { getDocumentForDownload, getMyApplication } from './queries/applications';
import { getMyListing } from './queries/listings';
import { getShipment } from './queries/shipments';
import {
  changeMemberRole,
  decideHelperRequest,
  grantHelperAccess,
  inviteMember,
  removeMember,
  revokeHelperAccess,
  revokeInvitation,
  transferOwnership,
} from './mutations/team';
import { listActivity, listBusinessHelpers, listMembers, listPendingInvitations } from './queries/team';
import {
  applicationEvents,
  applications,
  businessActivity,
  businessMembers,
  businesses,
  documents,
  helperGrants,
  helperOrganisations,
  helperStaff,
  listingPhotos,
  listings,
  registrations,
  shipmentDocuments,
  shipmentEvents,
  shipments,
  teamInvitations,
  users,
} from './schema';

setTestEnv({ uploads: 'matrix' });
const { conn } = withTestDatabase();
const db = () => conn().db;

export const ROLES = [
  'owner',
  'editor',
  'viewer',
  'member of another business',
  'helper: view',
  'helper: prepare',
  'helper: listings and shipments',
  'helper: grant revoked',
  'helper of another business',
  'reviewer',
  'admin',
  'anonymous',
] as const;
type Role = (typeof ROLES)[number];

const MEMBERS_WRITE: Role[] = ['owner', 'editor'];
const PREPARE: Role[] = [...MEMBERS_WRITE, 'helper: prepare'];
const LISTINGS_SHIPMENTS: Role[] = [...MEMBERS_WRITE, 'helper: listings and shipments'];
const VIEW: Role[] = ['owner', 'editor', 'viewer', 'helper: view', 'helper: prepare', 'helper: listings and shipments'];
const STAFF: Role[] = ['reviewer', 'admin'];

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const wine = (title: string): ListingInput =>
  listingInputSchema('wine').parse({
    category: 'wine',
    hs: '220421',
    titleEn: title,
    titleZh: '门半岛雷司令',
    descriptionEn: 'Crisp, off-dry Riesling.',
    descriptionZh: '清爽微甜的雷司令。',
    priceUsd: '24.00',
    unit: 'case',
    packSize: '12 x 750 ml',
    minOrder: '10',
    stock: '200',
    weightKg: '16',
    originState: 'WI',
    channels: ['general_trade'],
    attributes: {
      varietal: 'Riesling',
      vintage: '2022',
      abv: '11.5',
      volumeMl: '750',
      ttbPermit: 'BW-WI-1',
      gaccNumber: 'CUSA1',
    },
  });

const businessStep = (legalName: string) => ({
  legalName,
  dba: null,
  ein: '39-2288156',
  entityType: 'llc' as const,
  formationState: 'WI',
  yearFounded: 2004,
  employees: 12,
  revenueBand: '250k_1m' as const,
  street: '980 Egg Harbor Rd',
  city: 'Sturgeon Bay',
  state: 'WI',
  zip: '54235',
  phone: '+19207430140',
  website: null,
});

interface Fixture {
  /** A: draft application (for the application's operations). */
  a1: string;
  /** A: approved, with listings, a shipment, a registration and a document. */
  a2: string;
  b: string;
  users: Record<Exclude<Role, 'anonymous'>, string>;
  draftListing: string;
  liveListing: string;
  shipment: string;
  shipmentDocCode: string;
  registrationCode: string;
  a1RegistrationCode: string;
  a1DocumentCode: string;
  a2Application: string;
  a2Document: string;
  /** A viewer of A2 the owner may remove. */
  spareMember: string;
  /** A helper organisation with no access, for granting; one with an active grant and one asking, on A2. */
  spareOrg: string;
  activeGrant: string;
  requestedGrant: string;
  invitation: string;
}
let f: Fixture;

async function user(email: string, role: 'business' | 'reviewer' | 'admin' = 'business') {
  const [u] = await db()
    .insert(users)
    .values({ email, name: email.split('@')[0]!, passwordHash: 'x', role, emailVerifiedAt: new Date() })
    .returning();
  return u!.id;
}

async function business(slug: string, status: 'draft' | 'approved') {
  const [b] = await db()
    .insert(businesses)
    .values({ slug, ...businessStep(`${slug} LLC`), midwest: true })
    .returning();
  const [app] = await db()
    .insert(applications)
    .values({
      businessId: b!.id,
      ownerEmail: `${slug}@matrix.example`,
      status,
      categories: ['wine'],
      channels: ['general_trade'],
      stepsDone: [1, 2],
    })
    .returning();
  return { id: b!.id, applicationId: app!.id };
}

beforeAll(async () => {
  const a1 = await business('matrix-a1', 'draft');
  const a2 = await business('matrix-a2', 'approved');
  const b = await business('matrix-b', 'approved');
  const u = {
    owner: await user('owner@matrix.example'),
    editor: await user('editor@matrix.example'),
    viewer: await user('viewer@matrix.example'),
    'member of another business': await user('owner-b@matrix.example'),
    'helper: view': await user('helper-view@matrix.example'),
    'helper: prepare': await user('helper-prepare@matrix.example'),
    'helper: listings and shipments': await user('helper-ls@matrix.example'),
    'helper: grant revoked': await user('helper-revoked@matrix.example'),
    'helper of another business': await user('helper-other@matrix.example'),
    reviewer: await user('reviewer@matrix.example', 'reviewer'),
    admin: await user('admin@matrix.example', 'admin'),
  };
  for (const biz of [a1.id, a2.id])
    await db()
      .insert(businessMembers)
      .values([
        { businessId: biz, userId: u.owner, role: 'owner' },
        { businessId: biz, userId: u.editor, role: 'editor' },
        { businessId: biz, userId: u.viewer, role: 'viewer' },
      ]);
  await db()
    .insert(businessMembers)
    .values({ businessId: b.id, userId: u['member of another business'], role: 'owner' });
  const helpers: [Role, string[], string[]][] = [
    ['helper: view', ['view'], [a1.id, a2.id]],
    ['helper: prepare', ['view', 'prepare'], [a1.id, a2.id]],
    ['helper: listings and shipments', ['view', 'listings_shipments'], [a1.id, a2.id]],
    ['helper: grant revoked', ['view', 'prepare', 'listings_shipments'], [a1.id, a2.id]],
    ['helper of another business', ['view', 'prepare', 'listings_shipments'], [b.id]],
  ];
  for (const [role, scopes, granted] of helpers) {
    const [org] = await db()
      .insert(helperOrganisations)
      .values({ name: `Matrix ${role}`, kind: 'cooperative', states: ['WI'] })
      .returning();
    await db()
      .insert(helperStaff)
      .values({ organisationId: org!.id, userId: u[role as keyof typeof u] });
    for (const businessId of granted)
      await db().insert(helperGrants).values({ businessId, organisationId: org!.id, scopes, status: 'active' });
  }

  const asked = requirementsForApplication({ categories: ['wine'], channels: ['general_trade'] });
  const regCode = asked.find((r) => r.kind === 'registration')!.code;
  const docCode = asked.find((r) => r.kind !== 'registration' && !r.optional)!.code;
  await db()
    .insert(registrations)
    .values({ businessId: a2.id, code: regCode, number: 'R-1', issuer: 'FDA', expiresOn: '2030-01-01' });
  const [doc] = await db()
    .insert(documents)
    .values({
      businessId: a2.id,
      applicationId: a2.applicationId,
      requirementCode: docCode,
      originalName: 'letter.pdf',
      storedName: `matrix-${Date.now()}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      sha256: 'x',
      uploadedBy: u.owner,
    })
    .returning();
  const draft = wine('Matrix Riesling');
  const [dl] = await db()
    .insert(listings)
    .values({
      businessId: a2.id,
      slug: 'matrix-draft',
      content: { ...toContent(draft) },
      priceUsdCents: 2400,
      stock: 200,
    })
    .returning();
  const live = toContent(wine('Matrix Live Riesling'));
  const [ll] = await db()
    .insert(listings)
    .values({
      businessId: a2.id,
      slug: 'matrix-live',
      status: 'approved',
      content: live,
      published: live,
      priceUsdCents: 2400,
      stock: 10_000,
      sellerActive: true,
      live: true,
    })
    .returning();
  const { id: shipmentId } = await createShipment(await actorOf(u.owner, a2.id), {
    channel: 'general_trade',
    buyerName: 'Shanghai Fine Wines',
    buyerCity: 'Shanghai',
    destination: 'Shanghai',
    mode: 'sea',
    incoterm: 'CIF',
    carrier: 'COSCO',
    lines: [{ listingId: ll!.id, quantity: 10, valueUsd: undefined }],
  });
  const [sd] = await db().select().from(shipmentDocuments).where(eq(shipmentDocuments.shipmentId, shipmentId));

  const spareMember = await user('spare@matrix.example');
  await db().insert(businessMembers).values({ businessId: a2.id, userId: spareMember, role: 'viewer' });
  const orgs = await db()
    .insert(helperOrganisations)
    .values(['Matrix spare', 'Matrix granted', 'Matrix asking'].map((name) => ({ name, kind: 'cooperative' as const })))
    .returning();
  const [activeGrant, requestedGrant] = await db()
    .insert(helperGrants)
    .values([
      { businessId: a2.id, organisationId: orgs[1]!.id, scopes: ['view'], status: 'active' },
      { businessId: a2.id, organisationId: orgs[2]!.id, scopes: ['view'], status: 'requested' },
    ])
    .returning();
  const [invitation] = await db()
    .insert(teamInvitations)
    .values({
      businessId: a2.id,
      email: 'pending@matrix.example',
      role: 'viewer',
      tokenHash: 'matrix-pending',
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  await db()
    .insert(businessActivity)
    .values({ businessId: a2.id, actorId: u.owner, action: 'marker', summary: 'Matrix marker A2' });

  // The revoked helper could act, and then its grants were revoked: its next request acts for nobody.
  const revokedStaff = u['helper: grant revoked'];
  expect((await actorOf(revokedStaff, a2.id)).acting?.businessId).toBe(a2.id);
  const [revokedOrg] = await db().select().from(helperStaff).where(eq(helperStaff.userId, revokedStaff));
  await db()
    .update(helperGrants)
    .set({ status: 'revoked', revokedAt: new Date() })
    .where(eq(helperGrants.organisationId, revokedOrg!.organisationId));

  f = {
    a1: a1.id,
    a2: a2.id,
    b: b.id,
    users: u,
    draftListing: dl!.id,
    liveListing: ll!.id,
    shipment: shipmentId,
    shipmentDocCode: sd!.code,
    registrationCode: regCode,
    a1RegistrationCode: regCode,
    a1DocumentCode: docCode,
    a2Application: a2.applicationId,
    a2Document: doc!.id,
    spareMember,
    spareOrg: orgs[0]!.id,
    activeGrant: activeGrant!.id,
    requestedGrant: requestedGrant!.id,
    invitation: invitation!.id,
  };
});

function toContent(i: ListingInput) {
  return {
    category: i.category,
    hs6: i.hs,
    titleEn: i.titleEn,
    titleZh: i.titleZh,
    descriptionEn: i.descriptionEn,
    descriptionZh: i.descriptionZh,
    zhBasedOn: { titleEn: i.titleEn, descriptionEn: i.descriptionEn },
    unit: i.unit,
    packSize: i.packSize,
    minOrder: i.minOrder,
    weightKg: i.weightKg,
    originState: i.originState,
    channels: i.channels as ['general_trade'],
    attributes: i.attributes as Record<string, string>,
    photoIds: [],
  };
}

/** The actor each role's next request would build, having chosen business `on`. */
async function actorFor(role: Role, on: string): Promise<Actor> {
  if (role === 'anonymous') return ANONYMOUS as unknown as Actor;
  return actorOf(f.users[role], on);
}

const n = (() => {
  let i = 0;
  return () => ++i;
})();

interface Operation {
  name: string;
  /**
   * It names no row: it changes "the business acted for". A member of another business then acts for
   * their own business (their right), so for them the test is only that A is unchanged.
   */
  implicit?: boolean;
  /** The business whose rows it touches: A with a draft application, or A approved. */
  on: 'a1' | 'a2';
  allow: Role[];
  run(actor: Actor): Promise<unknown>;
  /** What a refused call must leave unchanged. */
  state(): Promise<unknown>;
}

const activityCount = (businessId: string) =>
  countOf(db().select({ n: count() }).from(businessActivity).where(eq(businessActivity.businessId, businessId)));
const rowsOf = async <T>(q: Promise<T[]>) => JSON.stringify(await q);
const countOf = async (q: Promise<{ n: number }[]>) => (await q)[0]!.n;

const OPERATIONS: Operation[] = [
  {
    name: 'save the business step',
    implicit: true,
    on: 'a1',
    allow: PREPARE,
    run: (a) => saveBusinessStep(a, businessStep(`Matrix A1 ${n()} LLC`)),
    state: () => rowsOf(db().select().from(businesses).where(eq(businesses.id, f.a1))),
  },
  {
    name: 'save the products step',
    implicit: true,
    on: 'a1',
    allow: PREPARE,
    run: (a) => saveProductsStep(a, { categories: ['wine'], channels: ['general_trade'] }),
    state: () => rowsOf(db().select().from(applications).where(eq(applications.businessId, f.a1))),
  },
  {
    name: 'save registrations',
    implicit: true,
    on: 'a1',
    allow: PREPARE,
    run: (a) =>
      saveRegistrations(a, { [f.a1RegistrationCode]: { number: `N-${n()}`, issuer: 'FDA', expiresOn: null } }),
    state: () => rowsOf(db().select().from(registrations).where(eq(registrations.businessId, f.a1))),
  },
  {
    name: 'upload an application document',
    implicit: true,
    on: 'a1',
    allow: PREPARE,
    run: (a) => uploadApplicationDocument(a, { requirementCode: f.a1DocumentCode, fileName: 'doc.pdf', bytes: PDF }),
    state: () => rowsOf(db().select().from(documents).where(eq(documents.businessId, f.a1))),
  },
  {
    name: 'attest and submit the application',
    implicit: true,
    on: 'a1',
    allow: ['owner'],
    run: (a) => submitApplication(a, { attested: true }),
    state: () => rowsOf(db().select().from(applicationEvents).where(eq(applicationEvents.businessId, f.a1))),
  },
  {
    name: 'renew a registration',
    implicit: true,
    on: 'a2',
    allow: PREPARE,
    run: (a) =>
      renewRegistration(a, {
        code: f.registrationCode,
        number: `R-${n()}`,
        issuer: 'FDA',
        expiresOn: `${2031 + n()}-01-01`,
      }),
    state: () => rowsOf(db().select().from(registrations).where(eq(registrations.businessId, f.a2))),
  },
  {
    name: 'create a listing',
    implicit: true,
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) => createListing(a, wine(`Matrix new ${n()}`)),
    state: () => countOf(db().select({ n: count() }).from(listings).where(eq(listings.businessId, f.a2))),
  },
  {
    name: 'import listings',
    implicit: true,
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) => importListings(a, [wine(`Matrix imported ${n()}`)]),
    state: () => countOf(db().select({ n: count() }).from(listings).where(eq(listings.businessId, f.a2))),
  },
  {
    name: 'edit a listing',
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) => updateListing(a, f.draftListing, wine(`Matrix Riesling ${n()}`)),
    state: () => rowsOf(db().select().from(listings).where(eq(listings.id, f.draftListing))),
  },
  {
    name: 'change price and stock',
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) => updatePriceAndStock(a, f.liveListing, { priceUsdCents: 2400 + n(), stock: 10_000 }),
    state: () => rowsOf(db().select().from(listings).where(eq(listings.id, f.liveListing))),
  },
  {
    name: 'add a listing photo',
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) =>
      attachListingPhoto(a, f.draftListing, {
        storedName: `p-${n()}.jpg`,
        thumbName: `t-${n()}.jpg`,
        mimeType: 'image/jpeg',
        width: 10,
        height: 10,
        sizeBytes: 10,
      }),
    state: () => countOf(db().select({ n: count() }).from(listingPhotos).where(eq(listingPhotos.businessId, f.a2))),
  },
  {
    name: 'send a listing to review',
    on: 'a2',
    allow: ['owner'],
    run: (a) => submitListing(a, f.draftListing),
    state: () => rowsOf(db().select().from(listings).where(eq(listings.id, f.draftListing))),
  },
  {
    name: 'create a shipment',
    implicit: true,
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) =>
      createShipment(a, {
        channel: 'general_trade',
        buyerName: `Buyer ${n()}`,
        buyerCity: 'Shanghai',
        destination: 'Shanghai',
        mode: 'sea',
        incoterm: 'CIF',
        carrier: 'COSCO',
        lines: [{ listingId: f.liveListing, quantity: 1, valueUsd: undefined }],
      }),
    state: () => countOf(db().select({ n: count() }).from(shipments).where(eq(shipments.businessId, f.a2))),
  },
  {
    name: 'upload a shipment document',
    on: 'a2',
    allow: LISTINGS_SHIPMENTS,
    run: (a) =>
      uploadShipmentDocument(a, { shipmentId: f.shipment, code: f.shipmentDocCode, fileName: 'cert.pdf', bytes: PDF }),
    state: () => rowsOf(db().select().from(shipmentDocuments).where(eq(shipmentDocuments.shipmentId, f.shipment))),
  },
  {
    name: 'record a shipment milestone',
    on: 'a2',
    allow: [...LISTINGS_SHIPMENTS, ...STAFF],
    run: (a) =>
      recordShipmentMilestone(a, f.shipment, {
        target: 'cancelled',
        occurredAt: new Date().toISOString(),
        reason: 'x',
      }),
    state: () => rowsOf(db().select().from(shipmentEvents).where(eq(shipmentEvents.shipmentId, f.shipment))),
  },
  {
    name: 'add a staff note to a shipment',
    on: 'a2',
    allow: STAFF,
    run: (a) => addShipmentNote(a, f.shipment, { note: `note ${n()}`, visibility: 'internal' }),
    state: () => rowsOf(db().select().from(shipmentEvents).where(eq(shipmentEvents.shipmentId, f.shipment))),
  },
  {
    name: 'add a reviewer’s note to the application',
    on: 'a2',
    allow: STAFF,
    run: (a) => addApplicationNote(a, f.a2Application, { internalNote: `note ${n()}` }),
    state: () => rowsOf(db().select().from(applicationEvents).where(eq(applicationEvents.businessId, f.a2))),
  },
  {
    name: 'invite a member',
    implicit: true,
    on: 'a2',
    allow: ['owner'],
    run: (a) => inviteMember(a, { email: `invited-${n()}@matrix.example`, role: 'viewer' }),
    state: () => countOf(db().select({ n: count() }).from(teamInvitations).where(eq(teamInvitations.businessId, f.a2))),
  },
  {
    name: 'withdraw an invitation',
    on: 'a2',
    allow: ['owner'],
    run: (a) => revokeInvitation(a, f.invitation),
    state: () => rowsOf(db().select().from(teamInvitations).where(eq(teamInvitations.id, f.invitation))),
  },
  {
    name: 'change a member’s role',
    on: 'a2',
    allow: ['owner'],
    run: (a) => changeMemberRole(a, f.users.viewer, n() % 2 ? 'editor' : 'viewer'),
    state: () =>
      rowsOf(
        db().select().from(businessMembers).where(eq(businessMembers.businessId, f.a2)).orderBy(businessMembers.userId),
      ),
  },
  {
    name: 'remove a member',
    on: 'a2',
    allow: ['owner'],
    run: (a) => removeMember(a, f.spareMember),
    state: () =>
      rowsOf(
        db().select().from(businessMembers).where(eq(businessMembers.businessId, f.a2)).orderBy(businessMembers.userId),
      ),
  },
  {
    name: 'hand over ownership (and back)',
    on: 'a1',
    allow: ['owner'],
    run: async (a) => {
      await transferOwnership(a, f.users.editor);
      await transferOwnership(await actorOf(f.users.editor, f.a1), f.users.owner);
    },
    state: () =>
      rowsOf(
        db().select().from(businessMembers).where(eq(businessMembers.businessId, f.a1)).orderBy(businessMembers.userId),
      ),
  },
  {
    name: 'give a helper organisation access',
    implicit: true,
    on: 'a2',
    allow: ['owner'],
    run: (a) => grantHelperAccess(a, { organisationId: f.spareOrg, scopes: ['view'] }),
    state: () => rowsOf(db().select().from(helperGrants).where(eq(helperGrants.businessId, f.a2))),
  },
  {
    name: 'decline a helper’s request',
    on: 'a2',
    allow: ['owner'],
    run: (a) => decideHelperRequest(a, f.requestedGrant, { accept: false }),
    state: () => rowsOf(db().select().from(helperGrants).where(eq(helperGrants.id, f.requestedGrant))),
  },
  {
    name: 'end a helper’s access',
    on: 'a2',
    allow: ['owner'],
    run: (a) => revokeHelperAccess(a, f.activeGrant),
    state: () => rowsOf(db().select().from(helperGrants).where(eq(helperGrants.id, f.activeGrant))),
  },
];

interface Read {
  name: string;
  on: 'a1' | 'a2';
  allow: Role[];
  /** True when the answer shows business A's row; a refusal throws NotFoundError or shows none of A. */
  sees(actor: Actor): Promise<boolean>;
}

const READS: Read[] = [
  {
    name: 'read a listing',
    on: 'a2',
    allow: VIEW,
    sees: async (a) => (await getMyListing(a, f.draftListing)).listing.id === f.draftListing,
  },
  {
    name: 'read a shipment',
    on: 'a2',
    allow: [...VIEW, ...STAFF],
    sees: async (a) => (await getShipment(a, f.shipment)).shipment.id === f.shipment,
  },
  {
    name: 'download an application document',
    on: 'a2',
    allow: [...VIEW, ...STAFF],
    sees: async (a) => (await getDocumentForDownload(a, f.a2Document)).id === f.a2Document,
  },
  {
    name: 'read the application',
    on: 'a1',
    allow: VIEW,
    sees: async (a) => (await getMyApplication(a))?.business.id === f.a1,
  },
  {
    name: 'read the members',
    on: 'a2',
    allow: ['owner', 'editor', 'viewer'],
    sees: async (a) => (await listMembers(a)).some((m) => m.userId === f.users.owner),
  },
  {
    name: 'read the activity log',
    on: 'a2',
    allow: ['owner', 'editor', 'viewer'],
    sees: async (a) => (await listActivity(a)).rows.some((r) => r.summary === 'Matrix marker A2'),
  },
  {
    name: 'read the helper organisations',
    on: 'a2',
    allow: ['owner', 'editor', 'viewer'],
    sees: async (a) => (await listBusinessHelpers(a)).some((h) => h.organisationName === 'Matrix granted'),
  },
  {
    name: 'read pending invitations',
    on: 'a2',
    allow: ['owner'],
    sees: async (a) => (await listPendingInvitations(a)).some((i) => i.email === 'pending@matrix.example'),
  },
];

describe('authorization matrix: who may read business A', () => {
  for (const r of READS) {
    it(r.name, async () => {
      const business = r.on === 'a1' ? f.a1 : f.a2;
      for (const role of ROLES) {
        const actor = await actorFor(role, business);
        const saw = await r.sees(actor).catch((e: unknown) => {
          if (e instanceof NotFoundError) return false;
          throw e;
        });
        expect(saw, `${role} ${r.allow.includes(role) ? 'sees' : 'must not see'} it`).toBe(r.allow.includes(role));
      }
    });
  }

  it('lists every role the issue names', () => {
    expect(ROLES).toHaveLength(12);
    const b = db()
      .select({ n: count() })
      .from(businessMembers)
      .where(and(eq(businessMembers.businessId, f.b)));
    return expect(countOf(b)).resolves.toBe(1);
  });
});

describe('authorization matrix: who may change business A', () => {
  for (const op of OPERATIONS) {
    it(op.name, async () => {
      const business = op.on === 'a1' ? f.a1 : f.a2;
      const denied = ROLES.filter((r) => !op.allow.includes(r));
      for (const role of denied) {
        const before = await op.state();
        const actor = await actorFor(role, business);
        const error = await op.run(actor).then(
          () => null,
          (e: unknown) => e,
        );
        if (!(op.implicit && role === 'member of another business'))
          expect(error, `${role} must be refused as not found`).toBeInstanceOf(NotFoundError);
        expect(await op.state(), `${role}'s refused call changed nothing`).toEqual(before);
      }
      for (const role of op.allow) {
        const actor = await actorFor(role, business);
        const before = await op.state();
        const logged = await activityCount(business);
        const error = await op.run(actor).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error instanceof NotFoundError, `${role} must be let through: ${String(error)}`).toBe(false);
        const changed = JSON.stringify(await op.state()) !== JSON.stringify(before);
        if (changed && !STAFF.includes(role)) {
          // Every write for a business names the person and the helper organisation they acted through.
          expect(await activityCount(business), `${role}'s ${op.name} adds to the activity log`).toBeGreaterThan(
            logged,
          );
          const [last] = await db()
            .select()
            .from(businessActivity)
            .where(eq(businessActivity.businessId, business))
            .orderBy(desc(businessActivity.createdAt), desc(businessActivity.id))
            .limit(1);
          expect(last?.actorId, `${role}'s ${op.name} is in the activity log`).toBe(
            f.users[role as keyof Fixture['users']],
          );
          expect(last?.helperOrganisationId !== null, `${role}'s helper organisation is recorded`).toBe(
            role.startsWith('helper'),
          );
        }
      }
    });
  }
});
