import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup, makeBackupLines } from '../../../../src/domain/backup/backup-format';
import type { Contact } from '../../../../src/domain/types';
import { makeSampleData, sampleContact, samplePhotoBytes } from './backup-sample';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

// Rebuilds an object with its keys in reverse order, as another code path might have made it.
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value instanceof ArrayBuffer) return value;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
}

describe('writing a backup', () => {
  it('writes the header line, then one record per line, ending in a newline', () => {
    const text = makeBackup(makeSampleData(), NOW, '0.1.0');
    expect(text.startsWith(`{"format":"meishi-backup","version":${BACKUP_VERSION},"exportedAt":"2026-11-24T12:00:00.000Z","appVersion":"0.1.0","counts":{"cards":1,"events":1,"contacts":3,"photos":2,"eventTags":1}}\n{"card":{"id":"card-1",`)).toBe(true);
    expect(text.endsWith('}}\n')).toBe(true);
    expect(text.split('\n').filter(Boolean).map((line) => Object.keys(JSON.parse(line))[0])).toEqual(['format', 'card', 'event', 'contact', 'contact', 'contact', 'photo', 'photo', 'eventTag', 'settings']);
  });

  it('gives the same text whatever order the objects’ keys were in (diffable)', () => {
    const data = makeSampleData();
    expect(makeBackup(reversed(data), NOW, '0.1.0')).toBe(makeBackup(data, NOW, '0.1.0'));
  });

  it('writes contact fields in the order of the data model, settings sorted', () => {
    const records = makeBackupLines(makeSampleData(), NOW, '0.1.0').map((line) => JSON.parse(line));
    expect(Object.keys(records.find((r) => r.contact).contact)).toEqual(Object.keys(sampleContact));
    const settings = records.find((r) => r.settings).settings;
    expect(Object.keys(settings)).toEqual([...Object.keys(settings)].sort());
  });

  it('writes a photo as its id, its contact, its type and its bytes in base64', () => {
    const records = makeBackupLines(makeSampleData(), NOW, '0.1.0').map((line) => JSON.parse(line));
    expect(records.filter((r) => r.photo).map((r) => r.photo)).toEqual([
      { id: 'photo-front', contactId: 'contact-3', type: 'image/jpeg', data: expect.stringMatching(/^\/9j\/4AAQ/) },
      { id: 'photo-back', contactId: 'contact-3', type: 'image/webp', data: expect.stringMatching(/^UklGR/) },
    ]);
    expect(Buffer.from(records.find((r) => r.photo).photo.data, 'base64')).toEqual(Buffer.from(samplePhotoBytes('image/jpeg')));
  });

  it('leaves out what is not part of the data model (index keys, UI state)', () => {
    const data = makeSampleData();
    const record = { ...data.contacts[0], emailKey: 'hanako@example.jp', eventIds: ['event-1'], dueAt: 1 } as Contact;
    const records = makeBackupLines({ ...data, contacts: [record] }, NOW, '0.1.0').map((line) => JSON.parse(line));
    expect(records.find((r) => r.contact).contact).toEqual(data.contacts[0]);
  });
});
