/** Shows the number of due follow-ups on the app icon where the platform supports badges. */
export async function setBadge(count: number): Promise<void> {
  try {
    if (count > 0) await navigator.setAppBadge?.(count);
    else await navigator.clearAppBadge?.();
  } catch {
    // Not installed, or badges are off: the Due list still shows the number.
  }
}
