/** Version of the rule data; bump the suffix on every data change, the date on a new reference. */
export const RULES_VERSION = '2026-03-18.2';

/**
 * Earliest date the rule set covers: the CBEC retail-import tax regime started 2016-04-08
 * (Cai Guan Shui [2016] No.18) [S9]. Used as `effectiveFrom` where a source gives no start date.
 */
export const RULES_COVER_FROM = '2016-04-08';

/**
 * Compile date of the reference (latest dated source). Facts taken from undated tariff databases
 * are only known to be in force from this date.
 */
export const RULES_AS_OF = '2026-03-18';
