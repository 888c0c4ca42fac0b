import type { BackupData } from '../../domain/backup/backup-format';
import { makeBackup } from '../../domain/backup/backup-format';
import { localDate } from '../../domain/events/make-event';
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
  const now = Date.now();
  const data = await readBackupData();
  // The file records itself as the last backup, so a device restored from it starts "backed up".
  const text = makeBackup({ ...data, settings: { ...data.settings, lastBackupAt: now } }, now, __APP_VERSION__);
  const outcome = await shareOrDownload(text, `meishi-backup-${localDate(now)}.json`, 'application/json');
  if (outcome !== 'cancelled') await markBackedUp(now);
}

/** Remembers that everyone was just backed up or exported ("not backed up" counts from here). */
export function markBackedUp(at: number): Promise<void> {
  return updateSetting('lastBackupAt', at);
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
