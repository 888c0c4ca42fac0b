/** How the browser is keeping Meishi's data. */
export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Asks the browser to keep Meishi's data even when space runs low (returns whether it will). */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Whether the data is persisted, and how much space it uses (null where unknown). */
export async function storageStatus(): Promise<StorageStatus> {
  const persisted = await navigator.storage?.persisted?.().catch(() => null);
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { persisted: persisted ?? null, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * iOS Safari outside an installed web app may delete a site's data after 7 days without a
 * visit, and installing later does not carry the data over: worth saying before saving contacts.
 */
export function isIosSafariTab(): boolean {
  const ios = /iP(hone|ad|od)/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const standalone = (navigator as { standalone?: boolean }).standalone === true || window.matchMedia?.('(display-mode: standalone)').matches;
  return ios && !standalone;
}
