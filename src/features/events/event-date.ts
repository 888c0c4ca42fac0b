import { formatDate } from '../../i18n/format';

/** An event's YYYY-MM-DD date in the UI language (read as a local date, not UTC). */
export function formatEventDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return formatDate(new Date(y, m - 1, d).getTime());
}
