// One formatter per kind: building an Intl formatter on every call is slow.
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export const fmtInt = (n: number) => integer.format(n);
export const fmtDecimal = (n: number) => decimal.format(n);
export const fmtPercent = (x: number | null) => (x === null ? '—' : percent.format(x));
export const fmtUsd = (cents: number) => usd.format(cents / 100);
/** "May 4" for an ISO day. */
export const fmtDay = (iso: string) => shortDate.format(new Date(`${iso}T00:00:00Z`));
export const fmtLongDay = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));
export const fmtDateTime = (iso: string) => `${dateTime.format(new Date(iso))} UTC`;
