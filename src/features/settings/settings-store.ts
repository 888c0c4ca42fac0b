import { createRoot, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { onDbNotice, onOtherTabChange, type DbNotice } from '../../storage/db';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import { getAllSettings, setSettings as writeSettings } from '../../storage/settings-repo';

// Every setting, read once; a change is written and put into this store together, and other
// tabs' changes arrive over the database's change channel.
const [state, setState] = createStore<Settings & { loaded: boolean }>({ ...DEFAULT_SETTINGS, loaded: false });
const [notice, setNotice] = createRoot(() => createSignal<DbNotice | null>(null));
let loading: Promise<void> | null = null;

/** Every setting (reactive); `loaded` turns true once they have been read. */
export const settings = state;

/** The latest database connection notice (another tab blocks an upgrade, or upgraded). */
export const dbNotice = notice;

onDbNotice(setNotice);

/** Reads every setting once (later calls share the first read; a failed read can be retried). */
export function loadSettings(): Promise<void> {
  loading ??= getAllSettings()
    .then((all) => setState(reconcile({ ...all, loaded: true })))
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Reads every setting again (after a restore, or when another tab changed one). */
export function reloadSettings(): Promise<void> {
  loading = null;
  return loadSettings();
}

/** Changes one setting: in this store at once, then in the database. */
export function updateSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  return updateSettings({ [key]: value });
}

/** Changes several settings together: in this store at once, then in the database in one transaction. */
export async function updateSettings(values: Partial<Settings>): Promise<void> {
  await loadSettings().catch(() => undefined);
  const before: Partial<Settings> = {};
  for (const key of Object.keys(values) as (keyof Settings)[]) before[key] = state[key] as never;
  setState(values);
  try {
    await writeSettings(values);
  } catch (error) {
    setState(before);
    throw error;
  }
}

onOtherTabChange((change) => {
  if ((change.store === 'settings' || change.store === 'all') && state.loaded) void reloadSettings().catch(() => undefined);
});
