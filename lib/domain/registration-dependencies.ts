import { requirementsForApplication, type CategoryCode, type ChannelCode } from './export-rules';

/**
 * Which registrations (GACC producer registration, TTB basic permit, orchard/packhouse approval…) a
 * product of this category needs on these channels on `date`, from the same dated rules the onboarding
 * checklist uses. A listing or shipment "depends on" a registration when its code is in this set, so
 * an expired registration flags exactly those (issue 6, "Expiry and reminders").
 */
export function registrationsNeeded(input: {
  categories: readonly CategoryCode[];
  channels: readonly ChannelCode[];
  date?: string;
}): Set<string> {
  if (!input.categories.length || !input.channels.length) return new Set();
  return new Set(
    requirementsForApplication(input)
      .filter((r) => r.kind === 'registration' && !r.optional)
      .map((r) => r.code),
  );
}

export interface ExpiredRegistration {
  code: string;
  number: string;
  expiresOn: string;
}

export interface Dependent {
  id: string;
  label: string;
  categories: readonly CategoryCode[];
  channels: readonly ChannelCode[];
}

/** For each expired registration, the items (listings or shipments) that need it. */
export function dependentsOf<T extends Dependent>(
  expired: readonly ExpiredRegistration[],
  items: readonly T[],
  date?: string,
): Map<string, T[]> {
  const out = new Map<string, T[]>(expired.map((r) => [r.code, []]));
  if (!expired.length) return out;
  for (const item of items) {
    const needed = registrationsNeeded({ categories: item.categories, channels: item.channels, date });
    for (const r of expired) if (needed.has(r.code)) out.get(r.code)!.push(item);
  }
  return out;
}
