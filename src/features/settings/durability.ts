import { requestPersistence } from '../../pwa/persistence';
import { getSetting, setSetting } from '../../storage/settings-repo';

/** After the first contact is saved, asks once for persistent storage (never on load). */
export async function ensurePersistence(): Promise<void> {
  try {
    if (await getSetting('persistRequested')) return;
    await setSetting('persistRequested', true);
    await requestPersistence();
  } catch {
    // Not worth interrupting a save for: Settings shows the storage status.
  }
}
