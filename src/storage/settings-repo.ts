import type { ValidityChoice } from '../domain/share/validity';
import { announceChange, withTx } from './db';
import { STORES } from './schema';

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
export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  const record = await withTx([STORES.settings], 'readonly', (tx) => tx.objectStore(STORES.settings).get(key));
  return record ? (record.value as Settings[K]) : DEFAULT_SETTINGS[key];
}

/** Writes one setting. */
export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await withTx([STORES.settings], 'readwrite', (tx) => tx.objectStore(STORES.settings).put({ key, value }));
  announceChange({ store: 'settings' });
}

/** Reads every setting at once (defaults for those never set). */
export async function getAllSettings(): Promise<Settings> {
  const records = await withTx([STORES.settings], 'readonly', (tx) => tx.objectStore(STORES.settings).getAll());
  const settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of records) {
    if (Object.hasOwn(settings, key)) (settings as Record<string, unknown>)[key] = value;
  }
  return settings;
}
