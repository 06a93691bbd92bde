import { LISTING_CATEGORY_FIELDS, type CategoryCode, type ChannelCode } from '@/lib/rules';

/** Everything a seller writes about a listing; the approved copy of it is what the storefront shows. */
export interface ListingContent {
  category: CategoryCode;
  hs6: string;
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
  /** The English text the Chinese was last written against; when the English moves on, the Chinese "needs update". */
  zhBasedOn: { titleEn: string; descriptionEn: string } | null;
  unit: string;
  packSize: string;
  minOrder: number;
  weightKg: number;
  originState: string;
  channels: ChannelCode[];
  attributes: Record<string, string | number | boolean>;
  photoIds: string[];
}

/** Fields that change what the product is, its claims or its Chinese text: edits to a live listing need review. */
const REVIEWED_TOP = [
  'category',
  'hs6',
  'titleEn',
  'titleZh',
  'descriptionEn',
  'descriptionZh',
  'unit',
  'packSize',
  'minOrder',
  'weightKg',
  'originState',
  'channels',
  'photoIds',
] as const;

export const FIELD_LABELS: Record<string, string> = {
  category: 'Category',
  hs6: 'HS code',
  titleEn: 'Title (English)',
  titleZh: 'Title (Chinese)',
  descriptionEn: 'Description (English)',
  descriptionZh: 'Description (Chinese)',
  unit: 'Unit',
  packSize: 'Pack size',
  minOrder: 'Minimum order',
  weightKg: 'Weight (kg)',
  originState: 'State of origin',
  channels: 'Channels',
  photoIds: 'Photos',
};

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

const show = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '—' : Array.isArray(v) ? v.join(', ') : String(v);

/** Field-by-field difference between the live version and a proposed one, for the reviewer. */
export function diffContent(before: ListingContent | null, after: ListingContent): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of REVIEWED_TOP) {
    const a = before ? show(before[f]) : '—';
    const b = show(after[f]);
    if (a !== b) out.push({ field: f, label: FIELD_LABELS[f]!, before: a, after: b });
  }
  const defs = LISTING_CATEGORY_FIELDS[after.category] ?? [];
  for (const d of defs) {
    const a = before ? show(before.attributes[d.key]) : '—';
    const b = show(after.attributes[d.key]);
    if (a !== b) out.push({ field: `attributes.${d.key}`, label: d.label, before: a, after: b });
  }
  return out;
}

/** Whether the Chinese text was written against an older English text. */
export function chineseNeedsUpdate(
  c: Pick<ListingContent, 'titleEn' | 'descriptionEn' | 'titleZh' | 'zhBasedOn'>,
): boolean {
  if (!c.titleZh) return false;
  return !c.zhBasedOn || c.zhBasedOn.titleEn !== c.titleEn || c.zhBasedOn.descriptionEn !== c.descriptionEn;
}

/** What a submitted listing still lacks; Chinese text is required before a China channel can be reviewed. */
export function submitListingBlockers(c: ListingContent): string[] {
  const out: string[] = [];
  if (!c.titleZh.trim()) out.push('Title (Chinese) is required before a listing for a China channel can be submitted.');
  if (!c.descriptionZh.trim())
    out.push('Description (Chinese) is required before a listing for a China channel can be submitted.');
  if (chineseNeedsUpdate(c))
    out.push(
      'The Chinese text needs an update: the English changed after it was written. Update it, or confirm it still matches.',
    );
  if (!c.channels.length) out.push('Choose at least one channel.');
  return out;
}
