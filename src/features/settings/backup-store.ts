import type { BackupData } from '../../domain/backup/backup-format';
import { makeBackupLines, MAX_DOCUMENT_LENGTH } from '../../domain/backup/backup-format';
import type { ParseBackupResult } from '../../domain/backup/backup-error';
import { createBackupReader } from '../../domain/backup/parse-backup';
import { localDate } from '../../domain/events/make-event';
import { clampTime } from '../../domain/caps';
import { readBackupData, restoreBackup, type RestoreOutcome } from '../../storage/backup-repo';
import { shareOrDownload } from '../../ui/share-file';
import { reloadContacts } from '../contacts/contacts-store';
import { reloadEvents } from '../events/events-store';
import { reloadEventTags } from '../mail/event-tags-store';
import { reloadMyCards } from '../my-card/my-card-store';
import { reloadSettings, updateSetting } from './settings-store';

export type { RestoreOutcome } from '../../storage/backup-repo';

/** Writes a full backup file (shared on phones, downloaded elsewhere) and remembers when. */
export async function backUpNow(): Promise<void> {
  // The device's clock, held to the range the backup check accepts.
  const now = clampTime(Date.now());
  const data = await readBackupData();
  // The file records itself as the last backup, so a device restored from it starts "backed up".
  // One string per record: a database of any size becomes a file without one giant string.
  const lines = makeBackupLines({ ...data, settings: { ...data.settings, lastBackupAt: now } }, now, __APP_VERSION__);
  const outcome = await shareOrDownload(lines, `meishi-backup-${localDate(now)}.json`, 'application/json');
  if (outcome !== 'cancelled') await markBackedUp(now);
}

/** Remembers that everyone was just backed up or exported ("not backed up" counts from here). */
export function markBackedUp(at: number): Promise<void> {
  return updateSetting('lastBackupAt', clampTime(at));
}

/**
 * Restores checked backup data in one transaction, then reads every store again: a restore may
 * have replaced anything, so this is the one place that re-reads whole tables.
 */
export async function restoreFromBackup(data: BackupData, mode: 'merge' | 'replace'): Promise<RestoreOutcome> {
  const outcome = await restoreBackup(data, mode);
  await Promise.all([reloadSettings(), reloadMyCards(), reloadEvents(), reloadContacts(), reloadEventTags()]);
  return outcome;
}

/**
 * Reads a backup file a line at a time (a file of any size streams through the checks), and
 * stops at the first problem.
 */
export async function readBackupFile(file: Blob): Promise<ParseBackupResult> {
  const backup = createBackupReader();
  const chunks = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  try {
    for (;;) {
      const { done, value } = await chunks.read();
      if (done) break;
      rest += value;
      let newline = rest.indexOf('\n');
      while (newline >= 0) {
        if (!backup.push(rest.slice(0, newline))) return backup.finish();
        rest = rest.slice(newline + 1);
        newline = rest.indexOf('\n');
      }
      // No line of a backup is this long: let the reader refuse it rather than hold it all.
      if (rest.length > MAX_DOCUMENT_LENGTH && !backup.push(rest)) return backup.finish();
    }
    if (rest) backup.push(rest);
    return backup.finish();
  } finally {
    void chunks.cancel().catch(() => undefined);
  }
}
