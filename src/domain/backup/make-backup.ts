import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from './backup-format';
import { canonicalContact, canonicalEvent, canonicalMyCard, canonicalSettings } from './canonical-records';

/** The backup file's text for `data`: fixed key order, 2-space indent, so two backups diff cleanly. */
export function makeBackup(data: BackupData, now: number, appVersion: string): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    appVersion,
    data: {
      cards: data.cards.map(canonicalMyCard),
      contacts: data.contacts.map(canonicalContact),
      events: data.events.map(canonicalEvent),
      settings: canonicalSettings(data.settings),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
