import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { getDb, onDbNotice, openMeishiDb, useDatabase, withTx } from '../../../src/storage/db';
import { DB_VERSION, STORES, type ContactRecord } from '../../../src/storage/schema';
import { toContactRecord } from '../../../src/storage/contact-record';
import { makeContact } from '../../fixtures/make-contact';

let n = 0;
const freshName = () => `meishi-db-test-${++n}-${Math.random()}`;

describe('the Meishi database', () => {
  it('creates every store and index from nothing (version 0 → current)', async () => {
    const db = await openMeishiDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    const tx = db.transaction(STORES.contacts);
    expect([...tx.store.indexNames].sort()).toEqual(['by-due', 'by-email', 'by-event', 'by-expiry', 'by-updated']);
    expect(tx.store.index('by-event').multiEntry).toBe(true);
    db.close();
  });

  it('keeps data written by an earlier connection at version 1 when opened by today’s code', async () => {
    const name = freshName();
    // Fill a version-1 database the way a v1 release wrote it.
    const old = await openMeishiDb(name, 1);
    await old.put(STORES.cards, { id: 'c1', label: 'Work', name: 'A', reading: '', org: '', title: '', email: 'a@example.com', website: '', tagline: '', createdAt: 1, updatedAt: 1 });
    old.close();
    const db = await openMeishiDb(name);
    expect((await db.get(STORES.cards, 'c1'))?.email).toBe('a@example.com');
    db.close();
  });

  it('version 1 → 2: gives every stored contact no name parts (guessed from its name), keeping the rest', async () => {
    const name = freshName();
    const old = await openMeishiDb(name, 1);
    // A version-1 contact record: no nameParts field at all.
    const { nameParts: _, ...v1 } = toContactRecord(makeContact({ name: 'Ando Roid', email: 'ando@example.com' }, { id: 'k1', tags: ['x'] }));
    await old.put(STORES.contacts, v1 as ContactRecord);
    await old.put(STORES.contacts, { ...v1, id: 'k2', emailKey: 'other@example.com', card: { ...v1.card, email: 'other@example.com' } } as ContactRecord);
    old.close();
    const db = await openMeishiDb(name);
    const records = await db.getAll(STORES.contacts);
    expect(records.map((r) => [r.id, r.nameParts, r.tags, r.card.name])).toEqual([
      ['k1', null, ['x'], 'Ando Roid'],
      ['k2', null, ['x'], 'Ando Roid'],
    ]);
    expect(await db.getKeyFromIndex(STORES.contacts, 'by-email', 'other@example.com')).toBe('k2');
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
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('legacy') });
    const notices: string[] = [];
    const stop = onDbNotice((notice) => notices.push(notice));
    const upgrading = openMeishiDb(name, 2);
    await vi.waitFor(() => expect(notices).toEqual(['blocked']));
    old.close();
    const db = await upgrading;
    expect(db.version).toBe(2);
    db.close();
    stop();
  });

  it('runs a transaction all or nothing, and reports a failure as a StorageError', async () => {
    await useDatabase(freshName());
    const card = { id: 'c1', label: 'Work', name: 'A', reading: '', org: '', title: '', email: 'a@example.com', website: '', tagline: '', createdAt: 1, updatedAt: 1 };
    const failing = withTx([STORES.cards], 'readwrite', async (tx) => {
      await tx.objectStore(STORES.cards).put(card);
      // A second record with the same key in an add(): the request fails, so all of it must go.
      await tx.objectStore(STORES.cards).add(card);
    });
    await expect(failing).rejects.toMatchObject({ name: 'StorageError' });
    expect(await withTx([STORES.cards], 'readonly', (tx) => tx.objectStore(STORES.cards).count())).toBe(0);
  });
});
