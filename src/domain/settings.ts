import { NOTE_CAP, TEMPLATE_SUBJECT_CAP } from './caps';
import { VALIDITY_CHOICES } from './share/validity';
import type { BackupSettings } from './backup/backup-format';
import { checkBoolean, checkIdOrNull, checkMember, checkObject, checkString, checkTimeOrNull, field } from './backup/check-value';

// The domain may not import storage, so the setting keys are listed again here; a unit test
// keeps this list equal to `Object.keys(DEFAULT_SETTINGS)` in src/storage/settings-repo.ts.

type SettingCheck = (value: unknown, path: string) => unknown;

/** Every setting a backup may carry, each with the check its value must pass. */
export const SETTING_CHECKS: Readonly<Record<string, SettingCheck>> = {
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
