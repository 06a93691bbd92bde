import { z } from 'zod';
import { CATEGORY_CODES, CHANNEL_CODES, RULES_COVER_FROM, US_STATES } from '@/lib/rules';
import { RULE_CHANGE_KINDS, type ChangeProvenance, type RuleChange } from '@/lib/domain/rule-changes';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);
const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(max, `${label} must be at most ${max} characters.`).optional(),
  );
const hs6 = z
  .string({ error: 'HS code is required.' })
  .trim()
  .transform((v) => v.replace(/[.\s]/g, ''))
  .refine((v) => /^\d{6}$/.test(v), 'HS code must have 6 digits, e.g. 0809.29.');
const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), `${label} must be a real date.`)
    .refine((v) => v >= RULES_COVER_FROM, `${label} must be on or after ${RULES_COVER_FROM}.`);
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

const kindSchemas = {
  add_product: z.object({
    kind: z.literal('add_product'),
    hs6,
    en: text('English name', 200),
    zh: text('Chinese name', 100).refine((v) => /[\u4e00-\u9fff]/.test(v), 'Chinese name must be in Chinese.'),
    keywords: optionalText('Keywords', 300).transform((v) =>
      (v ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  }),
  fruit_access_state: z.object({
    kind: z.literal('fruit_access_state'),
    hs6,
    state: z
      .string({ error: 'State is required.' })
      .trim()
      .toUpperCase()
      .refine((s) => Object.hasOwn(US_STATES, s), 'State must be a US state code such as MI.'),
    treatment: checkbox,
  }),
  mfn_rate: z.object({
    kind: z.literal('mfn_rate'),
    hs6,
    ratePercent: z
      .string({ error: 'Rate is required.' })
      .trim()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, 'Rate must be a percentage with at most 2 decimals, e.g. 12.5.')
      .refine((v) => Number(v) <= 100, 'Rate must be at most 100%.'),
  }),
  cbec_listing: z.object({
    kind: z.literal('cbec_listing'),
    hs6,
    status: z.enum(['listed', 'not_listed'], 'Status must be listed or not listed.'),
    bondedOnly: checkbox,
  }),
  add_requirement: z.object({
    kind: z.literal('add_requirement'),
    code: z
      .string({ error: 'Code is required.' })
      .trim()
      .regex(
        /^[a-z][a-z0-9_]{2,39}$/,
        'Code must be 3–40 lower-case letters, digits or _, e.g. fumigation_certificate.',
      ),
    title: text('Title', 300),
    providedBy: z.enum(['seller', 'importer', 'platform', 'carrier'], 'Provided by must come from the list.'),
    categories: z.array(z.enum(CATEGORY_CODES as [string, ...string[]], 'Categories must come from the list.')),
    channels: z.array(z.enum(CHANNEL_CODES as [string, ...string[]], 'Channels must come from the list.')),
  }),
} as const;

const provenanceSchema = z
  .object({
    effectiveFrom: isoDate('Effective date'),
    rationale: text('Why', 1000),
    sourceId: optionalText('Source id', 20),
    sourceTitle: optionalText('New source title', 300),
    sourceUrl: optionalText('New source address', 500),
    sourceKind: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['primary', 'secondary'], 'Kind of source must be primary or secondary.').optional(),
    ),
    sourceDate: optionalText('New source date', 20),
  })
  .superRefine((v, ctx) => {
    const newSource = v.sourceTitle || v.sourceUrl;
    if (!v.sourceId && !newSource)
      ctx.addIssue({
        code: 'custom',
        path: ['sourceId'],
        message: 'Source: give a source id on record, or a new source.',
      });
    if (v.sourceId && newSource)
      ctx.addIssue({
        code: 'custom',
        path: ['sourceId'],
        message: 'Source: give either a source id or a new source, not both.',
      });
    if (newSource) {
      if (!v.sourceTitle)
        ctx.addIssue({ code: 'custom', path: ['sourceTitle'], message: 'New source title is required.' });
      if (!v.sourceUrl || !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(v.sourceUrl))
        ctx.addIssue({
          code: 'custom',
          path: ['sourceUrl'],
          message: 'New source address must be a web address (https://…).',
        });
      if (!v.sourceKind)
        ctx.addIssue({
          code: 'custom',
          path: ['sourceKind'],
          message: 'Kind of source: say whether it is primary or secondary.',
        });
    }
  });

export type RuleChangeProposal = { change: RuleChange; provenance: ChangeProvenance; rationale: string };

/** A proposal from the rules form: the change of its kind, its source and effective date, and why. */
export function parseRuleChangeForm(
  raw: Record<string, unknown>,
): { ok: true; data: RuleChangeProposal } | { ok: false; error: z.ZodError } {
  const kind = z.enum(RULE_CHANGE_KINDS, 'Kind of change must come from the list.').safeParse(raw.kind);
  if (!kind.success) return { ok: false, error: kind.error };
  const body = kindSchemas[kind.data].safeParse(raw);
  const prov = provenanceSchema.safeParse(raw);
  if (!body.success || !prov.success) {
    const issues = [...(body.success ? [] : body.error.issues), ...(prov.success ? [] : prov.error.issues)];
    return { ok: false, error: new z.ZodError(issues) };
  }
  const b = body.data;
  const change: RuleChange =
    b.kind === 'mfn_rate'
      ? {
          kind: 'mfn_rate',
          hs6: b.hs6,
          rate: (Number(b.ratePercent) / 100).toFixed(4).replace(/0+$/, '').replace(/\.$/, ''),
        }
      : (b as RuleChange);
  const p = prov.data;
  const provenance: ChangeProvenance = {
    effectiveFrom: p.effectiveFrom,
    ...(p.sourceId
      ? { sourceId: p.sourceId }
      : {
          newSource: {
            title: p.sourceTitle!,
            url: p.sourceUrl!,
            kind: p.sourceKind!,
            date: p.sourceDate ?? null,
          },
        }),
  };
  return { ok: true, data: { change, provenance, rationale: p.rationale } };
}

export const ruleDecisionSchema = z.object({
  id: z.uuid('Change id must be a UUID.'),
  decision: z.enum(['approve', 'reject'], 'Decision must be approve or reject.'),
  note: z.string().trim().max(1000, 'Note must be at most 1000 characters.').default(''),
});

/** The proposal form as the server action reads it: categories and channels are lists, the rest single values. */
export function readRuleChangeForm(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = key === 'categories' || key === 'channels' ? all : all[0];
  }
  return out;
}

/** The proposal form's input (read with readRuleChangeForm): the change of its kind, its source and date, and why. */
export const ruleChangeInputSchema = z.unknown().transform((raw, ctx): RuleChangeProposal => {
  const parsed = parseRuleChangeForm((raw ?? {}) as Record<string, unknown>);
  if (parsed.ok) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const ruleChangeIdInputSchema = z.object({ id: z.uuid('Change id must be a UUID.') });
