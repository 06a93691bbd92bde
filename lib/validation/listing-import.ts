import { z } from 'zod';
import { MAX_CSV_BYTES } from '@/lib/domain/listing-csv';

const mb = (MAX_CSV_BYTES / 1024 / 1024).toFixed(0);

/** Step 1 of the CSV import: the uploaded file. */
export const csvFileInputSchema = z.object({
  file: z
    .instanceof(File, { message: 'File is required: choose a CSV file made from the template.' })
    .refine((f) => f.size > 0, 'File is required: choose a CSV file made from the template.')
    .refine((f) => f.size <= MAX_CSV_BYTES, `File must be at most ${mb} MB.`),
});

/** Step 2: the previewed text comes back from the page, so it is bounded again (in UTF-8 bytes). */
export const csvConfirmInputSchema = z.object({
  csv: z
    .string({ error: 'The file to import is missing; choose it again.' })
    .min(1, 'The file to import is missing; choose it again.')
    .refine((s) => new TextEncoder().encode(s).length <= MAX_CSV_BYTES, `File must be at most ${mb} MB.`),
  mode: z.enum(['all', 'valid'], 'Choose to import all rows or only the valid ones.'),
});
