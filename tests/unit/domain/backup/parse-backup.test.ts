import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_LINE_LENGTH, makeBackup, makeBackupLines } from '../../../../src/domain/backup/backup-format';
import { createBackupReader, parseBackup } from '../../../../src/domain/backup/parse-backup';
import { FIELD_CAPS, LABEL_CAP, NOTE_CAP, PHOTO_BYTES_CAP, RECOGNISED_TEXT_CAP } from '../../../../src/domain/caps';
import { makeDocument, makeSampleData } from './backup-sample';
import { cleanEmailTemplate } from '../../../../src/domain/reminders/email-draft';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

/** A backup's parsed JSON, to break one thing in. */
function sampleFile() {
  return makeDocument(makeSampleData(), NOW);
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
      summary: { cards: 1, contacts: 3, events: 1, exportedAt: NOW, appVersion: '0.1.0', version: BACKUP_VERSION },
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${makeBackup(makeSampleData(), NOW, '0.1.0')}`).ok).toBe(true);
  });

  it('refuses a line over the cap before parsing it', () => {
    const lines = makeBackupLines(makeSampleData(), NOW, '0.1.0');
    lines.splice(2, 0, `{"contact":"${'x'.repeat(MAX_LINE_LENGTH)}"}\n`);
    expect(parseBackup(lines.join(''))).toEqual({ ok: false, error: { kind: 'too-large', max: MAX_LINE_LENGTH } });
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
    const result = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: { cards: [], contacts: [], events: [], settings: { validity: '1h' } } }));
    // The same, as a version-2 file.
    expect(parseBackup(makeBackup({ cards: [], contacts: [], events: [], eventTags: [], photos: [], settings: { validity: '1h' } }, NOW, 'x'))).toMatchObject({ ok: true, summary: { version: BACKUP_VERSION } });
    expect(result).toEqual({
      ok: true,
      data: { cards: [], contacts: [], events: [], eventTags: [], photos: [], settings: { validity: '1h' } },
      summary: { cards: 0, contacts: 0, events: 0, exportedAt: null, appVersion: null, version: 1 },
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
    ['duplicate id', (d) => d.data.contacts.push({ ...d.data.contacts[0] }), 'data.contacts[3].id', 'duplicate id'],
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
    ['photos missing', (d) => delete d.data.photos, 'data.photos', 'missing'],
    ['photo of another format', (d) => (d.data.photos[0].type = 'image/png'), 'data.photos[0].type', 'unknown value'],
    ['photo bytes not base64', (d) => (d.data.photos[0].data = 'not base64!'), 'data.photos[0].data', 'damaged photo'],
    ['photo bytes in URL-safe base64', (d) => (d.data.photos[0].data = d.data.photos[0].data.replaceAll('/', '_')), 'data.photos[0].data', 'damaged photo'],
    ['photo bytes of another format than named', (d) => (d.data.photos[0].type = 'image/webp'), 'data.photos[0].data', 'damaged photo'],
    ['photo without bytes', (d) => (d.data.photos[0].data = ''), 'data.photos[0].data', 'empty'],
    ['photo over the cap', (d) => (d.data.photos[0].data = '/9j/' + 'A'.repeat(Math.ceil(PHOTO_BYTES_CAP / 3) * 4 - 4)), 'data.photos[0].data', 'too long'],
    ['photo of a contact that does not name it', (d) => (d.data.photos[0].contactId = 'contact-1'), 'data.photos[0].contactId', 'unknown photo'],
    ['contact naming a photo the file lacks', (d) => d.data.photos.pop(), 'data.contacts[2].photoIds[1]', 'unknown photo'],
    ['two contacts naming one photo', (d) => (d.data.contacts[0].photoIds = ['photo-front']), 'data.contacts[2].photoIds[0]', 'duplicate id'],
    ['a photo twice', (d) => d.data.photos.push({ ...d.data.photos[0] }), 'data.photos[2].id', 'duplicate id'],
    ['three photos on a contact', (d) => d.data.contacts[2].photoIds.push('photo-side'), 'data.contacts[2].photoIds', 'too long'],
    ['a photo named twice by its contact', (d) => (d.data.contacts[2].photoIds = ['photo-front', 'photo-front']), 'data.contacts[2].photoIds[1]', 'duplicate id'],
    ['recognised text too long', (d) => (d.data.contacts[2].paperText = long(RECOGNISED_TEXT_CAP)), 'data.contacts[2].paperText', 'too long'],
    ['recognised text missing', (d) => delete d.data.contacts[2].paperText, 'data.contacts[2].paperText', 'missing'],
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
    const text = makeBackup(makeSampleData(), NOW, '0.1.0').replace('"createdAt":1700000000000', '"createdAt":1e400');
    expect(parseBackup(text)).toEqual({ ok: false, error: { kind: 'invalid', path: 'data.cards[0].createdAt', reason: 'expected number' } });
  });
});

describe('the line layout of version 2', () => {
  const lines = () => makeBackupLines(makeSampleData(), NOW, '0.1.0');

  it('is a header with the counts, then one record per line, settings last', () => {
    const [header, ...records] = lines().map((line) => JSON.parse(line));
    expect(header).toEqual({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-24T12:00:00.000Z', appVersion: '0.1.0', counts: { cards: 1, events: 1, contacts: 3, photos: 2, eventTags: 1 } });
    expect(records.map((r) => Object.keys(r)[0])).toEqual(['card', 'event', 'contact', 'contact', 'contact', 'photo', 'photo', 'eventTag', 'settings']);
    expect(lines().every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
  });

  it('reads records in any order, line by line, through a reader', () => {
    const [header, card, event, first, second, third, front, back, tag, settings] = lines();
    const reader = createBackupReader();
    // A photo before its contact too: who owns what is checked once everything is read.
    for (const line of [header!, settings!, back!, tag!, first!, event!, second!, third!, front!, card!]) expect(reader.push(line.trimEnd())).toBe(true);
    const data = makeSampleData();
    expect(reader.finish()).toMatchObject({ ok: true, data: { ...data, photos: [...data.photos].reverse() } });
  });

  it('refuses a file cut short, even at a line break', () => {
    for (let keep = 1; keep < lines().length; keep++) {
      expect(parseBackup(lines().slice(0, keep).join('')), `first ${keep} lines`).toEqual({ ok: false, error: { kind: 'truncated' } });
    }
  });

  it('refuses a damaged line, a second settings line and a line of an unknown kind, saying where', () => {
    const damaged = lines();
    damaged[3] = damaged[3]!.slice(0, 20) + '\n';
    expect(parseBackup(damaged.join(''))).toMatchObject({ ok: false, error: { kind: 'invalid', reason: 'damaged line' } });
    expect(parseBackup([...lines(), '{"settings":{}}\n'].join(''))).toEqual({ ok: false, error: { kind: 'invalid', path: 'data.settings', reason: 'duplicate value' } });
    const unknown = lines();
    unknown.splice(1, 0, '{"phone":{}}\n');
    expect(parseBackup(unknown.join(''))).toMatchObject({ ok: false, error: { kind: 'invalid', reason: 'unknown value' } });
  });

  it('holds no more photo lines than the header counts, and counts no more than two per contact', () => {
    const extra = lines();
    extra.splice(6, 0, extra[6]!.replace('"photo-front"', '"photo-extra"'));
    expect(parseBackup(extra.join(''))).toEqual({ ok: false, error: { kind: 'invalid', path: 'data.photos', reason: 'too long' } });
    const header = JSON.parse(lines()[0]!);
    const claims = { ...header, counts: { ...header.counts, photos: 2 * header.counts.contacts + 1 } };
    expect(parseBackup(`${JSON.stringify(claims)}\n`)).toEqual({ ok: false, error: { kind: 'invalid', path: 'counts.photos', reason: 'too long' } });
  });

  it('stops at the first problem: later lines are not read', () => {
    const reader = createBackupReader();
    expect(reader.push('not json')).toBe(false);
    expect(reader.push(lines()[0]!)).toBe(false);
    expect(reader.finish()).toEqual({ ok: false, error: { kind: 'not-json' } });
  });

  it('refuses a line-layout header that claims version 1 (which had none)', () => {
    const header = JSON.parse(lines()[0]!);
    expect(parseBackup(JSON.stringify({ ...header, version: 1 }))).toEqual({ ok: false, error: { kind: 'invalid', path: 'version', reason: 'unknown value' } });
  });
});

describe('restoring cleans text the way typing and scanning do', () => {
  it('drops direction overrides, controls and invisible characters from names, and refuses them in addresses', () => {
    const file = sampleFile();
    file.data.contacts[0].card.name = '\u202eadamaY\u202c Ta\u200bro\u0007';
    file.data.contacts[0].notes = 'line\r\none\u0007';
    file.data.events[0].name = 'Mixer\u3164';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && result.data.contacts[0]!.card.name).toBe('adamaY Taro');
    expect(result.ok && result.data.contacts[0]!.notes).toBe('line\none');
    expect(result.ok && result.data.events[0]!.name).toBe('Mixer');
    file.data.contacts[0].card.email = 'hana\u3164ko@example.jp';
    expect(errorOf(file)).toEqual({ kind: 'invalid', path: 'data.contacts[0].card.email', reason: 'invalid email' });
  });

  it('cleans the follow-up email template as Settings cleans a typed one', () => {
    const file = sampleFile();
    const typed = { subject: ' Hi\u0007 {name}\u202e\t', body: 'Dear {name},\r\ne\u0000\u0301\n' };
    file.data.settings.emailTemplate = typed;
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && result.data.settings.emailTemplate).toEqual({ subject: 'Hi {name}', body: 'Dear {name},\n\u00e9' });
    expect(result.ok && result.data.settings.emailTemplate).toEqual(cleanEmailTemplate(typed));
  });

  it('gives back exactly what the app wrote (cleaning is idempotent)', () => {
    const data = makeSampleData();
    expect(parseBackup(makeBackup(data, NOW, 'x'))).toMatchObject({ ok: true, data });
  });
});
