import type { ValidityChoice } from '../domain/share/validity';
import { getDb } from './db';
import { STORES } from './schema';
import { guarded } from './storage-error';

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

/** Reads one setting (its default if never set). */
export function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  return guarded(async () => {
    const record = await (await getDb()).get(STORES.settings, key);
    return record ? (record.value as Settings[K]) : DEFAULT_SETTINGS[key];
  });
}

/** Writes one setting. */
export function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  return guarded(async () => {
    await (await getDb()).put(STORES.settings, { key, value });
  });
}

/** Reads every setting at once. */
export function getAllSettings(): Promise<Settings> {
  return guarded(async () => {
    const records = await (await getDb()).getAll(STORES.settings);
    const settings = { ...DEFAULT_SETTINGS };
    for (const { key, value } of records) {
      if (key in settings) (settings as Record<string, unknown>)[key] = value;
    }
    return settings;
  });
}
