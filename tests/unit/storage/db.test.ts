import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { getDb, onDbNotice, openMeishiDb, useDatabase, withTx } from '../../../src/storage/db';
import { DB_VERSION, STORES } from '../../../src/storage/schema';
import { upgradeDatabase } from '../../../src/storage/upgrade';
import type { MyCard } from '../../../src/domain/types';

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
    db.close();
  });

  it('creates only the stores of the version asked for (so a test can build an old release’s database)', async () => {
    const db = await openMeishiDb(freshName(), 1);
    expect([...db.objectStoreNames].sort()).toEqual(['cards', 'contacts', 'events', 'settings']);
    db.close();
  });

  it('takes a version-1 database to today’s: data kept, each card’s per-event option off, an empty tag map', async () => {
    const name = freshName();
    // Fill a version-1 database the way a v1 release wrote it (cards had no per-event option).
    const old = await openMeishiDb(name, 1);
    const v1Card = { id: 'c1', label: 'Work', name: 'A', reading: '', org: '', title: '', email: 'a@example.com', website: '', tagline: '', createdAt: 1, updatedAt: 1 };
    await old.put(STORES.cards, v1Card as MyCard);
    await old.put(STORES.cards, { ...v1Card, id: 'c2', email: 'b@example.com' } as MyCard);
    await old.put(STORES.settings, { key: 'validity', value: '7d' });
    old.close();

    const db = await openMeishiDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll(STORES.cards)).toEqual([
      { ...v1Card, perEventAddress: false },
      { ...v1Card, id: 'c2', email: 'b@example.com', perEventAddress: false },
    ]);
    expect(await db.get(STORES.settings, 'validity')).toEqual({ key: 'validity', value: '7d' });
    expect(await db.getAll(STORES.eventTags)).toEqual([]);
    const tags = db.transaction(STORES.eventTags).store;
    expect(tags.keyPath).toBe('tag');
    expect([...tags.indexNames]).toEqual(['by-event']);
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
    // An old tab (an older release) that never closes its connection when asked.
    const old = await openDB(name, DB_VERSION - 1, { upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(db as never, oldVersion, newVersion, tx as never) });
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
