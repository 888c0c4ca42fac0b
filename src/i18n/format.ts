import { locale } from './i18n';

// Intl formatters are costly to build; keep one per locale and style.
const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), options);
    cache.set(key, format);
  }
  return format;
}

// Stored times are checked where they enter, but a screen must never go blank over one:
// anything Intl cannot print is shown as a dash.
function format(options: Intl.DateTimeFormatOptions, ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '—';
  return dateTimeFormat(options).format(ms);
}

/** A date such as "Nov 24, 2026" / "2026年11月24日". */
export function formatDate(ms: number): string {
  return format({ dateStyle: 'medium' }, ms);
}

/** A date and time such as "Nov 24, 2026, 11:59 PM" / "2026/11/24 23:59". */
export function formatDateTime(ms: number): string {
  return format({ dateStyle: 'medium', timeStyle: 'short' }, ms);
}

/** A time of day such as "11:59 PM" / "23:59". */
export function formatTime(ms: number): string {
  return format({ timeStyle: 'short' }, ms);
}

/** A plain number in the UI language. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

/** A size in megabytes (MiB, as browsers report storage) with at most one decimal; the unit is in the message. */
export function formatMegabytes(bytes: number): string {
  return formatNumber(Math.round((bytes / 1_048_576) * 10) / 10);
}
