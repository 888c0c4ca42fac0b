import type { BackupData, BackupSettings } from '../domain/backup/backup-format';
import { canonicalContact, canonicalEvent, canonicalEventTag, canonicalMyCard } from '../domain/backup/canonical-records';
import { mergeSamePerson } from '../domain/backup/merge-same-person';
import { emailKey } from '../domain/card/email';
import { isSettingKey } from '../domain/settings';
import type { Contact } from '../domain/types';
import { mergeEventTag } from '../domain/mail/event-tags';
import { fromContactRecord, toContactRecord } from './contact-record';
import { announceChange, withTx, type MeishiTx } from './db';
import { STORES } from './schema';

// Backing up and restoring every store: read them all in one transaction, write a checked
// backup back in one transaction (replace or merge), and count what changed.

/** What a restore did to one kind of record. */
export interface RestoreCounts {
  /** New records (in replace mode: every record). */
  added: number;
  /** Records replaced by the backup's newer (or equally new) version. */
  updated: number;
  /** Backup contacts folded into an existing contact with the same email. */
  merged: number;
  /** Records left as they were (the local one is newer, identical, or a setting already set). */
  kept: number;
}

/** What a restore did, per kind. */
export interface RestoreOutcome {
  mode: 'merge' | 'replace';
  cards: RestoreCounts;
  contacts: RestoreCounts;
  events: RestoreCounts;
  eventTags: RestoreCounts;
  settings: RestoreCounts;
}

const ALL_STORES: AllStores = [STORES.cards, STORES.contacts, STORES.events, STORES.settings, STORES.eventTags];
type AllStores = (typeof STORES)[keyof typeof STORES][];

/** The restore transaction: every store, read-write. */
type RestoreTx = MeishiTx<AllStores, 'readwrite'>;

/** Everything to back up, read in one transaction so the stores agree with each other. */
export function readBackupData(): Promise<BackupData> {
  return withTx(ALL_STORES, 'readonly', async (tx) => {
    const [cards, contacts, events, eventTags, settingRecords] = await Promise.all([
      tx.objectStore(STORES.cards).getAll(),
      tx.objectStore(STORES.contacts).getAll(),
      tx.objectStore(STORES.events).getAll(),
      tx.objectStore(STORES.eventTags).getAll(),
      tx.objectStore(STORES.settings).getAll(),
    ]);
    const settings: BackupSettings = {};
    // Only settings this version knows: a backup must restore exactly what it shows.
    for (const { key, value } of settingRecords) if (isSettingKey(key)) settings[key] = value;
    return { cards, contacts: contacts.map(fromContactRecord), events, eventTags, settings };
  });
}

/**
 * Restores validated backup data (from `parseBackup`) in ONE transaction over every store:
 * all of it or, on any failure, none of it. The app's other tabs are told to read everything
 * again.
 *
 * - replace: every store is cleared, then the backup is written exactly.
 * - merge: cards, events and contacts by id — the backup's copy wins when its updatedAt is newer
 *   or equal; a contact with an unknown id but a known email is merged into that contact
 *   (`mergeSamePerson`); per-event addresses by tag, keeping the later expiry (`mergeEventTag`);
 *   settings already set locally are kept, missing ones added.
 *
 * `failAfter` is a test hook: after that many record writes the restore throws and aborts.
 */
export async function restoreBackup(data: BackupData, mode: 'merge' | 'replace', options: { failAfter?: number } = {}): Promise<RestoreOutcome> {
  const writes = new RestoreWrites(options.failAfter);
  const outcome = makeRestoreOutcome(mode);
  try {
    await withTx(ALL_STORES, 'readwrite', async (tx) => {
      await (mode === 'replace' ? replaceAll : mergeAll)(tx, data, writes, outcome);
      await writes.settle();
    });
  } catch (error) {
    // Every queued write has failed with the abort by now; wait for them before reporting.
    await writes.drain();
    throw error;
  }
  announceChange({ store: 'all' });
  return outcome;
}

/** An outcome with every count at zero. */
function makeRestoreOutcome(mode: RestoreOutcome['mode']): RestoreOutcome {
  const zero = (): RestoreCounts => ({ added: 0, updated: 0, merged: 0, kept: 0 });
  return { mode, cards: zero(), contacts: zero(), events: zero(), eventTags: zero(), settings: zero() };
}

// The restore's writes are queued without waiting for each one (fast on thousands of records)
// and counted, so a test can make the restore fail part-way and prove nothing was kept.

/** Thrown by the `failAfter` test hook; named like IndexedDB's own abort. */
class RestoreTestAbort extends Error {
  override readonly name = 'AbortError';
}

/** The queue of one restore transaction's writes. */
class RestoreWrites {
  private readonly pending: Promise<unknown>[] = [];
  private written = 0;

  constructor(private readonly failAfter?: number) {}

  /** Issues one write; after `failAfter` writes, throws instead (test hook). */
  add(write: () => Promise<unknown>): void {
    if (this.failAfter !== undefined && this.written >= this.failAfter) throw new RestoreTestAbort(`failAfter ${this.failAfter}`);
    this.written++;
    const request = write();
    // Observed at once: a failed write must not surface as an unhandled rejection before `settle`.
    request.catch(() => {});
    this.pending.push(request);
  }

  /** Waits for every write; rejects with the first failure. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Waits for every write to finish either way (after an abort). */
  async drain(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}

/** Clears every store, then writes exactly the backup. Only IndexedDB is awaited. */
async function replaceAll(tx: RestoreTx, data: BackupData, writes: RestoreWrites, outcome: RestoreOutcome): Promise<void> {
  await Promise.all(Object.values(STORES).map((name) => tx.objectStore(name).clear()));
  for (const card of data.cards) writes.add(() => tx.objectStore(STORES.cards).put(card));
  for (const contact of data.contacts) writes.add(() => tx.objectStore(STORES.contacts).put(toContactRecord(contact)));
  for (const event of data.events) writes.add(() => tx.objectStore(STORES.events).put(event));
  for (const entry of data.eventTags) writes.add(() => tx.objectStore(STORES.eventTags).put(entry));
  for (const [key, value] of Object.entries(data.settings)) writes.add(() => tx.objectStore(STORES.settings).put({ key, value }));
  outcome.cards.added = data.cards.length;
  outcome.contacts.added = data.contacts.length;
  outcome.events.added = data.events.length;
  outcome.eventTags.added = data.eventTags.length;
  outcome.settings.added = Object.keys(data.settings).length;
}

/** Merges the backup into what is stored (rules at `restoreBackup`). Only IndexedDB is awaited. */
async function mergeAll(tx: RestoreTx, data: BackupData, writes: RestoreWrites, outcome: RestoreOutcome): Promise<void> {
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
  const eventTags = tx.objectStore(STORES.eventTags);
  for (const entry of data.eventTags) {
    const stored = await eventTags.get(entry.tag);
    const merged = stored ? mergeEventTag(stored, entry) : entry;
    if (!stored) outcome.eventTags.added++;
    else if (same(stored, merged, canonicalEventTag)) {
      outcome.eventTags.kept++;
      continue;
    } else outcome.eventTags.updated++;
    writes.add(() => eventTags.put(merged));
  }
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
