import { createRoot, createSignal } from 'solid-js';
import { countContactsChangedSince } from '../../storage/backup-repo';
import { getSetting } from '../../storage/settings-repo';

const [version, setVersion] = createRoot(() => createSignal(0));

/** A number that changes whenever a backup, export, import or restore may have changed the count. */
export const backupStatusVersion = version;

/** Tells "not backed up" reminders to count again. */
export function bumpBackupStatus(): void {
  setVersion((v) => v + 1);
}

/** How many contacts were added or changed since the last backup or full export. */
export async function countNotBackedUp(): Promise<number> {
  return countContactsChangedSince(await getSetting('lastBackupAt'));
}
