import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { getDb } from './db';
import { STORES } from './schema';
import { guarded } from './storage-error';

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
