import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { makeBackup } from '../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import { DATE_MAX, TIME_MAX, TIME_MIN } from '../../../src/domain/caps';
import type { EventTag } from '../../../src/domain/mail/event-tags';
import type { MeishiEvent, MyCard } from '../../../src/domain/types';
import { readBackupData, restoreBackup } from '../../../src/storage/backup-repo';
import { toContactRecord } from '../../../src/storage/contact-record';
import { getDb, openMeishiDb, useDatabase } from '../../../src/storage/db';
import { DB_VERSION, STORES, type MeishiSchema } from '../../../src/storage/schema';
import { upgradeDatabase } from '../../../src/storage/upgrade';
import { makeContact } from '../../fixtures/make-contact';

// A version-3 database as an older release could leave it: text cleaned by the rules before
// cleaning was idempotent, and times from a device clock set far off. Today's code must bring
// it to what today's inputs would have stored, so that a backup of it restores byte for byte.

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
let n = 0;
const freshName = () => `meishi-upgrade-records-${++n}-${Math.random()}`;

// Old cleaning collapsed spaces before it dropped a joiner ("a \u200d b" → "a  b"), and applied
// NFC before it dropped invisible and control characters ("e\u200b\u0301" → "e\u0301").
const card: MyCard = {
  id: 'c1', label: 'Work  \u200d side', name: 'Taro  Yamada', reading: '', org: 'e\u200b\u0301cole', title: '', email: 'taro@example.jp',
  website: '', tagline: '', perEventAddress: true, createdAt: -1, updatedAt: 8_640_000_000_000_000,
};
const contact = makeContact(
  { name: 'Hanako  Sato', org: 'e\u0301cole', email: 'hanako@example.jp', website: 'https://hanako.example.jp/\u200b' },
  {
    id: 'p1',
    original: { name: 'Hanako \u200d Sato', reading: '', org: '', title: '', email: 'hanako@example.jp', website: '', tagline: '' },
    nameParts: { family: ['Sato'], given: ['Hana  ko', '\u200d'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'は  なこ', middleReading: '' },
    received: [{ at: 1e300, source: 'vcard', card: { name: 'Hanako  Sato', reading: '', org: '', title: '', email: 'hanako@example.jp', website: '', tagline: '' }, nameParts: null, settled: false }],
    // An address with a Hangul filler passed an older check; today's refuses it.
    extraEmails: ['h.sato@example.net', 'hana\u3164ko@example.jp'],
    meetings: [{ at: -5, eventId: 'e1', source: 'meishi' }],
    notes: 'Cafe\u0301',
    tags: ['x  y', '\u200d', 'ok'],
    followUpAt: 1e300,
    createdAt: -1,
    updatedAt: Number.NaN,
    paperText: 'Cafe\u0301\n03-1234-5678',
  },
);
const event: MeishiEvent = {
  id: 'e1', name: 'Night  \u200d market', date: '2300-01-01', place: 'e\u200b\u0301', organizer: '', organizerUrl: '', notes: 'Cafe\u0301',
  signs: [], verdict: null, reviewIndex: 0, reviewDone: false, createdAt: -1, updatedAt: 1e20,
};
const eventTag: EventTag = { tag: 'k7m2qx', eventId: 'e1', baseEmail: 'taro@example.jp', createdAt: -1, expiresAt: 1e20 };
const settings = {
  validity: '7d',
  lastBackupAt: 1e20,
  lastFilterExportAt: -1,
  currentEventLog: [{ eventId: 'e1', at: -1 }, { eventId: null, at: 1e20 }],
  emailTemplate: { subject: 'Thanks  \u200d again', body: 'Cafe\u0301' },
};

/** A database left at version 3, filled with the records above. */
async function makeVersion3Database(): Promise<string> {
  const name = freshName();
  const old = await openMeishiDb(name, 3);
  await old.put(STORES.cards, card);
  await old.put(STORES.contacts, toContactRecord(contact));
  await old.put(STORES.events, event);
  await old.put(STORES.eventTags, eventTag);
  for (const [key, value] of Object.entries(settings)) await old.put(STORES.settings, { key, value });
  old.close();
  return name;
}

describe('database version 3 → 4: stored records are brought to today’s cleaning, caps and range of times', () => {
  it('rewrites every kind of record as today’s inputs would have stored it', async () => {
    await useDatabase(await makeVersion3Database());
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get(STORES.cards, 'c1')).toEqual({ ...card, label: 'Work side', name: 'Taro Yamada', org: '\u00e9cole', createdAt: TIME_MIN, updatedAt: TIME_MAX });
    const stored = (await db.get(STORES.contacts, 'p1'))!;
    expect(stored.card).toEqual({ ...contact.card, name: 'Hanako Sato', org: '\u00e9cole', website: 'https://hanako.example.jp/' });
    expect(stored.original.name).toBe('Hanako Sato');
    expect(stored.nameParts).toEqual({ family: ['Sato'], given: ['Hana ko'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'は なこ', middleReading: '' });
    expect(stored.received).toEqual([{ ...contact.received[0], at: TIME_MAX, card: { ...contact.received[0]!.card, name: 'Hanako Sato' } }]);
    expect(stored.extraEmails).toEqual(['h.sato@example.net']);
    expect(stored.meetings).toEqual([{ at: TIME_MIN, eventId: 'e1', source: 'meishi' }]);
    expect(stored).toMatchObject({ notes: 'Caf\u00e9', tags: ['x y', 'ok'], followUpAt: TIME_MAX, createdAt: TIME_MIN, updatedAt: TIME_MIN, paperText: 'Caf\u00e9\n03-1234-5678' });
    // The index keys follow the clamped times.
    expect(await db.getAllKeysFromIndex(STORES.contacts, 'by-due', TIME_MAX)).toEqual(['p1']);
    expect(await db.get(STORES.events, 'e1')).toEqual({ ...event, name: 'Night market', date: DATE_MAX, place: '\u00e9', notes: 'Caf\u00e9', createdAt: TIME_MIN, updatedAt: TIME_MAX });
    expect(await db.get(STORES.eventTags, 'k7m2qx')).toEqual({ ...eventTag, createdAt: TIME_MIN, expiresAt: TIME_MAX });
    const kept = Object.fromEntries((await db.getAll(STORES.settings)).map(({ key, value }) => [key, value]));
    expect(kept).toEqual({
      validity: '7d',
      lastBackupAt: TIME_MAX,
      lastFilterExportAt: TIME_MIN,
      currentEventLog: [{ eventId: 'e1', at: TIME_MIN }, { eventId: null, at: TIME_MAX }],
      emailTemplate: { subject: 'Thanks again', body: 'Caf\u00e9' },
    });
  });

  it('so a backup of it restores exactly: the same records, and the same file byte for byte', async () => {
    await useDatabase(await makeVersion3Database());
    const data = await readBackupData();
    const file = makeBackup(data, NOW, 'test');
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.data).toEqual(data);

    await useDatabase(freshName());
    await restoreBackup(parsed.data, 'replace');
    expect(await readBackupData()).toEqual(data);
    expect(makeBackup(await readBackupData(), NOW, 'test')).toBe(file);
  });

  it('is never skipped: a database holding only settings is not upgraded without the rewrite (the next open loads it)', async () => {
    const name = freshName();
    const old = await openMeishiDb(name, 3);
    await old.put(STORES.settings, { key: 'lastBackupAt', value: 1e20 });
    old.close();
    // As when the page believed the database current and did not load the rewrite.
    const opening = openDB<MeishiSchema>(name, DB_VERSION, { upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(db, oldVersion, newVersion, tx) });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    const db = await openMeishiDb(name);
    expect(await db.get(STORES.settings, 'lastBackupAt')).toEqual({ key: 'lastBackupAt', value: TIME_MAX });
    db.close();
  });
});
