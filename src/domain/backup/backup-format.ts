import type { Contact, MeishiEvent, MyCard } from '../types';

// A backup file: `{ format, version, exportedAt, appVersion, data: { cards, contacts, events, settings } }`.

/** The `format` every Meishi backup file names itself with. */
export const BACKUP_FORMAT = 'meishi-backup';
/** The format version this code writes; it reads this one and every earlier one. */
export const BACKUP_VERSION = 1;
/** Longest backup text (UTF-16 units) the reader looks at; checked before JSON.parse. */
export const MAX_BACKUP_LENGTH = 50_000_000;

/** Settings by key; only keys the app knows survive a parse. */
export type BackupSettings = { [key: string]: unknown };

/** Everything a backup holds. */
export interface BackupData {
  cards: MyCard[];
  contacts: Contact[];
  events: MeishiEvent[];
  settings: BackupSettings;
}
