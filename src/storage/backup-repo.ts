import type { BackupData, BackupSettings } from '../domain/backup/backup-format';
import { isSettingKey } from '../domain/settings';
import { makeRestoreOutcome, type RestoreOutcome } from './backup-counts';
import { mergeAll, replaceAll } from './backup-merge';
import { RestoreWrites } from './backup-writes';
import { fromContactRecord } from './contact-record';
import { getDb } from './db';
import { STORES } from './schema';
import { guarded } from './storage-error';

export type { RestoreCounts, RestoreOutcome } from './backup-counts';

const ALL_STORES = [STORES.cards, STORES.contacts, STORES.events, STORES.settings];

/** Everything to back up, read in one transaction so the four stores agree with each other. */
export function readBackupData(): Promise<BackupData> {
  return guarded(async () => {
    const tx = (await getDb()).transaction(ALL_STORES, 'readonly');
    const [cards, contacts, events, settingRecords] = await Promise.all([
      tx.objectStore(STORES.cards).getAll(),
      tx.objectStore(STORES.contacts).getAll(),
      tx.objectStore(STORES.events).getAll(),
      tx.objectStore(STORES.settings).getAll(),
      tx.done,
    ]);
    const settings: BackupSettings = {};
    // Only settings this version knows: a backup must restore exactly what it shows.
    for (const { key, value } of settingRecords) if (isSettingKey(key)) settings[key] = value;
    return { cards, contacts: contacts.map(fromContactRecord), events, settings };
  });
}

/**
 * Restores validated backup data (from `parseBackup`) in ONE transaction over all four stores:
 * all of it or, on any failure, none of it.
 *
 * - replace: every store is cleared, then the backup is written exactly.
 * - merge: cards, events and contacts by id — the backup's copy wins when its updatedAt is newer
 *   or equal; a contact with an unknown id but a known email is merged into that contact
 *   (`mergeSamePerson`); settings already set locally are kept, missing ones added.
 *
 * `failAfter` is a test hook: after that many record writes the restore throws and aborts.
 */
export function restoreBackup(data: BackupData, mode: 'merge' | 'replace', options: { failAfter?: number } = {}): Promise<RestoreOutcome> {
  return guarded(async () => {
    const tx = (await getDb()).transaction(ALL_STORES, 'readwrite');
    const done = tx.done;
    // Observed at once: an aborted transaction must not surface as an unhandled rejection.
    done.catch(() => {});
    const writes = new RestoreWrites(options.failAfter);
    const outcome = makeRestoreOutcome(mode);
    try {
      await (mode === 'replace' ? replaceAll : mergeAll)(tx, data, writes, outcome);
      await writes.settle();
      await done;
      return outcome;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request, or finished.
      }
      await writes.drain();
      await done.catch(() => {});
      throw error;
    }
  });
}

/** How many contacts changed after `since` (all of them for null): "N contacts not backed up". */
export function countContactsChangedSince(since: number | null): Promise<number> {
  return guarded(async () => {
    const db = await getDb();
    if (since === null) return db.count(STORES.contacts);
    return db.countFromIndex(STORES.contacts, 'by-updated', IDBKeyRange.lowerBound(since, true));
  });
}
