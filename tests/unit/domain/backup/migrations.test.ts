import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { BACKUP_VERSION, MIGRATIONS, makeBackup, upgradeRecord } from '../../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';
import { samplePhotoBytes } from './backup-sample';
import { DATE_MIN, EVENT_TEXT_CAP, MEETINGS_PER_CONTACT, NOTE_CAP, TAG_CAP, TAGS_PER_CONTACT, TIME_MAX, TIME_MIN } from '../../../../src/domain/caps';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

const fixture = (version: number) => new URL(`../../../fixtures/backups/v${version}.json`, import.meta.url);
const versions = Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1);

describe('backups from every format version', () => {
  it('has one upgrade step for every version before the current one, and no other', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(versions.slice(0, -1));
  });

  it.each(versions)('accepts the frozen version-%i fixture', (version) => {
    // A new format version must add its fixture: files users already hold must keep restoring.
    expect(existsSync(fixture(version))).toBe(true);
    const result = parseBackup(readFileSync(fixture(version), 'utf8'));
    expect(result.ok && result.summary.version).toBe(version);
    expect(result.ok && result.summary.contacts).toBeGreaterThan(0);
  });

  it('leaves current-version records as they are', () => {
    const record = { id: 'x' };
    expect(upgradeRecord('contacts', record, BACKUP_VERSION)).toEqual({ record });
  });

  it('1 → 2: contacts get an empty history and no paper card; text version 1 let past the caps is brought within them', () => {
    const contact = { id: 'c', notes: '\ufb2a'.repeat(NOTE_CAP), tags: ['x'.repeat(10_000), 'a', 'a', ...Array.from({ length: 30 }, (_, i) => `t${i}`)], meetings: Array.from({ length: MEETINGS_PER_CONTACT + 5 }, (_, i) => ({ at: i })) };
    const upgraded = upgradeRecord('contacts', contact, 1)!.record as Record<string, any>;
    expect(upgraded.received).toEqual([]);
    expect(upgraded.photoIds).toEqual([]);
    expect(upgraded.paperText).toBe('');
    expect(upgraded.notes.length).toBeLessThanOrEqual(NOTE_CAP);
    expect(upgraded.tags).toHaveLength(TAGS_PER_CONTACT);
    expect(upgraded.tags[0]).toHaveLength(TAG_CAP);
    expect(upgraded.meetings).toHaveLength(MEETINGS_PER_CONTACT);
    expect(upgraded.meetings[0]).toEqual({ at: 0 });
    const event = upgradeRecord('events', { name: 'e'.repeat(400), notes: 'n' }, 1)!.record as Record<string, any>;
    expect(event.name).toHaveLength(EVENT_TEXT_CAP);
    // Whatever is not the expected shape is left for the check to refuse.
    expect(upgradeRecord('contacts', 'not a record', 1)).toEqual({ record: 'not a record' });
  });

  it('reads a version-1 file as version 2: cards get the per-event option off, no tag map, no photos, contacts an empty history', () => {
    const v1 = JSON.parse(readFileSync(fixture(1), 'utf8'));
    const result = parseBackup(JSON.stringify(v1));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.cards).toEqual(v1.data.cards.map((card: object) => ({ ...card, perEventAddress: false })));
    expect(result.data.eventTags).toEqual([]);
    expect(result.data.contacts).toEqual(v1.data.contacts.map((contact: object) => ({ ...contact, nameParts: null, received: [], photoIds: [], paperText: '' })));
    expect(result.data.photos).toEqual([]);
    expect(result.data.events).toEqual(v1.data.events);
    expect(result.data.settings).toEqual(v1.data.settings);
  });

  it('the version-1 step passes on what it cannot read, for the checks to refuse with a path', () => {
    expect(upgradeRecord('cards', null, 1)).toEqual({ record: null });
    expect(parseBackup(JSON.stringify({ format: 'meishi-backup', version: 1, data: { cards: [null], contacts: [], events: [], settings: {} } }))).toEqual({
      ok: false,
      error: { kind: 'invalid', path: 'data.cards[0]', reason: 'expected object' },
    });
  });
});

describe('version 2 → 3: contacts keep their name’s parts', () => {
  it('gives every contact of a version-1 or version-2 backup, and every later card in its history, no parts (guessed from its name)', () => {
    for (const version of [1, 2]) {
      const result = parseBackup(readFileSync(fixture(version), 'utf8'));
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.data.contacts.map((c) => c.nameParts)).toEqual([null, null]);
      expect(result.data.contacts.flatMap((c) => c.received.map((v) => v.nameParts))).toEqual(version === 1 ? [] : [null, null]);
    }
  });

  it('keeps the parts of a version-3 backup exactly, lists and readings, on contacts and in their history', () => {
    const result = parseBackup(readFileSync(fixture(3), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const parts = new Map(result.data.contacts.map((c) => [c.id, c.nameParts]));
    expect(parts.get('contact-1')).toEqual({ family: ['佐藤'], given: ['花子'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'はなこ', middleReading: '' });
    expect(parts.get('contact-3')).toMatchObject({ middle: ['Philip', 'Paul'], prefix: ['Dr.'], suffix: ['Jr.', 'M.D.', 'A.C.P.'] });
    expect(parts.get('contact-2')).toBeNull();
    expect(result.data.contacts[0]?.received[0]?.nameParts).toMatchObject({ family: ['佐藤'], given: ['花子'] });
  });

  it('passes on what it cannot read, for the checks to refuse with a path', () => {
    expect(upgradeRecord('contacts', 'x', 2)).toEqual({ record: 'x' });
    expect(upgradeRecord('contacts', { id: 'a', received: [1, { at: 2 }] }, 2)).toEqual({ record: { id: 'a', nameParts: null, received: [1, { at: 2, nameParts: null }], photoIds: [], paperText: '' } });
  });

  it('refuses parts that no reader or form could produce, in a file of today’s version (older ones are first brought within the caps)', () => {
    const lines = readFileSync(fixture(BACKUP_VERSION), 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('"contact-1"'));
    const withParts = (change: (parts: Record<string, unknown>) => void) => {
      const record = JSON.parse(lines[at]!);
      change(record.contact.nameParts);
      return [...lines.slice(0, at), JSON.stringify(record), ...lines.slice(at + 1)].join('\n');
    };
    expect(parseBackup(withParts((p) => (p.given = ['', 'x'])))).toMatchObject({ ok: false, error: { reason: 'empty' } });
    expect(parseBackup(withParts((p) => (p.given = Array.from({ length: 11 }, (_, i) => `g${i}`))))).toMatchObject({ ok: false, error: { reason: 'too long' } });
    expect(parseBackup(withParts((p) => (p.familyReading = 'x'.repeat(101))))).toMatchObject({ ok: false, error: { reason: 'too long' } });
  });
});

describe('version 2 → 3: contacts keep the paper card they were typed from', () => {
  it('gives every contact of a version-1 or version-2 backup no paper card: no photos, no recognised text', () => {
    for (const version of [1, 2]) {
      const result = parseBackup(readFileSync(fixture(version), 'utf8'));
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.data.contacts.map((c) => [c.photoIds, c.paperText])).toEqual([
        [[], ''],
        [[], ''],
      ]);
      expect(result.data.photos).toEqual([]);
    }
  });

  it('keeps the photos of a version-3 backup byte for byte, with the contact that names them and its text', () => {
    const result = parseBackup(readFileSync(fixture(3), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const paper = result.data.contacts.find((c) => c.photoIds.length > 0)!;
    expect(paper.paperText).toContain('03-1234-5678');
    expect(result.data.photos.map((p) => [p.id, p.contactId, p.type])).toEqual([
      ['photo-front', paper.id, 'image/jpeg'],
      ['photo-back', paper.id, 'image/webp'],
    ]);
    expect(result.data.photos[0]!.data).toEqual(samplePhotoBytes('image/jpeg'));
  });

  it('refuses photo lines in a version-2 file, which kept none', () => {
    const lines = readFileSync(fixture(BACKUP_VERSION), 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    const asVersion2 = [JSON.stringify({ ...header, version: 2 }), ...lines.slice(1)].join('\n');
    expect(parseBackup(asVersion2)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('version 3 → 4: text cleaned by older rules and times from a clock set far off', () => {
  // A version-3 file an older release wrote: its cleaning was not yet idempotent (spaces
  // collapsed before a joiner went: "a \u200d b" → "a  b"; NFC before invisible characters
  // went: "e\u200b\u0301" → "e\u0301"), and its writer put any stored time in the file.
  function olderVersion3File(): string {
    const lines = readFileSync(fixture(3), 'utf8').trimEnd().split('\n');
    const change = (key: string, id: string | null, edit: (record: Record<string, any>) => void) => {
      const at = lines.findIndex((line) => line.startsWith(`{"${key}":`) && (id === null || line.includes(`"id":"${id}"`)));
      const value = JSON.parse(lines[at]!);
      edit(value[key]);
      lines[at] = JSON.stringify(value);
    };
    change('card', 'card-1', (card) => Object.assign(card, { name: '山田  太郎', org: 'e\u0301cole', createdAt: -1, updatedAt: 1e300 }));
    change('contact', 'contact-1', (contact) => {
      Object.assign(contact, { notes: 'Cafe\u0301', tags: ['x  y', '\u200d', 'ok'], followUpAt: 8_640_000_000_000_001, createdAt: -5, paperText: 'Cafe\u0301' });
      contact.card.name = '佐藤 \u200d 花子';
      contact.nameParts.given = ['花  子', '\u200b'];
      contact.received[0].at = 1e20;
      contact.received[0].card.org = 'Hanako  Studio';
      contact.extraEmails = ['h.sato@example.net', 'hana\u3164ko@example.jp'];
      contact.meetings[0].at = -1;
    });
    change('event', 'event-1', (event) => Object.assign(event, { name: '渋谷  異業種交流会', date: '1900-01-01', createdAt: -1 }));
    change('eventTag', null, (tag) => Object.assign(tag, { expiresAt: 1e20 }));
    change('settings', null, (settings) => {
      Object.assign(settings, { lastBackupAt: 1e20, emailTemplate: { subject: 'お礼  \u200d', body: 'Cafe\u0301' } });
      settings.currentEventLog[0].at = -1;
    });
    return lines.join('\n') + '\n';
  }

  it('restores such a file as today’s records: cleaned text, times and dates at the nearest end of the range', () => {
    const result = parseBackup(olderVersion3File());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const today = parseBackup(readFileSync(fixture(3), 'utf8'));
    if (!today.ok) throw new Error(JSON.stringify(today.error));
    const [card] = today.data.cards;
    expect(result.data.cards).toEqual([{ ...card, name: '山田 太郎', org: '\u00e9cole', createdAt: TIME_MIN, updatedAt: TIME_MAX }]);
    const before = today.data.contacts[0]!;
    const contact = result.data.contacts[0]!;
    expect(contact).toEqual({
      ...before,
      card: { ...before.card, name: '佐藤 花子' },
      nameParts: { ...before.nameParts, given: ['花 子'] },
      received: [{ ...before.received[0], at: TIME_MAX, card: { ...before.received[0]!.card, org: 'Hanako Studio' } }],
      extraEmails: ['h.sato@example.net'],
      meetings: [{ ...before.meetings[0], at: TIME_MIN }, before.meetings[1]],
      notes: 'Caf\u00e9',
      tags: ['x y', 'ok'],
      followUpAt: TIME_MAX,
      createdAt: TIME_MIN,
      paperText: 'Caf\u00e9',
    });
    expect(result.data.contacts.slice(1)).toEqual(today.data.contacts.slice(1));
    expect(result.data.events).toEqual([{ ...today.data.events[0], name: '渋谷 異業種交流会', date: DATE_MIN, createdAt: TIME_MIN }]);
    expect(result.data.eventTags).toEqual([{ ...today.data.eventTags[0], expiresAt: TIME_MAX }]);
    expect(result.data.settings).toEqual({
      ...today.data.settings,
      lastBackupAt: TIME_MAX,
      emailTemplate: { subject: 'お礼', body: 'Caf\u00e9' },
      currentEventLog: [{ eventId: 'event-1', at: TIME_MIN }, { eventId: null, at: 1_700_000_700_000 }],
    });
    expect(result.data.photos).toEqual(today.data.photos);
    // And what it restores backs up and restores exactly.
    const again = makeBackup(result.data, NOW, 'x');
    expect(parseBackup(again)).toMatchObject({ ok: true, data: result.data });
  });

  it('still refuses such times in a file of today’s version, which only a tampered file holds', () => {
    const lines = olderVersion3File().split('\n');
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), version: BACKUP_VERSION });
    expect(parseBackup(lines.join('\n'))).toMatchObject({ ok: false, error: { kind: 'invalid', reason: 'time out of range' } });
  });

  it('passes on what it cannot read, for the checks to refuse with a path', () => {
    expect(upgradeRecord('contacts', 'x', 3)).toEqual({ record: 'x' });
    expect(upgradeRecord('events', { id: 'e', name: 5, date: 'soon', createdAt: '1' }, 3)).toEqual({ record: { id: 'e', name: 5, date: 'soon', createdAt: '1' } });
    expect(upgradeRecord('settings', { lastBackupAt: 'x', currentEventLog: [null, { at: -1, eventId: null }] }, 3)).toEqual({
      record: { lastBackupAt: 'x', currentEventLog: [null, { at: TIME_MIN, eventId: null }] },
    });
  });

  it('the current version’s frozen fixture is exactly what today’s writer writes of it', () => {
    const text = readFileSync(fixture(BACKUP_VERSION), 'utf8');
    const result = parseBackup(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    expect(makeBackup(result.data, Date.parse(header.exportedAt), header.appVersion)).toBe(text);
  });
});
