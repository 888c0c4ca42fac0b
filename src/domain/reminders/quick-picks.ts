// Setting a follow-up in one tap, and the round trip to the date and time inputs of the form.
// Everything is in local time: a follow-up "tomorrow" is tomorrow where the user is.

import { isSaneTime } from '../caps';

/** The one-tap follow-up choices, in the order the UI shows them. */
export const QUICK_PICKS = ['tomorrow', 'in-3-days', 'next-week'] as const;
/** A one-tap follow-up choice. */
export type QuickPick = (typeof QUICK_PICKS)[number];

/** A follow-up moment as stored on a contact (`followUpAt`, `followUpHasTime`). */
export interface FollowUpValue {
  at: number;
  hasTime: boolean;
}

// "Next week" is the same weekday a week on, not next Monday: it reads the same on any day.
const PICK_DAYS: Readonly<Record<QuickPick, number>> = { tomorrow: 1, 'in-3-days': 3, 'next-week': 7 };

/** A date-only follow-up (local midnight) 1, 3 or 7 calendar days after the local date of `now`. */
export function followUpFromPick(pick: QuickPick, now: number): { at: number; hasTime: false } {
  const d = new Date(now);
  // Calendar days, not 24-hour spans, so a DST change cannot land it on the wrong day;
  // setDate rolls over month and year ends.
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + PICK_DAYS[pick]);
  d.setHours(0, 0, 0, 0);
  return { at: d.getTime(), hasTime: false };
}

/**
 * A follow-up from `<input type=date>` (YYYY-MM-DD) and `<input type=time>` (HH:MM, optional
 * :SS, or '' for date-only), in local time; null if the date or the time is not valid.
 */
export function followUpFromInput(date: string, time: string): FollowUpValue | null {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!ymd) return null;
  const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const trimmedTime = time.trim();
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (trimmedTime) {
    const hm = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(trimmedTime);
    if (!hm) return null;
    [hours, minutes, seconds] = [Number(hm[1]), Number(hm[2]), Number(hm[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
  }
  const d = new Date(2000, 0, 1);
  // setFullYear, because the Date constructor maps years 0–99 to 1900–1999.
  d.setFullYear(year, month - 1, day);
  // A time inside a DST gap is not refused: Date moves it on by the gap.
  d.setHours(hours, minutes, seconds, 0);
  // A date input accepts the year 275760; the app keeps only times it can show and export.
  if (!isSaneTime(d.getTime())) return null;
  return { at: d.getTime(), hasTime: trimmedTime !== '' };
}

/** The local date of `at` as an `<input type=date>` value (YYYY-MM-DD), or '' if `at` is not a valid time. */
export function toDateInput(at: number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local time of `at` as an `<input type=time>` value (HH:MM), or '' if `at` is not a valid time. */
export function toTimeInput(at: number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
