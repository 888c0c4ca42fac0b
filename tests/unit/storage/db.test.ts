import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { getDb, onDbNotice, openMeishiDb, useDatabase } from '../../../src/storage/db';
import { DB_VERSION, STORES } from '../../../src/storage/schema';

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
    const old = await openMeishiDb(name);
    await old.put(STORES.cards, { id: 'c1', label: 'Work', name: 'A', reading: '', org: '', title: '', email: 'a@example.com', website: '', tagline: '', createdAt: 1, updatedAt: 1 });
    old.close();
    const db = await openMeishiDb(name);
    expect((await db.get(STORES.cards, 'c1'))?.email).toBe('a@example.com');
    db.close();
  });

  it('steps aside when a newer version wants to upgrade, tells the user, and reopens later', async () => {
    const name = freshName();
    await useDatabase(name);
    const notices: string[] = [];
    const stop = onDbNotice((notice) => notices.push(notice));
    const first = await getDb();
    // Another tab with a newer release opens version + 1: our connection must close for it.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(notices).toEqual(['version-change']);
    newer.close();
    stop();
    // Our next use gets a new connection rather than the closed one.
    await expect(getDb()).rejects.toThrow(); // the DB is now at a version newer than ours
    expect(first).not.toBe(undefined);
  });

  it('reports when an older connection in another tab blocks the upgrade, then completes it', async () => {
    const name = freshName();
    // An old tab that never closes its connection when asked.
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('legacy') });
    const notices: string[] = [];
    const stop = onDbNotice((notice) => notices.push(notice));
    const upgrading = openMeishiDb(name, 2);
    await new Promise((r) => setTimeout(r, 20));
    expect(notices).toEqual(['blocked']);
    old.close();
    const db = await upgrading;
    expect(db.version).toBe(2);
    db.close();
    stop();
  });
});
