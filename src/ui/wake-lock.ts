import { createEffect, onCleanup } from 'solid-js';
import { usePageVisibility } from '@solid-primitives/page-visibility';

/**
 * Keeps the screen on while the calling component is shown (Screen Wake Lock). The browser
 * drops the lock when the page is hidden, so it is taken again on return. Where the API is
 * missing or refused (battery saver, iOS before 16.4), nothing happens.
 */
export function createWakeLock(): void {
  let sentinel: WakeLockSentinel | null = null;
  let active = true;

  const acquire = async () => {
    if (!active || !('wakeLock' in navigator) || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    try {
      sentinel = await navigator.wakeLock.request('screen');
      if (!active) void sentinel.release();
    } catch {
      // Refused (e.g. low battery): showing the QR matters more than keeping the screen on.
    }
  };
  const visible = usePageVisibility();
  createEffect(() => {
    if (visible()) void acquire();
  });
  onCleanup(() => {
    active = false;
    void sentinel?.release().catch(() => {});
  });
}
