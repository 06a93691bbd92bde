import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { requirementsForApplication, type CategoryCode, type ChannelCode } from '@/lib/domain/export-rules';
import { env } from '@/lib/env';
import type { Db } from './driver';
import { applicationEvents, applications, documents, registrations } from './schema';
import type { DemoBusiness } from './seed-data/demo';

const PDF = Buffer.from('%PDF-1.4\n% Heartland Gateway demo document\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DAY = 86_400_000;

/** Mirrors lib/storage/local.ts naming: <uuid>.pdf under a two-character folder. */
function storeDemoPdf(): { storedName: string; sha256: string } {
  const storedName = `${randomUUID()}.pdf`;
  const dir = path.join(path.resolve(env().UPLOAD_DIR), storedName.slice(0, 2));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, storedName), PDF);
  return { storedName, sha256: createHash('sha256').update(PDF).digest('hex') };
}

const STAGE_PATH: Record<DemoBusiness['stage'], { action: string; from: string | null; to: string }[]> = {
  signed_up: [],
  draft: [],
  submitted: [{ action: 'submit', from: 'draft', to: 'submitted' }],
  in_review: [
    { action: 'submit', from: 'draft', to: 'submitted' },
    { action: 'startReview', from: 'submitted', to: 'in_review' },
  ],
  changes_requested: [
    { action: 'submit', from: 'draft', to: 'submitted' },
    { action: 'startReview', from: 'submitted', to: 'in_review' },
    { action: 'requestChanges', from: 'in_review', to: 'changes_requested' },
  ],
  approved: [
    { action: 'submit', from: 'draft', to: 'submitted' },
    { action: 'startReview', from: 'submitted', to: 'in_review' },
    { action: 'approve', from: 'in_review', to: 'approved' },
  ],
  rejected: [
    { action: 'submit', from: 'draft', to: 'submitted' },
    { action: 'startReview', from: 'submitted', to: 'in_review' },
    { action: 'reject', from: 'in_review', to: 'rejected' },
  ],
  suspended: [
    { action: 'submit', from: 'draft', to: 'submitted' },
    { action: 'startReview', from: 'submitted', to: 'in_review' },
    { action: 'approve', from: 'in_review', to: 'approved' },
    { action: 'suspend', from: 'approved', to: 'suspended' },
  ],
};

const MESSAGES: Record<string, string> = {
  requestChanges: 'Please upload a clearer copy of your IRS EIN letter: the bottom of the page is cut off.',
  reject:
    'Meat products need an FSIS-approved plant listed with China customs, which we could not find for your facility.',
  suspend:
    'Your FDA food facility registration lapsed at the last renewal. Renew it and tell us, and we will reinstate you.',
};

/** Puts a demo business at its stage: an application with registrations, documents and a timeline. */
export async function seedDemoJourneys(
  db: Db,
  businessId: string,
  ownerId: string,
  reviewerId: string,
  b: DemoBusiness,
) {
  const [existing] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.businessId, businessId));
  if (existing) return;
  const steps = STAGE_PATH[b.stage];
  const start = Date.now() - (steps.length + 2) * 3 * DAY - b.yearFounded * 1000;
  const at = (i: number) => new Date(start + i * 3 * DAY);
  const reviewed = steps.some((s) => s.action === 'startReview');
  const [app] = await db
    .insert(applications)
    .values({
      businessId,
      status: (steps[steps.length - 1]?.to ?? 'draft') as 'draft',
      categories: b.categories,
      channels: b.channels,
      stepsDone: b.stage === 'draft' ? [1, 2] : [1, 2, 3, 4, 5],
      submittedAt: steps.length ? at(1) : null,
      firstSubmittedAt: steps.length ? at(1) : null,
      decidedAt: steps.some((s) => s.to === 'approved' || s.to === 'rejected') ? at(3) : null,
      assignedTo: reviewed ? reviewerId : null,
      searchName: b.legalName.toLowerCase(),
      ein: b.ein,
      ownerEmail: b.ownerEmail,
      city: b.city,
      state: b.state,
      midwest: ['IL', 'IN', 'IA', 'KS', 'MI', 'MN', 'MO', 'NE', 'ND', 'OH', 'SD', 'WI'].includes(b.state),
      createdAt: at(0),
    })
    .returning({ id: applications.id });
  await db.insert(applicationEvents).values({
    applicationId: app!.id,
    businessId,
    actorId: ownerId,
    action: 'started',
    toStatus: 'draft',
    createdAt: at(0),
  });
  if (b.stage === 'draft') return;

  const reqs = requirementsForApplication({
    categories: b.categories as CategoryCode[],
    channels: b.channels as ChannelCode[],
  }).filter((r) => !r.optional);
  const accepted = b.stage === 'approved' || b.stage === 'suspended';
  for (const r of reqs) {
    if (r.kind === 'registration') {
      await db
        .insert(registrations)
        .values({
          businessId,
          code: r.code,
          number: `${r.code.slice(0, 4).toUpperCase()}-${b.ein.slice(3)}`,
          issuer: 'Issuing agency',
          expiresOn: r.code === 'gacc_registration' ? '2030-06-30' : null,
        })
        .onConflictDoNothing();
    }
    const rejected = b.stage === 'changes_requested' && r.code === 'irs_ein_letter';
    await db.insert(documents).values({
      businessId,
      applicationId: app!.id,
      requirementCode: r.code,
      originalName: `${r.code.replaceAll('_', '-')}.pdf`,
      ...storeDemoPdf(),
      mimeType: 'application/pdf',
      sizeBytes: PDF.byteLength,
      status: accepted ? 'accepted' : rejected ? 'rejected' : 'pending_review',
      reviewReason: rejected ? 'The bottom of the page is cut off.' : null,
      reviewedBy: accepted || rejected ? reviewerId : null,
      reviewedAt: accepted || rejected ? at(2) : null,
      uploadedBy: ownerId,
      createdAt: at(1),
    });
  }
  for (const [i, s] of steps.entries()) {
    await db.insert(applicationEvents).values({
      applicationId: app!.id,
      businessId,
      actorId: s.action === 'submit' ? ownerId : reviewerId,
      action: s.action,
      fromStatus: s.from,
      toStatus: s.to,
      message: MESSAGES[s.action] ?? null,
      createdAt: at(i + 1),
    });
  }
}
