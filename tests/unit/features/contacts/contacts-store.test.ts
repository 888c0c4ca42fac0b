import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import type { ReceivedCard } from '../../../../src/domain/contacts/receive-card';
import { makeContactPatch } from '../../../../src/domain/contacts/contact-patch';
import { makeEmptyCard } from '../../../../src/domain/types';
import { samplePhotoBytes } from '../../domain/backup/backup-sample';

type Store = typeof import('../../../../src/features/contacts/contacts-store');
type Repo = typeof import('../../../../src/storage/contacts-repo');

const received = (email: string, eventId: string | null = 'ev1', name = email.split('@')[0]!): ReceivedCard => ({
  card: { ...makeEmptyCard(), name, email },
  extraEmails: [],
  source: 'meishi',
  eventId,
  expiresAt: null,
});

let dbName = '';

// A fresh copy of the app's modules on one database: what one browser tab holds.
async function openTab(): Promise<{ store: Store; repo: Repo }> {
  vi.resetModules();
  const db = await import('../../../../src/storage/db');
  await db.useDatabase(dbName);
  return { store: await import('../../../../src/features/contacts/contacts-store'), repo: await import('../../../../src/storage/contacts-repo') };
}

// Another tab's message arrives asynchronously; wait until the store shows it.
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000, interval: 5 });
}

beforeEach(() => {
  dbName = `store-${Math.random()}`;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the contacts store', () => {
  it('files a received card into the loaded list and the database together', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const { contact, merged } = await store.fileReceivedCard(received('ann@example.com'));
    expect(merged).toBe(false);
    expect(store.contacts().map((c) => c.id)).toEqual([contact.id]);
    expect(await repo.getContact(contact.id)).toEqual(contact);
    // The same person again: a meeting, not a second row.
    const again = await store.fileReceivedCard(received('ANN@example.com', 'ev2'));
    expect(again.merged).toBe(true);
    expect(store.contacts()).toHaveLength(1);
    expect(store.contactById(contact.id)?.meetings.map((m) => m.eventId)).toEqual(['ev1', 'ev2']);
  });

  it('answers “who was at this event” from memory, in the order people were met', async () => {
    const { store } = await openTab();
    await store.loadContacts();
    await createRoot(async (dispose) => {
      const first = await store.fileReceivedCard(received('first@example.com'));
      await store.fileReceivedCard(received('elsewhere@example.com', 'ev2'));
      const second = await store.fileReceivedCard(received('second@example.com'));
      expect(store.peopleAt('ev1').map((c) => c.id)).toEqual([first.contact.id, second.contact.id]);
      expect(store.peopleAt('ev2')).toHaveLength(1);
      expect(store.peopleAt('nowhere')).toEqual([]);
      dispose();
    });
  });

  it('writes an edit on top of what another tab stored meanwhile', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const { contact } = await store.fileReceivedCard(received('ann@example.com'));
    // Another tab writes notes and a tag straight to the database.
    await repo.updateContact(contact.id, makeContactPatch(contact, { notes: 'from the other tab', tags: ['b'] }), Date.now());
    // This tab, which has not heard of it yet, adds a tag and a follow-up.
    expect(await store.editContact(contact.id, makeContactPatch(contact, { tags: ['a'], followUpAt: 1000 }))).toBe(true);
    expect(store.contactById(contact.id)).toMatchObject({ notes: 'from the other tab', tags: ['b', 'a'], followUpAt: 1000 });
    expect(await repo.getContact(contact.id)).toMatchObject({ notes: 'from the other tab', tags: ['b', 'a'], followUpAt: 1000 });
  });

  it('does not bring back a contact another tab deleted', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const { contact } = await store.fileReceivedCard(received('ann@example.com'));
    await repo.deleteContact(contact.id);
    expect(await store.editContact(contact.id, makeContactPatch(contact, { notes: 'too late' }))).toBe(false);
    expect(store.contactById(contact.id)).toBeUndefined();
    expect(await repo.getContact(contact.id)).toBeUndefined();
  });

  it('hears another tab’s saves and deletes, reading only those contacts', async () => {
    const mine = await openTab();
    await mine.store.loadContacts();
    const { contact } = await mine.store.fileReceivedCard(received('ann@example.com'));
    const other = await openTab();
    await other.store.loadContacts();
    await other.store.editContact(contact.id, makeContactPatch(contact, { notes: 'typed over there' }));
    await until(() => mine.store.contactById(contact.id)?.notes === 'typed over there');
    const added = await other.store.fileReceivedCard(received('bob@example.com'));
    await until(() => mine.store.contactById(added.contact.id) !== undefined);
    await other.store.removeContact(contact.id);
    await until(() => mine.store.contactById(contact.id) === undefined);
    expect(mine.store.contacts().map((c) => c.id)).toEqual([added.contact.id]);
  });

  it('keeps everyone in name order through saves, edits, deletes and another tab’s changes', async () => {
    const { store } = await openTab();
    await store.loadContacts();
    const names = () => store.contactsByName().map((c) => c.card.name);
    const carol = await store.fileReceivedCard(received('carol@example.com', 'ev1', 'Carol'));
    await store.fileReceivedCard(received('alice@example.com', 'ev1', 'Alice'));
    const bob = await store.fileReceivedCard(received('bob@example.com', 'ev1', 'Bob'));
    expect(names()).toEqual(['Alice', 'Bob', 'Carol']);
    await store.editContact(carol.contact.id, makeContactPatch(carol.contact, { card: { ...carol.contact.card, name: 'Aaron' } }));
    expect(names()).toEqual(['Aaron', 'Alice', 'Bob']);
    await store.removeContact(bob.contact.id);
    expect(names()).toEqual(['Aaron', 'Alice']);
    const other = await openTab();
    await other.store.loadContacts();
    await other.store.fileReceivedCard(received('zoe@example.com', 'ev1', 'Abby'));
    await until(() => names().length === 3);
    expect(names()).toEqual(['Aaron', 'Abby', 'Alice']);
    expect(store.contactsByName()).toHaveLength(store.contacts().length);
  });

  it('counts the people not backed up since the last backup', async () => {
    const { store } = await openTab();
    const settings = await import('../../../../src/features/settings/settings-store');
    await Promise.all([store.loadContacts(), settings.loadSettings()]);
    await store.fileReceivedCard(received('ann@example.com'));
    expect(store.notBackedUpCount()).toBe(1);
    await settings.updateSetting('lastBackupAt', Date.now() + 1);
    expect(store.notBackedUpCount()).toBe(0);
  });
});

describe('filing a card typed in or read from a paper card', () => {
  const jpeg = () => new Blob([samplePhotoBytes('image/jpeg')], { type: 'image/jpeg' });
  const webp = () => new Blob([samplePhotoBytes('image/webp')], { type: 'image/webp' });
  const paper = (email: string, eventId: string | null = 'ev1'): ReceivedCard => ({ ...received(email, eventId, 'Paper Person'), source: 'paper' });

  it('keeps the contact, its photos (front first) and the recognised text together, under the event', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const { contact, merged, paperCardSkipped } = await store.filePaperCard(paper('pp@example.com'), { photos: [jpeg(), webp()], text: 'Paper Person\r\npp@example.com\u0007' });
    expect([merged, paperCardSkipped]).toEqual([false, false]);
    expect(contact).toMatchObject({ paperText: 'Paper Person\npp@example.com', meetings: [{ eventId: 'ev1', source: 'paper' }] });
    expect(contact.photoIds).toHaveLength(2);
    expect(store.contactById(contact.id)).toEqual(contact);
    expect(await repo.getContact(contact.id)).toEqual(contact);
    const photos = await store.contactPhotos(contact);
    expect(photos.map((p) => [p.id, p.contactId, p.type])).toEqual([
      [contact.photoIds[0], contact.id, 'image/jpeg'],
      [contact.photoIds[1], contact.id, 'image/webp'],
    ]);
    expect(photos[0]!.data).toEqual(samplePhotoBytes('image/jpeg'));
  });

  it('files a card typed in by hand: no photo, no text, source “manual”', async () => {
    const { store } = await openTab();
    await store.loadContacts();
    const { contact } = await store.filePaperCard({ ...received('hand@example.com'), source: 'manual' }, { photos: [], text: '' });
    expect(contact).toMatchObject({ photoIds: [], paperText: '', meetings: [{ source: 'manual' }] });
    expect(await store.contactPhotos(contact)).toEqual([]);
  });

  it('the same email again is a meeting on that contact; its photos join only a contact that has no paper card yet', async () => {
    const { store } = await openTab();
    await store.loadContacts();
    const scanned = await store.fileReceivedCard(received('known@example.com'));
    const first = await store.filePaperCard(paper('KNOWN@example.com', 'ev2'), { photos: [jpeg()], text: 'first card' });
    expect(first).toMatchObject({ merged: true, paperCardSkipped: false, contact: { id: scanned.contact.id, paperText: 'first card' } });
    // What is known is not replaced: the name stays, the card waits in the history.
    expect(first.contact.card.name).toBe('known');
    expect(first.contact.received.map((v) => v.card.name)).toEqual(['Paper Person']);
    const second = await store.filePaperCard(paper('known@example.com', 'ev3'), { photos: [webp()], text: 'second card' });
    expect(second).toMatchObject({ merged: true, paperCardSkipped: true, contact: { paperText: 'first card', photoIds: first.contact.photoIds } });
    expect(store.contacts()).toHaveLength(1);
    expect(store.contactById(scanned.contact.id)?.meetings.map((m) => m.eventId)).toEqual(['ev1', 'ev2', 'ev3']);
    // The second card's photo was not kept anywhere.
    const { getDb } = await import('../../../../src/storage/db');
    expect(await (await getDb()).count('photos')).toBe(1);
  });

  it('a full disk while the photos are written: a storage error, and nothing of the card is kept', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'photos') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.filePaperCard(paper('full@example.com'), { photos: [jpeg(), webp()], text: 'text' })).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    vi.restoreAllMocks();
    expect(store.contacts()).toEqual([]);
    expect(await repo.listContacts()).toEqual([]);
  });

  it('deleting a contact deletes its photos with it, and Undo brings both back exactly', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const { contact } = await store.filePaperCard(paper('gone@example.com'), { photos: [jpeg(), webp()], text: 'text' });
    const before = await store.contactPhotos(contact);
    const removed = await store.removeContact(contact.id);
    const byId = (photos: { id: string }[] = []) => [...photos].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(removed?.photos)).toEqual(byId(before));
    expect(await repo.getPhotos(contact.photoIds)).toEqual([]);
    expect(await repo.getContact(contact.id)).toBeUndefined();
    await store.restoreContact(removed!);
    expect(await store.contactPhotos(contact)).toEqual(before);
    expect(store.contactById(contact.id)).toEqual(contact);
  });

  it('the contacts list is read without touching the photos', async () => {
    const first = await openTab();
    await first.store.loadContacts();
    await first.store.filePaperCard(paper('pp@example.com'), { photos: [jpeg()], text: '' });
    const { store } = await openTab();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.loadContacts();
    expect(store.contacts()).toHaveLength(1);
    const read = transaction.mock.calls.flatMap(([stores]) => [stores].flat());
    expect(read).toContain('contacts');
    expect(read).not.toContain('photos');
  });

  it('refuses what the photo preparation cannot have made, before writing anything', async () => {
    const { store, repo } = await openTab();
    await store.loadContacts();
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await expect(store.filePaperCard(paper('png@example.com'), { photos: [png], text: '' })).rejects.toThrow();
    const named = new Blob([samplePhotoBytes('image/jpeg')], { type: 'image/webp' });
    await expect(store.filePaperCard(paper('png@example.com'), { photos: [named], text: '' })).rejects.toThrow();
    expect(await repo.listContacts()).toEqual([]);
  });
});
