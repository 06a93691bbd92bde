import { getMyApplication } from '@/db/queries/applications';
import { route } from '@/lib/auth/route';
import { csvTemplate } from '@/lib/domain/listing-csv';
import type { CategoryCode } from '@/lib/rules';

/**
 * The CSV template with an example row for each category the business applied for (UTF-8 with BOM so
 * spreadsheet apps keep the Chinese text).
 */
export const GET = route({ access: 'business' }, async ({ actor }) => {
  const categories = ((await getMyApplication(actor))?.application.categories ?? []) as CategoryCode[];
  return new Response(`\uFEFF${csvTemplate(categories)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="heartland-listings-template.csv"',
    },
  });
});
