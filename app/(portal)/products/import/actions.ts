'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { importListings } from '@/db/mutations/listings';
import { action } from '@/lib/auth/action';
import { getRules } from '@/lib/rules-cache';
import { validateListingCsv, type CsvIssue } from '@/lib/domain/listing-csv';
import { DomainError } from '@/lib/errors';
import { csvConfirmInputSchema, csvFileInputSchema } from '@/lib/validation/listing-import';

export interface ImportState {
  status: 'idle' | 'preview' | 'error';
  message?: string;
  csv?: string;
  fileName?: string;
  totalRows?: number;
  validRows?: number[];
  issues?: CsvIssue[];
}

const firstIssue = (error: z.ZodError, _formData: FormData, previous: ImportState): ImportState => ({
  ...previous,
  status: 'error',
  message: error.issues[0]?.message ?? 'The import form is invalid.',
});

/** Step 1: validate the file and show the report. Nothing is written. */
export const previewImportAction = action<'listings:write', typeof csvFileInputSchema, ImportState>(
  {
    access: 'listings:write',
    input: csvFileInputSchema,
    invalid: (error, formData) => firstIssue(error, formData, { status: 'idle' }),
  },
  async ({ input: { file } }) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return {
        status: 'error',
        message: 'File must be a UTF-8 CSV (save it as “CSV UTF-8” from your spreadsheet app).',
      };
    }
    if (/\u0000/.test(text))
      return { status: 'error', message: 'File must be a CSV text file, not a spreadsheet or other binary file.' };
    const rules = await getRules();
    const report = validateListingCsv(text, (hs6) => rules.getProduct(hs6) !== null);
    // A refusal of the whole file (unreadable, too many rows or columns) is said once, and the text is not
    // sent back to the page for a confirm step that cannot follow.
    const refused = report.issues.find((i) => i.row === 0);
    if (refused) return { status: 'error', message: refused.message };
    return {
      status: 'preview',
      csv: text,
      fileName: file.name,
      totalRows: report.totalRows,
      validRows: report.valid.map((v) => v.row),
      issues: report.issues,
    };
  },
);

/** Step 2: re-validates the same text on the server and imports in one transaction. */
export const confirmImportAction = action<'listings:write', typeof csvConfirmInputSchema, ImportState>(
  { access: 'listings:write', input: csvConfirmInputSchema, invalid: firstIssue },
  async ({ actor, input: { csv, mode }, previous }) => {
    const rules = await getRules();
    const report = validateListingCsv(csv, (hs6) => rules.getProduct(hs6) !== null);
    if (report.valid.length === 0)
      return { ...previous, status: 'error', message: 'There are no valid rows to import.' };
    if (report.issues.length && mode !== 'valid')
      return {
        ...previous,
        status: 'error',
        message: 'Some rows have problems. Fix the file, or choose to import only the valid rows.',
      };
    try {
      await importListings(
        actor,
        report.valid.map((v) => v.input),
      );
    } catch (e) {
      if (e instanceof DomainError) return { ...previous, status: 'error', message: e.message };
      throw e;
    }
    redirect(`/products?imported=${report.valid.length}`);
  },
);
