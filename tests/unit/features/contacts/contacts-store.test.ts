import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import type { ReceivedCard } from '../../../../src/domain/contacts/receive-card';
import { makeContactPatch } from '../../../../src/domain/contacts/contact-patch';
import { makeEmptyCard } from '../../../../src/domain/types';

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
