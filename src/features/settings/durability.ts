import { requestPersistence } from '../../pwa/persistence';
import { loadSettings, settings, updateSetting } from './settings-store';

/** After the first contact is saved, asks once for persistent storage (never on load). */
export async function ensurePersistence(): Promise<void> {
  try {
    await loadSettings();
    if (settings.persistRequested) return;
    await updateSetting('persistRequested', true);
    await requestPersistence();
  } catch {
    // Not worth interrupting a save for: Settings shows the storage status.
  }
}
