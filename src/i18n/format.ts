import { locale } from './i18n';

// Intl formatters are costly to build (a list of 10,000 people formats thousands of dates): keep
// one per locale and style.
const STYLES = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

// Stored times are checked where they enter, but a screen must never go blank over one:
// anything Intl cannot print is shown as a dash.
function format(style: keyof typeof STYLES, ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '—';
  const key = `${locale()}|${style}`;
  let formatter = dateFormats.get(key);
  if (!formatter) dateFormats.set(key, (formatter = new Intl.DateTimeFormat(locale(), STYLES[style])));
  return formatter.format(ms);
}

/** A date such as "Nov 24, 2026" / "2026年11月24日". */
export function formatDate(ms: number): string {
  return format('date', ms);
}

/** A date and time such as "Nov 24, 2026, 11:59 PM" / "2026/11/24 23:59". */
export function formatDateTime(ms: number): string {
  return format('dateTime', ms);
}

/** A time of day such as "11:59 PM" / "23:59". */
export function formatTime(ms: number): string {
  return format('time', ms);
}

/** A plain number in the UI language. */
export function formatNumber(n: number): string {
  let formatter = numberFormats.get(locale());
  if (!formatter) numberFormats.set(locale(), (formatter = new Intl.NumberFormat(locale())));
  return formatter.format(n);
}

/** A size in megabytes (MiB, as browsers report storage) with at most one decimal; the unit is in the message. */
export function formatMegabytes(bytes: number): string {
  return formatNumber(Math.round((bytes / 1_048_576) * 10) / 10);
}
