import { makeBackup } from '../../domain/backup/backup-format';
import { localDate } from '../../domain/events/make-event';
import { readBackupData } from '../../storage/backup-repo';
import { setSetting } from '../../storage/settings-repo';
import { shareOrDownload } from '../../ui/share-file';
import { bumpBackupStatus } from './backup-status';

/** Writes a full backup file (shared on phones, downloaded elsewhere) and remembers when. */
export async function backUpNow(): Promise<void> {
  const now = Date.now();
  const data = await readBackupData();
  // The file records itself as the last backup, so a device restored from it starts "backed up".
  const text = makeBackup({ ...data, settings: { ...data.settings, lastBackupAt: now } }, now, __APP_VERSION__);
  const outcome = await shareOrDownload(text, `meishi-backup-${localDate(now)}.json`, 'application/json');
  if (outcome !== 'cancelled') {
    await setSetting('lastBackupAt', now);
    bumpBackupStatus();
  }
}
