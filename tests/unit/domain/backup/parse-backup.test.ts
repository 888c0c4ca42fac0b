import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_LENGTH, makeBackup } from '../../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';
import { FIELD_CAPS, LABEL_CAP, NOTE_CAP } from '../../../../src/domain/caps';
import { makeSampleData } from './backup-sample';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

/** A backup's parsed JSON, to break one thing in. */
function sampleFile(): { format: string; version: number; exportedAt: string; appVersion: string; data: Record<string, any> } {
  return JSON.parse(makeBackup(makeSampleData(), NOW, '0.1.0'));
}

function errorOf(file: unknown) {
  const result = parseBackup(JSON.stringify(file));
  return result.ok ? null : result.error;
}

describe('reading a backup', () => {
  it('round-trips every record and setting, with a summary for the confirmation', () => {
    const data = makeSampleData();
    const result = parseBackup(makeBackup(data, NOW, '0.1.0'));
    expect(result).toEqual({
      ok: true,
      data,
      summary: { cards: 1, contacts: 2, events: 1, exportedAt: NOW, appVersion: '0.1.0', version: BACKUP_VERSION },
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${makeBackup(makeSampleData(), NOW, '0.1.0')}`).ok).toBe(true);
  });

  it('refuses text over the cap before parsing it', () => {
    const huge = ' '.repeat(MAX_BACKUP_LENGTH + 1);
    expect(parseBackup(huge)).toEqual({ ok: false, error: { kind: 'too-large', max: MAX_BACKUP_LENGTH } });
  });

  it('tells not-JSON from JSON that is not a Meishi backup', () => {
    expect(parseBackup('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(parseBackup('')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(parseBackup('{"format": "meishi-backup",')).toEqual({ ok: false, error: { kind: 'not-json' } });
    // A jCard (vCard as JSON), a random object, a bare value, another app's backup.
    for (const text of ['["vcard",[["version",{},"text","4.0"],["fn",{},"text","A"]]]', '{"hello":"world"}', '42', 'null', '"meishi-backup"', '{"format":"other-backup","version":1}']) {
      expect(parseBackup(text), text).toEqual({ ok: false, error: { kind: 'not-meishi' } });
    }
  });

  it('says a file from a newer Meishi is newer, rather than invalid', () => {
    expect(errorOf({ ...sampleFile(), version: BACKUP_VERSION + 1, data: { whatever: true } })).toEqual({ kind: 'newer-version', version: BACKUP_VERSION + 1 });
  });

  it('refuses a version that is not a positive integer', () => {
    for (const version of [0, -1, 1.5, '1', null, undefined, Number.MAX_VALUE]) {
      expect(errorOf({ ...sampleFile(), version }), String(version)).toEqual({ kind: 'invalid', path: 'version', reason: 'expected positive integer' });
    }
  });

  it('shows an unreadable export time as unknown but refuses a header of the wrong type', () => {
    const file = sampleFile();
    const at = (over: object) => parseBackup(JSON.stringify({ ...file, ...over }));
    expect(at({ exportedAt: 'yesterday' })).toMatchObject({ ok: true, summary: { exportedAt: null } });
    expect(at({ exportedAt: undefined, appVersion: undefined })).toMatchObject({ ok: true, summary: { exportedAt: null, appVersion: null } });
    expect(at({ exportedAt: 5 })).toEqual({ ok: false, error: { kind: 'invalid', path: 'exportedAt', reason: 'expected string' } });
  });

  it('drops unknown properties on records and unknown settings, keeping only known fields', () => {
    const file = sampleFile();
    file.data.contacts[0].emailKey = 'hanako@example.jp';
    file.data.contacts[0].card.phone = '090-0000-0000';
    file.data.contacts[0].meetings[0].venue = 'bar';
    file.data.cards[0].secret = 1;
    file.data.settings.theme = 'dark';
    file.data.settings.emailTemplate.cc = 'boss@example.com';
    file.data.extra = [];
    // JSON.parse makes "__proto__" an own property; it must be dropped like any unknown key.
    const text = JSON.stringify(file)
      .replace('"id":"event-1"', '"__proto__":{"polluted":true},"id":"event-1"')
      .replace('"settings":{', '"settings":{"__proto__":{"polluted":true},');
    const result = parseBackup(text);
    expect(result.ok && result.data).toEqual(makeSampleData());
    expect(result.ok && Object.getPrototypeOf(result.data.events[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts empty data and settings with a single key', () => {
    const result = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 2, data: { cards: [], contacts: [], events: [], eventTags: [], settings: { validity: '1h' } } }));
    expect(result).toEqual({
      ok: true,
      data: { cards: [], contacts: [], events: [], eventTags: [], settings: { validity: '1h' } },
      summary: { cards: 0, contacts: 0, events: 0, exportedAt: null, appVersion: null, version: 2 },
    });
  });
});

describe('strict validation, with the path and reason of the first problem', () => {
  type Break = [string, (data: Record<string, any>) => void, string, string];
  const long = (n: number) => 'あ'.repeat(n + 1);
  const cases: Break[] = [
    ['data missing', (d) => delete d.data, 'data', 'missing'],
    ['contacts not an array', (d) => (d.data.contacts = {}), 'data.contacts', 'expected array'],
    ['record not an object', (d) => (d.data.events[0] = 'event'), 'data.events[0]', 'expected object'],
    ['email not a string', (d) => (d.data.contacts[1].card.email = 42), 'data.contacts[1].card.email', 'expected string'],
    ['email missing', (d) => delete d.data.contacts[0].original.email, 'data.contacts[0].original.email', 'missing'],
    ['bad email', (d) => (d.data.contacts[0].card.email = 'not an email'), 'data.contacts[0].card.email', 'invalid email'],
    ['bad extra email', (d) => (d.data.contacts[0].extraEmails = ['a@b']), 'data.contacts[0].extraEmails[0]', 'invalid email'],
    ['empty extra email', (d) => (d.data.contacts[0].extraEmails = ['']), 'data.contacts[0].extraEmails[0]', 'empty'],
    ['bad card email', (d) => (d.data.cards[0].email = '@example.com'), 'data.cards[0].email', 'invalid email'],
    ['javascript: website', (d) => (d.data.contacts[0].card.website = 'javascript:alert(1)'), 'data.contacts[0].card.website', 'unsafe website'],
    ['data: organiser URL', (d) => (d.data.events[0].organizerUrl = 'data:text/html,<script>'), 'data.events[0].organizerUrl', 'unsafe website'],
    ['name too long', (d) => (d.data.contacts[0].card.name = long(FIELD_CAPS.name)), 'data.contacts[0].card.name', 'too long'],
    ['label too long', (d) => (d.data.cards[0].label = long(LABEL_CAP)), 'data.cards[0].label', 'too long'],
    ['notes too long', (d) => (d.data.events[0].notes = long(NOTE_CAP)), 'data.events[0].notes', 'too long'],
    ['unknown flag', (d) => (d.data.contacts[1].flags = ['line', 'rude']), 'data.contacts[1].flags[1]', 'unknown flag'],
    ['repeated flag', (d) => (d.data.contacts[1].flags = ['line', 'line']), 'data.contacts[1].flags[1]', 'duplicate value'],
    ['unknown sign', (d) => (d.data.events[0].signs = ['free-drinks']), 'data.events[0].signs[0]', 'unknown sign'],
    ['unknown verdict', (d) => (d.data.events[0].verdict = 'maybe'), 'data.events[0].verdict', 'unknown verdict'],
    ['unknown source', (d) => (d.data.contacts[0].meetings[1].source = 'fax'), 'data.contacts[0].meetings[1].source', 'unknown source'],
    ['eventId a number', (d) => (d.data.contacts[0].meetings[0].eventId = 7), 'data.contacts[0].meetings[0].eventId', 'expected string'],
    ['time as text', (d) => (d.data.contacts[0].updatedAt = '2026-11-24'), 'data.contacts[0].updatedAt', 'expected number'],
    ['follow-up missing', (d) => delete d.data.contacts[0].followUpAt, 'data.contacts[0].followUpAt', 'missing'],
    ['boolean as number', (d) => (d.data.contacts[0].followUpDone = 0), 'data.contacts[0].followUpDone', 'expected boolean'],
    ['review index negative', (d) => (d.data.events[0].reviewIndex = -1), 'data.events[0].reviewIndex', 'expected non-negative integer'],
    ['date not a date', (d) => (d.data.events[0].date = '2026-02-30'), 'data.events[0].date', 'expected date'],
    ['empty id', (d) => (d.data.cards[0].id = ''), 'data.cards[0].id', 'empty'],
    ['id too long', (d) => (d.data.cards[0].id = 'x'.repeat(101)), 'data.cards[0].id', 'too long'],
    ['duplicate id', (d) => d.data.contacts.push({ ...d.data.contacts[0] }), 'data.contacts[2].id', 'duplicate id'],
    ['setting of the wrong type', (d) => (d.data.settings.autoSaveMeishi = 'yes'), 'data.settings.autoSaveMeishi', 'expected boolean'],
    ['unknown validity', (d) => (d.data.settings.validity = '1y'), 'data.settings.validity', 'unknown value'],
    ['template body not text', (d) => (d.data.settings.emailTemplate = { subject: '', body: null }), 'data.settings.emailTemplate.body', 'expected string'],
    ['settings an array', (d) => (d.data.settings = []), 'data.settings', 'expected object'],
    ['per-event option missing', (d) => delete d.data.cards[0].perEventAddress, 'data.cards[0].perEventAddress', 'missing'],
    ['per-event option as text', (d) => (d.data.cards[0].perEventAddress = 'true'), 'data.cards[0].perEventAddress', 'expected boolean'],
    ['tag map missing', (d) => delete d.data.eventTags, 'data.eventTags', 'missing'],
    ['tag with event text', (d) => (d.data.eventTags[0].tag = 'shibuya'), 'data.eventTags[0].tag', 'unknown value'],
    ['tag on a tagged address', (d) => (d.data.eventTags[0].baseEmail = 'taro+x@example.com'), 'data.eventTags[0].baseEmail', 'invalid email'],
    ['repeated tag', (d) => d.data.eventTags.push({ ...d.data.eventTags[0], eventId: 'event-2' }), 'data.eventTags[1].tag', 'duplicate value'],
    ['event log entry without a time', (d) => delete d.data.settings.currentEventLog[0].at, 'data.settings.currentEventLog[0].at', 'missing'],
    ['event log too long', (d) => (d.data.settings.currentEventLog = Array.from({ length: 201 }, () => ({ eventId: null, at: 1 }))), 'data.settings.currentEventLog', 'too long'],
    ['filter export time as text', (d) => (d.data.settings.lastFilterExportAt = 'today'), 'data.settings.lastFilterExportAt', 'expected number'],
  ];

  it.each(cases)('%s', (_name, breakIt, path, reason) => {
    const file = sampleFile();
    breakIt(file);
    expect(errorOf(file)).toEqual({ kind: 'invalid', path, reason });
  });

  it('accepts an event without a date and a meeting without an event', () => {
    const file = sampleFile();
    file.data.events[0].date = '';
    file.data.contacts[0].meetings[0].eventId = null;
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });

  it('refuses a non-finite time written the only way JSON can (a huge literal)', () => {
    const text = makeBackup(makeSampleData(), NOW, '0.1.0').replace('"createdAt": 1700000000000', '"createdAt": 1e400');
    expect(parseBackup(text)).toEqual({ ok: false, error: { kind: 'invalid', path: 'data.cards[0].createdAt', reason: 'expected number' } });
  });
});
