// Follow-up reminders as an .ics file: the one reminder format every phone's calendar opens.
// Re-importing updates rather than duplicates: UIDs come from the contact, and SEQUENCE grows
// with the export time, so a newer export always wins in calendars that compare it.

import { isSaneTime } from '../caps';
import { escapeText as esc, foldLine, joinCrlf } from '../text/content-lines';

/** One follow-up to put in the calendar. */
export interface FollowUpItem {
  /** Stable per follow-up, e.g. the contact id. */
  uid: string;
  summary: string;
  description: string;
  /** Epoch ms; for a date-only item, any moment of that local day. */
  at: number;
  hasTime: boolean;
  /** Written only if it is an http(s) URL. */
  url?: string;
}

/** Options for `writeIcs`. */
export interface IcsOptions {
  /** The export moment (epoch ms), for DTSTAMP and SEQUENCE. */
  now: number;
  prodId?: string;
  /** Alarm lead time for timed items; date-only items alarm at 09:00 on the day. Default 0. */
  alarmMinutesBefore?: number;
  kind?: 'VEVENT' | 'VTODO';
  calendarName?: string;
  /** IANA zone whose calendar date a date-only item falls on; default: the runtime's zone. */
  timeZone?: string;
}

/** The domain every UID is scoped to, so ours never collide with another app's. */
export const UID_DOMAIN = 'meishi.app';
const DEFAULT_PRODID = '-//Meishi//Meishi follow-ups//EN';
// A timed follow-up shows as a short slot rather than a zero-length event some calendars hide.
const TIMED_LENGTH_MS = 15 * 60_000;
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * A VCALENDAR with one VEVENT (or VTODO) per item, each with a display alarm. Items whose
 * `at` is not a valid time are skipped. CRLF line ends, lines folded at 75 octets.
 */
export function writeIcs(items: readonly FollowUpItem[], options: IcsOptions): string {
  const kind = options.kind ?? 'VEVENT';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${esc(options.prodId?.trim() || DEFAULT_PRODID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const calendarName = options.calendarName?.trim();
  if (calendarName) lines.push(`X-WR-CALNAME:${esc(calendarName)}`);
  const context: Context = {
    kind,
    stamp: utcDateTime(options.now),
    // Whole minutes since 2024: grows with every export yet fits the 32-bit INTEGER for millennia.
    sequence: Math.max(0, Math.floor((options.now - SEQUENCE_EPOCH) / 60_000)),
    alarmMinutes: wholeMinutes(options.alarmMinutesBefore),
    localDate: makeLocalDate(options.timeZone),
  };
  for (const item of items) if (isSaneTime(item.at)) componentLines(lines, item, context);
  lines.push('END:VCALENDAR');
  return joinCrlf(lines.map((line) => foldLine(line)));
}

interface Context {
  kind: 'VEVENT' | 'VTODO';
  stamp: string;
  sequence: number;
  alarmMinutes: number;
  localDate: (ms: number) => Ymd;
}

function componentLines(lines: string[], item: FollowUpItem, ctx: Context): void {
  const todo = ctx.kind === 'VTODO';
  lines.push(`BEGIN:${ctx.kind}`, `UID:${esc(item.uid)}@${UID_DOMAIN}`, `DTSTAMP:${ctx.stamp}`, `SEQUENCE:${ctx.sequence}`);
  if (item.hasTime) {
    if (todo) lines.push(`DUE:${utcDateTime(item.at)}`);
    else lines.push(`DTSTART:${utcDateTime(item.at)}`, `DTEND:${utcDateTime(item.at + TIMED_LENGTH_MS)}`);
  } else {
    const day = ctx.localDate(item.at);
    if (todo) lines.push(`DUE;VALUE=DATE:${basicDate(day)}`);
    else lines.push(`DTSTART;VALUE=DATE:${basicDate(day)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(day))}`);
  }
  // A reminder should not mark the user busy.
  lines.push(todo ? 'STATUS:NEEDS-ACTION' : 'TRANSP:TRANSPARENT');
  const summary = item.summary.trim();
  const description = item.description.trim();
  if (summary) lines.push(`SUMMARY:${esc(summary)}`);
  if (description) lines.push(`DESCRIPTION:${esc(description)}`);
  const url = item.url ? webUrl(item.url) : null;
  if (url) lines.push(`URL:${url}`);
  // A to-do has no start, so its alarm is relative to DUE (RELATED=END). A date-only item
  // starts at local midnight: +9 h alarms at 09:00 that day instead of at night.
  const related = todo ? 'END' : 'START';
  const trigger = !item.hasTime ? 'PT9H' : ctx.alarmMinutes === 0 ? 'PT0M' : `-PT${ctx.alarmMinutes}M`;
  lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${esc(summary || description || 'Follow up')}`);
  lines.push(`TRIGGER;RELATED=${related}:${trigger}`, 'END:VALARM', `END:${ctx.kind}`);
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** A function giving the calendar date of a moment in `timeZone` (Intl; one formatter per export). */
function makeLocalDate(timeZone: string | undefined): (ms: number) => Ymd {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric' });
  return (ms) => {
    const parts = format.formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return { year: get('year'), month: get('month'), day: get('day') };
  };
}

function nextDay({ year, month, day }: Ymd): Ymd {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 20261125 */
function basicDate({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** 20261125T010000Z */
function utcDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

function wholeMinutes(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** The URL if it is http(s) without credentials; the URL parser has already removed spaces and controls. */
function webUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}
