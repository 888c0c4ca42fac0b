import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { BACKUP_VERSION, MIGRATIONS, upgradeRecord } from '../../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';
import { samplePhotoBytes } from './backup-sample';
import { EVENT_TEXT_CAP, MEETINGS_PER_CONTACT, NOTE_CAP, TAG_CAP, TAGS_PER_CONTACT } from '../../../../src/domain/caps';

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

  it('refuses parts that no reader or form could produce', () => {
    const lines = readFileSync(fixture(3), 'utf8').split('\n');
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
    const lines = readFileSync(fixture(3), 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    const asVersion2 = [JSON.stringify({ ...header, version: 2 }), ...lines.slice(1)].join('\n');
    expect(parseBackup(asVersion2)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});
