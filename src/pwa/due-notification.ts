const LAST_KEY = 'meishi.lastDueNotification';

/** Whether notifications can be shown now (supported and granted). */
export function canNotify(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

/**
 * Shows one notification summarising what is due, at most once per day for the same set,
 * so opening the app ten times does not ring ten times.
 */
export async function notifyDue(title: string, body: string, key: string, url: string): Promise<boolean> {
  if (!canNotify()) return false;
  const today = new Date().toDateString();
  const stamp = `${today}|${key}`;
  try {
    if (localStorage.getItem(LAST_KEY) === stamp) return false;
  } catch {
    // No storage: notify anyway.
  }
  const options: NotificationOptions = { body, tag: 'meishi-due', icon: `${import.meta.env.BASE_URL}icon-192.png`, data: { url } };
  try {
    // On Android a page cannot construct notifications: the service worker shows them.
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) await registration.showNotification(title, options);
    else new Notification(title, options);
    localStorage.setItem(LAST_KEY, stamp);
    return true;
  } catch {
    return false;
  }
}

/** Shows the number of due follow-ups on the app icon where the platform supports badges. */
export async function setBadge(count: number): Promise<void> {
  try {
    if (count > 0) await navigator.setAppBadge?.(count);
    else await navigator.clearAppBadge?.();
  } catch {
    // Not installed, or badges are off: the Due list still shows the number.
  }
}
