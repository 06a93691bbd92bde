'use server';

import { redirect } from 'next/navigation';
import { importListings } from '@/db/mutations/listings';
import { requireBusiness } from '@/lib/auth/guards';
import { validateListingCsv, type CsvIssue } from '@/lib/domain/listing-csv';
import { DomainError } from '@/lib/errors';

export interface ImportState {
  status: 'idle' | 'preview' | 'error';
  message?: string;
  csv?: string;
  fileName?: string;
  totalRows?: number;
  validRows?: number[];
  issues?: CsvIssue[];
}

const MAX_BYTES = 2 * 1024 * 1024;

/** Step 1: validate the file and show the report. Nothing is written. */
export async function previewImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  await requireBusiness();
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0)
    return { status: 'error', message: 'File is required: choose a CSV file made from the template.' };
  if (file.size > MAX_BYTES) return { status: 'error', message: 'File must be at most 2 MB.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'error', message: 'File must be a UTF-8 CSV (save it as “CSV UTF-8” from your spreadsheet app).' };
  }
  if (/\u0000/.test(text))
    return { status: 'error', message: 'File must be a CSV text file, not a spreadsheet or other binary file.' };
  const report = validateListingCsv(text);
  return {
    status: 'preview',
    csv: text,
    fileName: file.name,
    totalRows: report.totalRows,
    validRows: report.valid.map((v) => v.row),
    issues: report.issues,
  };
}

/** Step 2: re-validates the same text on the server and imports in one transaction. */
export async function confirmImportAction(prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireBusiness();
  const csv = String(formData.get('csv') ?? '');
  const onlyValid = formData.get('mode') === 'valid';
  const report = validateListingCsv(csv);
  if (report.valid.length === 0) return { ...prev, status: 'error', message: 'There are no valid rows to import.' };
  if (report.issues.length && !onlyValid)
    return {
      ...prev,
      status: 'error',
      message: 'Some rows have problems. Fix the file, or choose to import only the valid rows.',
    };
  try {
    await importListings(
      actor,
      report.valid.map((v) => v.input),
    );
  } catch (e) {
    if (e instanceof DomainError) return { ...prev, status: 'error', message: e.message };
    throw e;
  }
  redirect(`/products?imported=${report.valid.length}`);
}
