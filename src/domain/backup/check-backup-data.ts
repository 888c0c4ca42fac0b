import type { BackupData } from './backup-format';
import { checkMyCard } from './check-card';
import { checkContact } from './check-contact';
import { checkEvent } from './check-event';
import { checkList, checkObject, field } from './check-value';
import { invalid } from './backup-error';
import { checkSettings } from '../settings';

/** The whole `data` of a current-version backup, every record field by field, ids unique per kind. */
export function checkBackupData(value: unknown, path: string): BackupData {
  const record = checkObject(value, path);
  const data: BackupData = {
    cards: checkList(field(record, 'cards'), `${path}.cards`, checkMyCard),
    contacts: checkList(field(record, 'contacts'), `${path}.contacts`, checkContact),
    events: checkList(field(record, 'events'), `${path}.events`, checkEvent),
    settings: checkSettings(field(record, 'settings'), `${path}.settings`),
  };
  for (const kind of ['cards', 'contacts', 'events'] as const) checkUniqueIds(data[kind], `${path}.${kind}`);
  return data;
}

// Two records with one id would silently overwrite each other on restore.
function checkUniqueIds(records: { id: string }[], path: string): void {
  const seen = new Set<string>();
  for (const [i, { id }] of records.entries()) {
    if (seen.has(id)) invalid(`${path}[${i}].id`, 'duplicate id');
    seen.add(id);
  }
}
