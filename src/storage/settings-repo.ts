import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { announceChange, withTx } from './db';
import { STORES } from './schema';
import { earlyOr } from './early-reads';

/** Reads one setting (its default if never set). */
export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  const record = await withTx([STORES.settings], 'readonly', (tx) => tx.objectStore(STORES.settings).get(key));
  return record ? (record.value as Settings[K]) : DEFAULT_SETTINGS[key];
}

/** Writes one setting. */
export function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  return setSettings({ [key]: value });
}

/** Writes several settings in one transaction: all of them or none. */
export async function setSettings(values: Partial<Settings>): Promise<void> {
  await withTx([STORES.settings], 'readwrite', (tx) => Promise.all(Object.entries(values).map(([key, value]) => tx.objectStore(STORES.settings).put({ key, value }))));
  announceChange({ store: 'settings' });
}

/** Reads every setting at once (defaults for those never set). */
export async function getAllSettings(): Promise<Settings> {
  const records = await earlyOr(STORES.settings, () => withTx([STORES.settings], 'readonly', (tx) => tx.objectStore(STORES.settings).getAll()));
  const settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of records) {
    if (Object.hasOwn(settings, key)) (settings as Record<string, unknown>)[key] = value;
  }
  return settings;
}
