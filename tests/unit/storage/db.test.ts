import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDB, unwrap } from 'idb';
import { createFrozenStores, FROZEN_SCHEMAS } from '../../fixtures/old-schemas';
import { getDb, onDbNotice, openMeishiDb, useDatabase, withTx } from '../../../src/storage/db';
import { DB_VERSION, STORES, type ContactRecord } from '../../../src/storage/schema';
import { toContactRecord } from '../../../src/storage/contact-record';
import { makeContact } from '../../fixtures/make-contact';
import { EVENT_TEXT_CAP, TAG_CAP } from '../../../src/domain/caps';

// The version-1 schema exactly as the version-1 release created it (today's ladder must bring
// it up to date).
const createVersion1 = (db: import('idb').IDBPDatabase) => createFrozenStores(unwrap(db), FROZEN_SCHEMAS[1]);

let n = 0;
const freshName = () => `meishi-db-test-${++n}-${Math.random()}`;

describe('the Meishi database', () => {
  it('creates every store and index from nothing (version 0 → current)', async () => {
    const db = await openMeishiDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    expect(db.transaction(STORES.eventTags).store.index('by-event').keyPath).toBe('eventId');
    const tx = db.transaction(STORES.contacts);
    expect([...tx.store.indexNames].sort()).toEqual(['by-due', 'by-email', 'by-event', 'by-expiry', 'by-updated']);
    expect(tx.store.index('by-event').multiEntry).toBe(true);
    expect(db.transaction(STORES.photos).store.index('by-contact').keyPath).toBe('contactId');
    db.close();
  });

  it('creates only the stores of the version asked for (so a test can build an old release’s database)', async () => {
    const db = await openMeishiDb(freshName(), 1);
    expect([...db.objectStoreNames].sort()).toEqual(['cards', 'contacts', 'events', 'settings']);
    db.close();
    const v2 = await openMeishiDb(freshName(), 2);
    expect([...v2.objectStoreNames].sort()).toEqual(['cards', 'contacts', 'eventTags', 'events', 'settings']);
    v2.close();
  });

  it('brings a version-1 database, as the version-1 release wrote it, up to today', async () => {
    const name = freshName();
    const old = await openDB(name, 1, { upgrade: createVersion1 });
    const card = { id: 'c1', label: 'Work', name: 'A', reading: '', org: '', title: '', email: 'a@example.com', website: '', tagline: '', createdAt: 1, updatedAt: 1 };
    const blank = { name: 'Hanako', reading: '', org: '', title: '', email: 'hanako@example.jp', website: '', tagline: '' };
    await old.put('cards', card);
    // Version 1 let tags and quick-add event names run past today's caps.
    await old.put('contacts', {
      id: 'p1', card: blank, original: blank, extraEmails: [], notes: 'n', flags: [], tags: ['x'.repeat(20_000), 'ok'],
      meetings: [{ at: 5, eventId: 'e1', source: 'meishi' }], followUpAt: 50, followUpHasTime: false, followUpDone: false,
      expiresAt: null, expiredAt: null, createdAt: 1, updatedAt: 1, emailKey: 'hanako@example.jp', eventIds: ['e1'], dueAt: 50,
    });
    await old.put('events', { id: 'e1', name: 'E'.repeat(600), date: '2026-11-24', place: '', organizer: '', organizerUrl: '', notes: '', signs: [], verdict: null, reviewIndex: 0, reviewDone: false, createdAt: 1, updatedAt: 1 });
    old.close();

    const db = await openMeishiDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get(STORES.cards, 'c1')).toEqual({ ...card, perEventAddress: false });
    const contact = (await db.get(STORES.contacts, 'p1'))!;
    expect(contact.received).toEqual([]);
    // Every step of the way, one after the other: version 3's name parts too.
    expect(contact.nameParts).toBeNull();
    // No paper card yet: no photos, no recognised text; the photos store is there, empty.
    expect(contact.photoIds).toEqual([]);
    expect(contact.paperText).toBe('');
    expect(await db.getAll(STORES.photos)).toEqual([]);
    expect(db.transaction(STORES.photos).store.keyPath).toBe('id');
    expect([...db.transaction(STORES.photos).store.indexNames]).toEqual(['by-contact']);
    expect(contact.tags).toEqual(['x'.repeat(TAG_CAP), 'ok']);
    // Index keys still find it.
    expect(await db.getAllKeysFromIndex(STORES.contacts, 'by-due')).toEqual(['p1']);
    expect(await db.getAllKeysFromIndex(STORES.contacts, 'by-event', 'e1')).toEqual(['p1']);
    expect((await db.get(STORES.events, 'e1'))?.name).toHaveLength(EVENT_TEXT_CAP);
    expect(await db.getAll(STORES.eventTags)).toEqual([]);
    const tags = db.transaction(STORES.eventTags).store;
    expect(tags.keyPath).toBe('tag');
    expect([...tags.indexNames]).toEqual(['by-event']);
    db.close();
  });

  it('version 2 → 3: gives every stored contact, and each later card in its history, no name parts (guessed from the name)', async () => {
    const name = freshName();
    const old = await openMeishiDb(name, 2);
    // A version-2 contact record: later cards kept, no nameParts anywhere, no paper card.
    const { nameParts: _, photoIds: _p, paperText: _t, ...v2 } = toContactRecord(makeContact({ name: 'Ando Roid', email: 'ando@example.com' }, { id: 'k1', tags: ['x'] }));
    const later = { at: 5, source: 'vcard', card: { ...v2.card, title: 'CTO' }, settled: false };
    await old.put(STORES.contacts, { ...v2, received: [later] } as unknown as ContactRecord);
    old.close();
    const db = await openMeishiDb(name);
    expect(db.version).toBe(DB_VERSION);
    const [record] = await db.getAll(STORES.contacts);
    expect(record).toMatchObject({ id: 'k1', nameParts: null, tags: ['x'], card: { name: 'Ando Roid' }, received: [{ ...later, nameParts: null }] });
    expect(await db.getKeyFromIndex(STORES.contacts, 'by-email', 'ando@example.com')).toBe('k1');
    // No paper card yet, and the store for paper cards' photos, empty, findable by contact.
    expect(record).toMatchObject({ photoIds: [], paperText: '' });
    expect(await db.getAll(STORES.photos)).toEqual([]);
    expect(db.transaction(STORES.photos).store.index('by-contact').keyPath).toBe('contactId');
    db.close();
  });

  it('steps aside when a newer version wants to upgrade, tells the user, and reopens later', async () => {
    const name = freshName();
    await useDatabase(name);
    const notices: string[] = [];
    const stop = onDbNotice((notice) => notices.push(notice));
    await getDb();
    // Another tab with a newer release opens version + 1: our connection must close for it.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(notices).toEqual(['version-change']);
    newer.close();
    stop();
    // Our next use opens a new connection rather than handing out the closed one, and that
    // fails as it must: the database is now at a version newer than this code.
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('reports when an older connection in another tab blocks the upgrade, then completes it', async () => {
    const name = freshName();
    // An old tab that never closes its connection when asked.
    const old = await openDB(name, 1, { upgrade: createVersion1 });
    const notices: string[] = [];
    const stop = onDbNotice((notice) => notices.push(notice));
    const upgrading = openMeishiDb(name);
    await vi.waitFor(() => expect(notices).toEqual(['blocked']));
    old.close();
    const db = await upgrading;
    expect(db.version).toBe(DB_VERSION);
    db.close();
    stop();
  });

  it('runs a transaction all or nothing, and reports a failure as a StorageError', async () => {
    await useDatabase(freshName());
    const card = { id: 'c1', label: 'Work', name: 'A', reading: '', org: '', title: '', email: 'a@example.com', website: '', tagline: '', perEventAddress: false, createdAt: 1, updatedAt: 1 };
    const failing = withTx([STORES.cards], 'readwrite', async (tx) => {
      await tx.objectStore(STORES.cards).put(card);
      // A second record with the same key in an add(): the request fails, so all of it must go.
      await tx.objectStore(STORES.cards).add(card);
    });
    await expect(failing).rejects.toMatchObject({ name: 'StorageError' });
    expect(await withTx([STORES.cards], 'readonly', (tx) => tx.objectStore(STORES.cards).count())).toBe(0);
  });
});
