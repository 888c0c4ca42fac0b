import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, type BackupData } from '../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import type { Contact, MyCard } from '../../../src/domain/types';
import { readBackupData, restoreBackup } from '../../../src/storage/backup-repo';
import { putCard } from '../../../src/storage/cards-repo';
import { getContact, listContacts, putContact } from '../../../src/storage/contacts-repo';
import { getDb, useDatabase } from '../../../src/storage/db';
import { putEvent } from '../../../src/storage/events-repo';
import { STORES } from '../../../src/storage/schema';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { getAllSettings, setSetting } from '../../../src/storage/settings-repo';
import { StorageError } from '../../../src/storage/storage-error';
import { expiredContact, makeSampleData, sampleCard, sampleContact, sampleEvent, sampleEventTag } from '../domain/backup/backup-sample';

const fresh = () => useDatabase(`backup-${Math.random()}`);

beforeEach(fresh);

/** Every stored record as it is on disk, index keys included. */
async function dump() {
  const db = await getDb();
  return {
    cards: await db.getAll(STORES.cards),
    contacts: await db.getAll(STORES.contacts),
    events: await db.getAll(STORES.events),
    eventTags: await db.getAll(STORES.eventTags),
    settings: await db.getAll(STORES.settings),
  };
}

/** Fills the database through the ordinary repositories. */
async function seed(data: BackupData): Promise<void> {
  for (const card of data.cards) await putCard(card);
  for (const contact of data.contacts) await putContact(contact);
  for (const event of data.events) await putEvent(event);
  // The app writes tags only as Show hands them out; the test puts them straight in.
  for (const entry of data.eventTags) await (await getDb()).put(STORES.eventTags, entry);
  for (const [key, value] of Object.entries(data.settings)) await setSetting(key as never, value as never);
}

function throughFile(data: BackupData): BackupData {
  const result = parseBackup(makeBackup(data, Date.now(), 'test'));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

// IndexedDB returns records in key order.
function byId(data: BackupData): BackupData {
  const sort = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
  const tags = [...data.eventTags].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  return { cards: sort(data.cards), contacts: sort(data.contacts), events: sort(data.events), eventTags: tags, settings: data.settings };
}

const localCard: MyCard = { ...sampleCard, id: 'card-local', label: 'Side project', createdAt: 1, updatedAt: 1 };

describe('reading everything for a backup', () => {
  it('returns every record without index keys, and only the settings the app knows', async () => {
    const data = makeSampleData();
    await seed(data);
    const db = await getDb();
    await db.put(STORES.settings, { key: 'retired-setting', value: 1 });
    const read = await readBackupData();
    expect(read).toEqual(byId(data));
    expect(Object.keys(read.contacts[0]!)).not.toContain('emailKey');
  });
});

describe('backup, then restore into a fresh database', () => {
  it('gives exactly the same data, settings and stored records (index keys included)', async () => {
    await seed(makeSampleData());
    const before = await readBackupData();
    const beforeDump = await dump();
    const beforeSettings = await getAllSettings();
    const file = makeBackup(before, Date.now(), '0.1.0');

    await fresh();
    const result = parseBackup(file);
    expect(result.ok).toBe(true);
    const outcome = await restoreBackup(result.ok ? result.data : (null as never), 'replace');
    expect(outcome.contacts).toEqual({ added: 2, updated: 0, merged: 0, kept: 0 });
    expect(await readBackupData()).toEqual(before);
    expect(await dump()).toEqual(beforeDump);
    expect(await getAllSettings()).toEqual(beforeSettings);
  });

  it('leaves a restored contact findable by email, event and due time', async () => {
    await restoreBackup(makeSampleData(), 'replace');
    const db = await getDb();
    expect((await db.getFromIndex(STORES.contacts, 'by-email', 'hanako@example.jp'))?.id).toBe('contact-1');
    expect((await db.getAllFromIndex(STORES.contacts, 'by-event', 'event-1')).map((c) => c.id).sort()).toEqual(['contact-1', 'contact-2']);
    expect((await db.getAllFromIndex(STORES.contacts, 'by-due')).map((c) => c.id)).toEqual(['contact-1']);
    expect((await db.getAllFromIndex(STORES.contacts, 'by-expiry')).map((c) => c.id)).toEqual(['contact-1']);
  });
});

describe('replace', () => {
  it('leaves exactly the backup: local-only records and settings are gone', async () => {
    await seed({ cards: [localCard], contacts: [{ ...sampleContact, id: 'local-only' }], events: [], eventTags: [], settings: { autoSaveMeishi: false, validity: '1h' } });
    const data = makeSampleData();
    await restoreBackup(data, 'replace');
    expect(await readBackupData()).toEqual(byId(data));
    expect(await getAllSettings()).toEqual({ ...DEFAULT_SETTINGS, ...data.settings });
  });
});

describe('merge', () => {
  it('adds new records, takes newer-or-equal ones by id, keeps newer local ones', async () => {
    const newerLocalEvent = { ...sampleEvent, name: 'Local rename', updatedAt: sampleEvent.updatedAt + 1 };
    const olderLocalCard = { ...sampleCard, label: 'Old label', updatedAt: sampleCard.updatedAt - 1 };
    await seed({ cards: [olderLocalCard, localCard], contacts: [], events: [newerLocalEvent], eventTags: [], settings: {} });
    const outcome = await restoreBackup(makeSampleData(), 'merge');
    const read = await readBackupData();
    expect(read.cards.find((c) => c.id === sampleCard.id)?.label).toBe('Work');
    expect(read.cards.find((c) => c.id === localCard.id)).toEqual(localCard);
    expect(read.events).toEqual([newerLocalEvent]);
    expect(outcome).toMatchObject({ mode: 'merge', cards: { added: 0, updated: 1, kept: 0 }, events: { kept: 1 }, contacts: { added: 2 } });
  });

  it('takes an equally new contact from the backup and keeps a newer local one', async () => {
    await seed({ cards: [], contacts: [{ ...sampleContact, notes: 'local', updatedAt: sampleContact.updatedAt + 1 }, { ...expiredContact, notes: 'local' }], events: [], eventTags: [], settings: {} });
    await restoreBackup(makeSampleData(), 'merge');
    expect((await getContact(sampleContact.id))?.notes).toBe('local');
    expect((await getContact(expiredContact.id))?.notes).toBe(expiredContact.notes);
  });

  it('keeps settings set locally and adds the missing ones', async () => {
    await setSetting('validity', '1h');
    const outcome = await restoreBackup({ cards: [], contacts: [], events: [], eventTags: [], settings: { validity: '7d', lastBackupAt: 42 } }, 'merge');
    expect(await getAllSettings()).toEqual({ ...DEFAULT_SETTINGS, validity: '1h', lastBackupAt: 42 });
    expect(outcome.settings).toEqual({ added: 1, updated: 0, merged: 0, kept: 1 });
  });

  it('keeps every per-event address from both sides; a tag on both lives until the later expiry', async () => {
    const local = { ...sampleEventTag, createdAt: sampleEventTag.createdAt - 5, expiresAt: sampleEventTag.expiresAt - 1000 };
    const localOnly = { ...sampleEventTag, tag: 'aaaaaa', eventId: 'event-local' };
    // The same event and address on another phone, under another tag: both were handed out.
    const otherPhone = { ...sampleEventTag, tag: 'zzzzzz' };
    await seed({ cards: [], contacts: [], events: [], eventTags: [local, localOnly], settings: {} });
    const outcome = await restoreBackup({ cards: [], contacts: [], events: [], eventTags: [sampleEventTag, otherPhone], settings: {} }, 'merge');
    expect(outcome.eventTags).toEqual({ added: 1, updated: 1, merged: 0, kept: 0 });
    expect((await readBackupData()).eventTags).toEqual([
      localOnly,
      { ...sampleEventTag, createdAt: local.createdAt, expiresAt: sampleEventTag.expiresAt },
      otherPhone,
    ]);
    // What merging gives, a backup of it restores.
    expect(parseBackup(makeBackup(await readBackupData(), Date.now(), 'test')).ok).toBe(true);
  });

  it('merges a contact with an unknown id into the local contact with the same email', async () => {
    const local: Contact = { ...sampleContact, id: 'local', card: { ...sampleContact.card, email: 'hanako@example.jp' }, notes: 'Local note', flags: [], tags: ['x'], updatedAt: 10 };
    await putContact(local);
    const incoming: Contact = { ...sampleContact, id: 'from-phone', card: { ...sampleContact.card, email: 'Hanako@EXAMPLE.jp', title: 'CEO' } };
    const outcome = await restoreBackup({ cards: [], contacts: [incoming], events: [], eventTags: [], settings: {} }, 'merge');
    expect(outcome.contacts).toEqual({ added: 0, updated: 0, merged: 1, kept: 0 });
    const [merged, ...rest] = await listContacts();
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ id: 'local', notes: 'Local note\n\nロゴの相談をしたい', flags: ['line'], tags: ['x', 'design', '候補'] });
    expect(merged?.card.title).toBe('CEO');
    expect(merged?.meetings).toEqual(sampleContact.meetings);
    // The merged record is found by every index.
    const db = await getDb();
    expect((await db.getFromIndex(STORES.contacts, 'by-event', 'event-1'))?.id).toBe('local');

    // The same file again changes nothing.
    const before = await dump();
    const again = await restoreBackup({ cards: [], contacts: [incoming], events: [], eventTags: [], settings: {} }, 'merge');
    expect(again.contacts).toEqual({ added: 0, updated: 0, merged: 0, kept: 1 });
    expect(await dump()).toEqual(before);
  });

  it('folds two backup contacts with one email, both new here, into one', async () => {
    const a = { ...sampleContact, id: 'a' };
    const b = { ...sampleContact, id: 'b', notes: 'second' };
    const outcome = await restoreBackup({ cards: [], contacts: [a, b], events: [], eventTags: [], settings: {} }, 'merge');
    expect(outcome.contacts).toMatchObject({ added: 1, merged: 1 });
    expect((await listContacts()).map((c) => [c.id, c.notes])).toEqual([['a', `${sampleContact.notes}\n\nsecond`]]);
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    await restoreBackup(makeSampleData(), 'merge');
    const before = await dump();
    const outcome = await restoreBackup(throughFile(makeSampleData()), 'merge');
    expect(outcome).toMatchObject({ cards: { kept: 1 }, contacts: { kept: 2 }, events: { kept: 1 }, eventTags: { kept: 1 }, settings: { kept: 7 } });
    expect(await dump()).toEqual(before);
  });
});

describe('all or nothing', () => {
  const local = { cards: [localCard], contacts: [{ ...sampleContact, id: 'local', notes: 'Local note', updatedAt: 10 }], events: [{ ...sampleEvent, id: 'ev-local' }], eventTags: [], settings: { validity: '1h' } };
  // Replace writes 12 records (1 card, 2 contacts, 1 event, 1 event tag, 7 settings); merge writes 11 here.
  const failPoints = [0, 1, 3, 5, 7, 10];

  for (const mode of ['replace', 'merge'] as const) {
    it.each(failPoints)(`${mode}: failing after %i writes leaves the database exactly as it was`, async (failAfter) => {
      await seed(local);
      const before = await dump();
      const restoring = restoreBackup(makeSampleData(), mode, { failAfter });
      await expect(restoring).rejects.toBeInstanceOf(StorageError);
      await expect(restoring).rejects.toMatchObject({ kind: 'aborted' });
      expect(await dump()).toEqual(before);
      // The connection still works afterwards.
      expect((await readBackupData()).contacts).toHaveLength(1);
    });
  }

  it('a record IndexedDB refuses aborts the whole restore too', async () => {
    await seed(local);
    const before = await dump();
    const data = makeSampleData();
    data.events.push({ ...sampleEvent, id: { not: 'a key' } as never });
    await expect(restoreBackup(data, 'replace')).rejects.toBeInstanceOf(StorageError);
    expect(await dump()).toEqual(before);
  });

  it('does not fail when failAfter is at or past the number of writes', async () => {
    await expect(restoreBackup(makeSampleData(), 'replace', { failAfter: 12 })).resolves.toMatchObject({ mode: 'replace' });
  });
});
