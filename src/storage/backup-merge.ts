import type { IDBPTransaction } from 'idb';
import type { Contact } from '../domain/types';
import type { BackupData } from '../domain/backup/backup-format';
import { canonicalContact, canonicalEvent, canonicalMyCard } from '../domain/backup/canonical-records';
import { mergeSamePerson } from '../domain/backup/merge-same-person';
import { emailKey } from '../domain/card/email';
import type { RestoreCounts, RestoreOutcome } from './backup-counts';
import type { RestoreWrites } from './backup-writes';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES, type MeishiSchema } from './schema';

/** The restore transaction: all four stores, read-write. */
export type RestoreTx = IDBPTransaction<MeishiSchema, (typeof STORES)[keyof typeof STORES][], 'readwrite'>;

/** Clears every store, then writes exactly the backup. Only IndexedDB is awaited. */
export async function replaceAll(tx: RestoreTx, data: BackupData, writes: RestoreWrites, outcome: RestoreOutcome): Promise<void> {
  await Promise.all(Object.values(STORES).map((name) => tx.objectStore(name).clear()));
  for (const card of data.cards) writes.add(() => tx.objectStore(STORES.cards).put(card));
  for (const contact of data.contacts) writes.add(() => tx.objectStore(STORES.contacts).put(toContactRecord(contact)));
  for (const event of data.events) writes.add(() => tx.objectStore(STORES.events).put(event));
  for (const [key, value] of Object.entries(data.settings)) writes.add(() => tx.objectStore(STORES.settings).put({ key, value }));
  outcome.cards.added = data.cards.length;
  outcome.contacts.added = data.contacts.length;
  outcome.events.added = data.events.length;
  outcome.settings.added = Object.keys(data.settings).length;
}

/** Merges the backup into what is stored (rules in backup-repo.ts). Only IndexedDB is awaited. */
export async function mergeAll(tx: RestoreTx, data: BackupData, writes: RestoreWrites, outcome: RestoreOutcome): Promise<void> {
  const cards = tx.objectStore(STORES.cards);
  for (const card of data.cards) {
    const stored = await cards.get(card.id);
    byId(stored, card, canonicalMyCard, outcome.cards, () => writes.add(() => cards.put(card)));
  }
  const events = tx.objectStore(STORES.events);
  for (const event of data.events) {
    const stored = await events.get(event.id);
    byId(stored, event, canonicalEvent, outcome.events, () => writes.add(() => events.put(event)));
  }
  for (const contact of data.contacts) await mergeContact(tx, contact, writes, outcome.contacts);
  const settings = tx.objectStore(STORES.settings);
  const present = new Set(await settings.getAllKeys());
  for (const [key, value] of Object.entries(data.settings)) {
    if (present.has(key)) {
      outcome.settings.kept++;
      continue;
    }
    writes.add(() => settings.put({ key, value }));
    outcome.settings.added++;
  }
}

// By id: new → added; the backup's copy at least as new and different → updated; else kept.
function byId<T extends { updatedAt: number }>(stored: T | undefined, incoming: T, canonical: (value: T) => T, counts: RestoreCounts, write: () => void): void {
  if (!stored) {
    write();
    counts.added++;
  } else if (incoming.updatedAt >= stored.updatedAt && !same(stored, incoming, canonical)) {
    write();
    counts.updated++;
  } else {
    counts.kept++;
  }
}

// By id first; an unknown id with a known email is the same person met on another device.
async function mergeContact(tx: RestoreTx, contact: Contact, writes: RestoreWrites, counts: RestoreCounts): Promise<void> {
  const store = tx.objectStore(STORES.contacts);
  const stored = await store.get(contact.id);
  if (stored || !contact.card.email) {
    byId(stored && fromContactRecord(stored), contact, canonicalContact, counts, () => writes.add(() => store.put(toContactRecord(contact))));
    return;
  }
  const sameEmail = await store.index('by-email').get(emailKey(contact.card.email));
  if (!sameEmail) {
    writes.add(() => store.put(toContactRecord(contact)));
    counts.added++;
    return;
  }
  const existing = fromContactRecord(sameEmail);
  const merged = mergeSamePerson(existing, contact);
  // Restoring the same file twice changes nothing the second time.
  if (same(existing, merged, canonicalContact)) {
    counts.kept++;
    return;
  }
  writes.add(() => store.put(toContactRecord(merged)));
  counts.merged++;
}

// Key order differs between stored and parsed objects; the canonical form does not.
function same<T>(a: T, b: T, canonical: (value: T) => T): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
