import { describe, expect, it } from 'vitest';
import { expectedText, HOSTILE_TEXT } from '../../../fixtures/hostile-text';
import ICAL from 'ical.js';
import { escapeText as escapeIcsText } from '../../../../src/domain/text/content-lines';
import { writeIcs, type FollowUpItem, type IcsOptions } from '../../../../src/domain/ics/ics-write';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

const NOW = Date.UTC(2026, 10, 24, 17, 53, 0);
// 2026-11-25 10:00 in Tokyo.
const TIMED_AT = Date.UTC(2026, 10, 25, 1, 0, 0);
// 2026-11-25 00:30 in Tokyo, still 2026-11-24 in UTC.
const EARLY_AT = Date.UTC(2026, 10, 24, 15, 30, 0);

const item = (fields: Partial<FollowUpItem> = {}): FollowUpItem => ({
  uid: 'contact-1',
  summary: '山田 太郎さんにメール',
  description: '交流会で会った。Webサイトの相談。',
  at: TIMED_AT,
  hasTime: true,
  ...fields,
});
const options = (fields: Partial<IcsOptions> = {}): IcsOptions => ({ now: NOW, timeZone: 'Asia/Tokyo', ...fields });

function calendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}
function firstEvent(text: string, kind = 'vevent'): ICAL.Component {
  const component = calendar(text).getFirstSubcomponent(kind);
  expect(component).not.toBeNull();
  return component!;
}
const value = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name);
const text = (component: ICAL.Component, name: string) => String(value(component, name));
/** ical.js leaves unknown X- properties escaped; calendars unescape them as TEXT. */
const unescapeText = (raw: string) => raw.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Every physical line ends with CRLF, has no stray CR or LF and is at most 75 octets. */
function expectWellFormed(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
}

describe('writeIcs', () => {
  it('writes the calendar header and one VEVENT per item', () => {
    const ics = writeIcs([item(), item({ uid: 'contact-2' })], options({ calendarName: 'Meishi フォローアップ' }));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meishi//Meishi follow-ups//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Meishi フォローアップ\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const cal = calendar(ics);
    expect(value(cal, 'version')).toBe('2.0');
    expect(value(cal, 'x-wr-calname')).toBe('Meishi フォローアップ');
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(2);
    expectWellFormed(ics);
  });

  it('uses a given PRODID and omits an empty calendar name', () => {
    const ics = writeIcs([], options({ prodId: '-//Example//Test//EN', calendarName: ' ' }));
    expect(ics).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Test//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
  });

  it('writes a timed item in UTC with a display alarm before it', () => {
    const ics = writeIcs([item({ url: 'https://example.co.jp/profile' })], options({ alarmMinutesBefore: 30 }));
    expect(ics).toContain('\r\nDTSTART:20261125T010000Z\r\nDTEND:20261125T011500Z\r\n');
    const event = firstEvent(ics);
    expect(text(event, 'uid')).toBe('contact-1@meishi.app');
    expect(text(event, 'dtstamp')).toBe('2026-11-24T17:53:00Z');
    expect(text(event, 'dtstart')).toBe('2026-11-25T01:00:00Z');
    expect(text(event, 'summary')).toBe('山田 太郎さんにメール');
    expect(text(event, 'description')).toBe('交流会で会った。Webサイトの相談。');
    expect(text(event, 'url')).toBe('https://example.co.jp/profile');
    expect(text(event, 'transp')).toBe('TRANSPARENT');
    const alarm = event.getFirstSubcomponent('valarm')!;
    expect(text(alarm, 'action')).toBe('DISPLAY');
    expect(text(alarm, 'description')).toBe('山田 太郎さんにメール');
    expect(text(alarm, 'trigger')).toBe('-PT30M');
    expect(alarm.getFirstProperty('trigger')!.getParameter('related')).toBe('START');
  });

  it('alarms at the start by default', () => {
    const alarm = firstEvent(writeIcs([item()], options())).getFirstSubcomponent('valarm')!;
    expect((value(alarm, 'trigger') as ICAL.Duration).toSeconds()).toBe(0);
    expect(writeIcs([item()], options())).toContain('\r\nTRIGGER;RELATED=START:PT0M\r\n');
    for (const bad of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(writeIcs([item()], options({ alarmMinutesBefore: bad }))).toContain('TRIGGER;RELATED=START:PT0M');
    }
  });

  it('writes a date-only item on its local date, ending the next day, alarmed at 09:00', () => {
    const ics = writeIcs([item({ at: EARLY_AT, hasTime: false })], options({ alarmMinutesBefore: 30 }));
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261126\r\n');
    const event = firstEvent(ics);
    const start = value(event, 'dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-11-25');
    expect(text(event, 'dtend')).toBe('2026-11-26');
    const trigger = event.getFirstSubcomponent('valarm')!.getFirstProperty('trigger')!;
    expect(String(trigger.getFirstValue())).toBe('PT9H');
    expect(trigger.getParameter('related')).toBe('START');
  });

  it('takes the date in the given time zone', () => {
    expect(writeIcs([item({ at: EARLY_AT, hasTime: false })], options({ timeZone: 'UTC' }))).toContain('DTSTART;VALUE=DATE:20261124\r\n');
    expect(writeIcs([item({ at: EARLY_AT, hasTime: false })], options({ timeZone: 'America/Los_Angeles' }))).toContain('DTSTART;VALUE=DATE:20261124\r\n');
  });

  it('rolls the end date over a month and a year', () => {
    const newYearsEve = Date.UTC(2026, 11, 31, 3, 0, 0);
    expect(writeIcs([item({ at: newYearsEve, hasTime: false })], options())).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    const leapDay = Date.UTC(2028, 1, 29, 3, 0, 0);
    expect(writeIcs([item({ at: leapDay, hasTime: false })], options())).toContain('DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n');
  });

  it('defaults to the runtime time zone', () => {
    const local = new Date(EARLY_AT);
    const ymd = `${local.getFullYear()}${String(local.getMonth() + 1).padStart(2, '0')}${String(local.getDate()).padStart(2, '0')}`;
    expect(writeIcs([item({ at: EARLY_AT, hasTime: false })], { now: NOW })).toContain(`DTSTART;VALUE=DATE:${ymd}\r\n`);
  });

  it('keeps UIDs stable across exports and raises SEQUENCE with the export time', () => {
    const first = firstEvent(writeIcs([item()], options()));
    const later = firstEvent(writeIcs([item({ summary: 'changed', at: TIMED_AT + 86_400_000 })], options({ now: NOW + 3_600_000 })));
    expect(text(later, 'uid')).toBe(text(first, 'uid'));
    expect(Number(value(later, 'sequence'))).toBeGreaterThan(Number(value(first, 'sequence')));
    expect(Number(value(first, 'sequence'))).toBe(Math.floor((NOW - Date.UTC(2024, 0, 1)) / 60_000));
    expect(writeIcs([item()], options())).toBe(writeIcs([item()], options()));
  });

  it('writes VTODOs with DUE and an alarm relative to it', () => {
    const ics = writeIcs([item(), item({ uid: 'c2', at: EARLY_AT, hasTime: false })], options({ kind: 'VTODO', alarmMinutesBefore: 15 }));
    expect(ics).not.toContain('VEVENT');
    expect(ics).not.toContain('DTSTART');
    const todos = calendar(ics).getAllSubcomponents('vtodo');
    expect(todos).toHaveLength(2);
    const [timed, dated] = todos as [ICAL.Component, ICAL.Component];
    expect(text(timed, 'due')).toBe('2026-11-25T01:00:00Z');
    expect(text(timed, 'status')).toBe('NEEDS-ACTION');
    const timedTrigger = timed.getFirstSubcomponent('valarm')!.getFirstProperty('trigger')!;
    expect(String(timedTrigger.getFirstValue())).toBe('-PT15M');
    expect(timedTrigger.getParameter('related')).toBe('END');
    expect(text(dated, 'due')).toBe('2026-11-25');
    expect(String(dated.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('PT9H');
    expectWellFormed(ics);
  });

  it('writes only http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'https://user:pw@example.com/', 'not a url']) {
      expect(writeIcs([item({ url })], options())).not.toContain('\r\nURL');
    }
    expect(text(firstEvent(writeIcs([item({ url: 'http://localhost:5173/#/contacts/1' })], options())), 'url')).toBe('http://localhost:5173/#/contacts/1');
  });

  it('skips items without a valid time', () => {
    const ics = writeIcs([item({ at: Number.NaN }), item({ at: 1e20 }), item({ uid: 'ok' })], options());
    expect(calendar(ics).getAllSubcomponents('vevent').map((e) => text(e, 'uid'))).toEqual(['ok@meishi.app']);
  });

  it('omits an empty summary and description, keeping the alarm described', () => {
    const ics = writeIcs([item({ summary: ' ', description: '' })], options());
    expect(ics).not.toContain('SUMMARY');
    expect(ics).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Follow up\r\n');
  });
});

// Values that break naive writers. Each must come back exactly (trimmed; line breaks as LF).
const HOSTILE = [...HOSTILE_TEXT, 'ends with a backslash \\', '\nBEGIN:VALARM\nTRIGGER:-PT1M', 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil'];
const expected = expectedText;

describe('writeIcs with hostile values', () => {
  for (const kind of ['VEVENT', 'VTODO'] as const) {
    it.each(HOSTILE)(`round-trips through ical.js (${kind}): %s`, (hostile) => {
      const ics = writeIcs([item({ uid: hostile, summary: hostile, description: `${hostile}\n${hostile}` })], options({ kind, calendarName: hostile }));
      expectWellFormed(ics);
      const cal = calendar(ics);
      expect(unescapeText(text(cal, 'x-wr-calname'))).toBe(expected(hostile));
      const components = cal.getAllSubcomponents(kind.toLowerCase());
      expect(components).toHaveLength(1);
      const component = components[0]!;
      expect(text(component, 'summary')).toBe(expected(hostile));
      expect(text(component, 'description')).toBe(expected(`${hostile}\n${hostile}`));
      expect(text(component, 'uid')).toBe(`${hostile.replace(/\r\n?/g, '\n')}@meishi.app`);
      // Nothing injected: one alarm, one UID.
      expect(component.getAllSubcomponents('valarm')).toHaveLength(1);
      expect(component.getAllProperties('uid')).toHaveLength(1);
      expect(ics.match(/^BEGIN:/gm)).toHaveLength(3);
    });
  }

  it('drops other control characters', () => {
    const ics = writeIcs([item({ summary: 'a\u0000b\u0007c\u001bd\u007fe\u0085f\tg' })], options());
    expect(text(firstEvent(ics), 'summary')).toBe('abcdefg');
    expect(ics).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('writes 1,000 follow-ups that all parse', HEAVY, () => {
    const items = Array.from({ length: 1_000 }, (_, i) => item({ uid: `c${i}`, at: TIMED_AT + i * 3_600_000, hasTime: i % 2 === 0 }));
    const ics = writeIcs(items, options());
    expectWellFormed(ics);
    expect(calendar(ics).getAllSubcomponents('vevent')).toHaveLength(1_000);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every line break', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves plain text alone and strips other controls', () => {
    expect(escapeIcsText('山田 太郎 😀: "ok"')).toBe('山田 太郎 😀: "ok"');
    expect(escapeIcsText('a\u0000\t\u001f\u007fb')).toBe('ab');
  });
});
