import { CATEGORIES, CHANNELS } from '@/lib/domain/export-rules';
import { LISTING_CATEGORY_FIELDS, LISTING_UNITS, type CategoryCode } from '@/lib/rules';
import { LISTING_EXAMPLES } from '@/lib/rules/listing-examples';
import { STATE_OPTIONS } from '@/lib/validation/application';

/** The options every listing form shows, from the rules data. */
export function listingFormOptions(category: CategoryCode) {
  return {
    category,
    categoryLabel: CATEGORIES.find((c) => c.code === category)?.label ?? category,
    fields: LISTING_CATEGORY_FIELDS[category],
    example: { hs: LISTING_EXAMPLES[category].hs, packSize: LISTING_EXAMPLES[category].packSize },
    units: LISTING_UNITS,
    states: STATE_OPTIONS,
    channels: CHANNELS.map((c) => ({ value: c.code, label: c.label })),
  };
}
