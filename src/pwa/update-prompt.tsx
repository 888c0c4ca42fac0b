import { createEffect, on, onCleanup, Show, type JSX } from 'solid-js';
import { usePageVisibility } from '@solid-primitives/page-visibility';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../i18n/i18n';

/** Registers the service worker and offers a new version without ever reloading unasked. */
export function UpdatePrompt(): JSX.Element {
  let registration: ServiceWorkerRegistration | undefined;
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, registered) {
      registration = registered;
    },
  });
  // Look for a new version whenever the app comes back to the foreground, which is when a
  // person at an event reopens it.
  const visible = usePageVisibility();
  createEffect(on(visible, (isVisible) => isVisible && navigator.onLine && void registration?.update().catch(() => {}), { defer: true }));

  // "Works offline" is good news, not a decision: it goes away by itself.
  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    onCleanup(() => clearTimeout(timer));
  });

  // workbox-window only reloads by itself when the page was already controlled at load time;
  // on a first visit that stays open until the next release it would not, so reload here
  // when the new worker takes control.
  const reload = () => {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };

  return (
    <>
      <Show when={needRefresh()}>
        <div class="toast">
          <span>{t('update.available')}</span>
          <button type="button" class="button primary" onClick={reload}>
            {t('update.reload')}
          </button>
          <button type="button" class="button quiet" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <div class="toast">
          <span>{t('update.offlineReady')}</span>
          <button type="button" class="button quiet" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </div>
      </Show>
    </>
  );
}
