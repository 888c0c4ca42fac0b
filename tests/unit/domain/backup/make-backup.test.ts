import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup } from '../../../../src/domain/backup/backup-format';
import type { Contact } from '../../../../src/domain/types';
import { makeSampleData, sampleContact } from './backup-sample';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

// Rebuilds an object with its keys in reverse order, as another code path might have made it.
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
}

describe('writing a backup', () => {
  it('writes the header, then the data, indented by two spaces, ending in a newline', () => {
    const text = makeBackup(makeSampleData(), NOW, '0.1.0');
    expect(text.startsWith(`{\n  "format": "meishi-backup",\n  "version": ${BACKUP_VERSION},\n  "exportedAt": "2026-11-24T12:00:00.000Z",\n  "appVersion": "0.1.0",\n  "data": {\n    "cards": [`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).data)).toEqual(['cards', 'contacts', 'events', 'settings']);
  });

  it('gives the same text whatever order the objects’ keys were in (diffable)', () => {
    const data = makeSampleData();
    expect(makeBackup(reversed(data), NOW, '0.1.0')).toBe(makeBackup(data, NOW, '0.1.0'));
  });

  it('writes contact fields in the order of the data model, settings sorted', () => {
    const file = JSON.parse(makeBackup(makeSampleData(), NOW, '0.1.0'));
    expect(Object.keys(file.data.contacts[0])).toEqual(Object.keys(sampleContact));
    expect(Object.keys(file.data.settings)).toEqual([...Object.keys(file.data.settings)].sort());
  });

  it('leaves out what is not part of the data model (index keys, UI state)', () => {
    const data = makeSampleData();
    const record = { ...data.contacts[0], emailKey: 'hanako@example.jp', eventIds: ['event-1'], dueAt: 1 } as Contact;
    const file = JSON.parse(makeBackup({ ...data, contacts: [record] }, NOW, '0.1.0'));
    expect(file.data.contacts[0]).toEqual(data.contacts[0]);
  });
});
