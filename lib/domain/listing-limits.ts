/** Lengths of a listing's texts: the server's rule and the form's counters read the same numbers. */
export const LISTING_TEXT_LIMITS = {
  titleEn: 120,
  // Storefront titles in Chinese are short by convention (Tmall Global truncates long ones in lists).
  titleZh: 60,
  descriptionEn: 4000,
  descriptionZh: 2000,
  packSize: 60,
} as const;
