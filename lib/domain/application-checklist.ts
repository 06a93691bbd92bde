import type { ApplicationRequirement } from './export-rules';

// The requirement checklist: what the rules ask of this business (from the export-rules engine),
// joined with what the business has provided and what reviewers decided.
export type RequirementState = 'due_now' | 'provided' | 'accepted' | 'rejected' | 'expired';

export interface ProvidedRegistration {
  number: string;
  issuer: string;
  expiresOn: string | null;
}

export interface ProvidedDocument {
  id: string;
  status: 'pending_review' | 'accepted' | 'rejected' | 'superseded';
  reviewReason: string | null;
  originalName: string;
}

export interface ChecklistItem extends ApplicationRequirement {
  state: RequirementState;
  /** Plain-language "what to do" for the applicant. */
  detail: string;
  registration: ProvidedRegistration | null;
  document: ProvidedDocument | null;
}

export function buildChecklist(
  requirements: readonly ApplicationRequirement[],
  registrations: ReadonlyMap<string, ProvidedRegistration>,
  latestDocuments: ReadonlyMap<string, ProvidedDocument>,
  today: string,
): ChecklistItem[] {
  return requirements.map((req) => {
    const registration = req.kind === 'registration' ? (registrations.get(req.code) ?? null) : null;
    const document = latestDocuments.get(req.code) ?? null;
    const { state, detail } = stateOf(req, registration, document, today);
    return { ...req, state, detail, registration, document };
  });
}

function stateOf(
  req: ApplicationRequirement,
  reg: ProvidedRegistration | null,
  doc: ProvidedDocument | null,
  today: string,
): { state: RequirementState; detail: string } {
  if (req.kind === 'registration' && !reg)
    return {
      state: 'due_now',
      detail: 'Enter its number, issuer and expiry date in step 3, then upload a copy in step 4.',
    };
  if (reg?.expiresOn && reg.expiresOn < today)
    return {
      state: 'expired',
      detail: `Expired on ${reg.expiresOn}. Renew it, then update step 3 and upload the new copy.`,
    };
  if (!doc) return { state: 'due_now', detail: 'Upload a copy in step 4.' };
  switch (doc.status) {
    case 'accepted':
      return { state: 'accepted', detail: 'Accepted by a reviewer.' };
    case 'rejected':
      return {
        state: 'rejected',
        // The reviewer's reason usually ends with its own full stop.
        detail: `Not accepted: ${doc.reviewReason?.trim().replace(/[.!]+$/, '') || 'no reason given'}. Upload a corrected copy in step 4.`,
      };
    default:
      return { state: 'provided', detail: 'Uploaded; a reviewer will check it.' };
  }
}

const BLOCKING: readonly RequirementState[] = ['due_now', 'rejected', 'expired'];

/** What stops the applicant from submitting, each with a stable code (a requirement code, or `email`,
 * `business_details`, `categories`, `channels`); empty when they may submit. */
export function submitBlockerItems(input: {
  checklist: readonly ChecklistItem[];
  missingBusinessFields: readonly string[];
  categories: readonly string[];
  channels: readonly string[];
  emailVerified: boolean;
}): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  if (!input.emailVerified) out.push({ code: 'email', message: 'Confirm your e-mail address (we sent you a link).' });
  if (input.missingBusinessFields.length)
    out.push({
      code: 'business_details',
      message: `Step 1: fill in ${input.missingBusinessFields.join(', ')}.`,
    });
  if (!input.categories.length)
    out.push({ code: 'categories', message: 'Step 2: choose at least one product category.' });
  if (!input.channels.length) out.push({ code: 'channels', message: 'Step 2: choose at least one sales channel.' });
  for (const item of input.checklist) {
    if (!item.optional && BLOCKING.includes(item.state))
      out.push({ code: item.code, message: `${item.title}: ${item.detail}` });
  }
  return out;
}

/** What stops the applicant from submitting; empty when they may submit. */
export function submitBlockers(input: Parameters<typeof submitBlockerItems>[0]): string[] {
  return submitBlockerItems(input).map((b) => b.message);
}

/** Required items a reviewer has not accepted yet; approval needs them all, or an override reason. */
export function approvalBlockers(checklist: readonly ChecklistItem[]): ChecklistItem[] {
  return checklist.filter((i) => !i.optional && i.state !== 'accepted');
}
