import { LISTING_CATEGORY_FIELDS, CATEGORY_CODES, type CategoryCode } from '@/lib/rules';
import { LISTING_EXAMPLES } from '@/lib/rules/listing-examples';
import { listingInputSchema, type ListingInput } from '@/lib/validation/listing';
import { SEED_EXPORT_RULES } from './export-rules';

// Bulk import: a fixed template, RFC 4180 parsing, and a row-by-row report (row, column, message).
const BASE_COLUMNS = [
  'category',
  'hs_code',
  'title_en',
  'title_zh',
  'description_en',
  'description_zh',
  'price_usd',
  'unit',
  'pack_size',
  'min_order',
  'stock',
  'weight_kg',
  'origin_state',
  'channels',
] as const;
const ATTR_KEYS = [...new Set(Object.values(LISTING_CATEGORY_FIELDS).flatMap((fs) => fs.map((f) => f.key)))];
export const CSV_COLUMNS = [...BASE_COLUMNS, ...ATTR_KEYS.map((k) => `attr_${k}`)];
export const MAX_CSV_ROWS = 1000;
/** The template has fewer; room for a few extra columns of the user's own, never thousands. */
export const MAX_CSV_COLUMNS = 100;
/** Both import steps refuse a larger text: the preview's file and the confirmed copy it sends back. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

const FIELD_TO_COLUMN: Record<string, string> = {
  category: 'category',
  hs: 'hs_code',
  titleEn: 'title_en',
  titleZh: 'title_zh',
  descriptionEn: 'description_en',
  descriptionZh: 'description_zh',
  priceUsd: 'price_usd',
  unit: 'unit',
  packSize: 'pack_size',
  minOrder: 'min_order',
  stock: 'stock',
  weightKg: 'weight_kg',
  originState: 'origin_state',
  channels: 'channels',
};

/**
 * The template with one example row per category the business sells that has an example (an apparel
 * maker sees a T-shirt, a winery a Riesling); every example when none of them has one.
 */
export function csvTemplate(categories: readonly CategoryCode[] = []): string {
  const withRow = CATEGORY_CODES.filter((c) => LISTING_EXAMPLES[c].row);
  const chosen = withRow.filter((c) => categories.includes(c));
  const rows = (chosen.length ? chosen : withRow).map((c) => {
    const { base, attributes } = LISTING_EXAMPLES[c].row!;
    return [...BASE_COLUMNS.map((k) => base[k] ?? ''), ...ATTR_KEYS.map((k) => attributes[k] ?? '')];
  });
  return `${[CSV_COLUMNS, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

function quote(v: string) {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * RFC 4180: quoted fields, doubled quotes, CRLF or LF. Throws on an unterminated quote, and as soon as a
 * row has more than `maxColumns` fields (a file of commas would otherwise become one enormous row).
 */
export function parseCsv(text: string, maxColumns = MAX_CSV_COLUMNS): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
      if (row.length >= maxColumns)
        throw new Error(
          `Row ${rows.length + 1} has more than ${maxColumns} columns; the template has ${CSV_COLUMNS.length}. Use the template.`,
        );
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('The file ends inside a quoted field: a closing " is missing.');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export interface CsvIssue {
  row: number;
  column: string;
  message: string;
}

export interface CsvReport {
  valid: { row: number; input: ListingInput }[];
  issues: CsvIssue[];
  totalRows: number;
}

/** Validates every row with the same schema as the form; `row` counts the header as row 1. */
export function validateListingCsv(
  text: string,
  isKnownProduct: (hs6: string) => boolean = (hs6) => SEED_EXPORT_RULES.getProduct(hs6) !== null,
): CsvReport {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (e) {
    return { valid: [], issues: [{ row: 0, column: '—', message: (e as Error).message }], totalRows: 0 };
  }
  const [header, ...data] = rows;
  if (!header)
    return {
      valid: [],
      issues: [{ row: 1, column: '—', message: 'The file is empty: download the template and fill it in.' }],
      totalRows: 0,
    };
  // Each column's position, found once (a lookup per cell would scan the header on every row).
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    if (!index.has(name)) index.set(name, i);
  });
  const missing = BASE_COLUMNS.filter((c) => !index.has(c));
  if (missing.length)
    return {
      valid: [],
      issues: [
        {
          row: 1,
          column: missing.join(', '),
          message: `The header is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Use the template.`,
        },
      ],
      totalRows: data.length,
    };
  if (data.length > MAX_CSV_ROWS)
    return {
      valid: [],
      issues: [
        {
          row: 0,
          column: '—',
          message: `At most ${MAX_CSV_ROWS} rows per file; this one has ${data.length}. Split it.`,
        },
      ],
      totalRows: data.length,
    };
  const valid: CsvReport['valid'] = [];
  const issues: CsvIssue[] = [];
  // One schema per category, built once per file (building one costs more than checking a row).
  const schemas = new Map<CategoryCode, ReturnType<typeof listingInputSchema>>();
  data.forEach((cells, i) => {
    const rowNo = i + 2;
    const get = (col: string) => {
      const at = index.get(col.toLowerCase());
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const category = get('category') as CategoryCode;
    if (!CATEGORY_CODES.includes(category)) {
      issues.push({ row: rowNo, column: 'category', message: `Category must be one of ${CATEGORY_CODES.join(', ')}.` });
      return;
    }
    const attributes = Object.fromEntries(LISTING_CATEGORY_FIELDS[category].map((f) => [f.key, get(`attr_${f.key}`)]));
    const raw = {
      category,
      hs: get('hs_code'),
      titleEn: get('title_en'),
      titleZh: get('title_zh'),
      descriptionEn: get('description_en'),
      descriptionZh: get('description_zh'),
      priceUsd: get('price_usd'),
      unit: get('unit'),
      packSize: get('pack_size'),
      minOrder: get('min_order'),
      stock: get('stock'),
      weightKg: get('weight_kg'),
      originState: get('origin_state'),
      channels: get('channels')
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean),
      attributes,
    };
    let schema = schemas.get(category);
    if (!schema) schemas.set(category, (schema = listingInputSchema(category, isKnownProduct)));
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push({ row: rowNo, input: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        const [head, sub] = issue.path.map(String);
        const column = head === 'attributes' ? `attr_${sub}` : (FIELD_TO_COLUMN[head ?? ''] ?? head ?? '—');
        issues.push({ row: rowNo, column, message: issue.message });
      }
    }
  });
  return { valid, issues, totalRows: data.length };
}
