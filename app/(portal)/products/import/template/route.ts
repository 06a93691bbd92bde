import { route } from '@/lib/auth/route';
import { csvTemplate } from '@/lib/domain/listing-csv';

/** The CSV template with one example row (UTF-8 with BOM so spreadsheet apps keep the Chinese text). */
export const GET = route(
  { access: 'business' },
  () =>
    new Response(`\uFEFF${csvTemplate()}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="heartland-listings-template.csv"',
      },
    }),
);
