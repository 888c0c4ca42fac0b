import { NOTE_CAP, TEMPLATE_SUBJECT_CAP } from './caps';
import type { BackupSettings } from './backup/backup-format';
import { checkBoolean, checkIdOrNull, checkMember, checkObject, checkString, checkTimeOrNull, field } from './backup/check-value';
import { VALIDITY_CHOICES, type ValidityChoice } from './share/validity';

// The app's settings, listed once: their types, what a fresh install starts with, and the
// check each value must pass when it comes back from a backup file. SETTING_CHECKS is typed
// by `Settings`, so a setting added without its check fails the type check.

/** Every setting with its type. */
export interface Settings {
  /** The card Show uses. */
  activeCardId: string | null;
  /** The validity Show starts with. */
  validity: ValidityChoice;
  /** The event new contacts are filed under. */
  currentEventId: string | null;
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
}

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  activeCardId: null,
  validity: 'today',
  currentEventId: null,
  autoSaveMeishi: true,
  emailTemplate: null,
  lastBackupAt: null,
  persistRequested: false,
  expiryExplained: false,
};

/** Checks one setting's value from an untrusted source, or refuses the backup at `path`. */
export type SettingCheck<K extends keyof Settings> = (value: unknown, path: string) => Settings[K];

/** Every setting a backup may carry, each with the check its value must pass. */
export const SETTING_CHECKS: { readonly [K in keyof Settings]: SettingCheck<K> } = {
  activeCardId: checkIdOrNull,
  validity: (value, path) => checkMember(value, VALIDITY_CHOICES, path, 'unknown value'),
  currentEventId: checkIdOrNull,
  autoSaveMeishi: checkBoolean,
  emailTemplate: (value, path) => {
    if (value === null) return null;
    const record = checkObject(value, path);
    return {
      subject: checkString(field(record, 'subject'), `${path}.subject`, TEMPLATE_SUBJECT_CAP),
      body: checkString(field(record, 'body'), `${path}.body`, NOTE_CAP),
    };
  },
  lastBackupAt: checkTimeOrNull,
  persistRequested: checkBoolean,
  expiryExplained: checkBoolean,
};

/** The known settings of a backup, checked; unknown keys are dropped, not refused. */
export function checkSettings(value: unknown, path: string): BackupSettings {
  const record = checkObject(value, path);
  const settings: BackupSettings = {};
  for (const [key, check] of Object.entries(SETTING_CHECKS)) {
    if (Object.hasOwn(record, key)) settings[key] = check(record[key], `${path}.${key}`);
  }
  return settings;
}

/** Whether a key names a setting this version of the app knows. */
export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}
