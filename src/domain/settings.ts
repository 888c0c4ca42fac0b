import type { CurrentEventChange } from './events/event-met-at';
import type { ValidityChoice } from './share/validity';

// The app's settings: their types and what a fresh install starts with. The check each value
// must pass when it comes back from a backup file is `SETTING_CHECKS` in backup/parse-backup.ts,
// typed by `Settings`, so a setting added here without its check fails the type check. (The
// checks stay there, with every other check of untrusted data, and out of the first paint.)

/** Every setting with its type. */
export interface Settings {
  /** The card Show uses. */
  activeCardId: string | null;
  /** The validity Show starts with. */
  validity: ValidityChoice;
  /** The event new contacts are filed under. */
  currentEventId: string | null;
  /** When each event was made current, so a card arriving later is filed under the event of its day. */
  currentEventLog: CurrentEventChange[];
  /** Save Meishi cards as soon as they are scanned. */
  autoSaveMeishi: boolean;
  /** The follow-up email template, or null for the built-in one in the UI language. */
  emailTemplate: { subject: string; body: string } | null;
  /** When the last backup or full export was made. */
  lastBackupAt: number | null;
  /** Whether persistent storage has been asked for. */
  persistRequested: boolean;
  /** Whether the user has been told what happens to expiring cards. */
  expiryExplained: boolean;
  /** When the mail filters (Gmail file or Sieve script) were last exported. */
  lastFilterExportAt: number | null;
}

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  activeCardId: null,
  validity: 'today',
  currentEventId: null,
  currentEventLog: [],
  autoSaveMeishi: true,
  emailTemplate: null,
  lastBackupAt: null,
  persistRequested: false,
  expiryExplained: false,
  lastFilterExportAt: null,
};

/** Whether a key names a setting this version of the app knows. */
export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}
