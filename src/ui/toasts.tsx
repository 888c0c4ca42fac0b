import { For, Show, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { dismissToast, toasts } from './toast-store';

/** Renders the current toasts; an action runs once and closes its toast. */
export function Toasts(): JSX.Element {
  return (
    <For each={toasts()}>
      {(toast) => (
        <div class="toast" classList={{ error: toast.tone === 'error' }} role={toast.tone === 'error' ? 'alert' : undefined}>
          <span>{toast.message}</span>
          <Show when={toast.action}>
            {(action) => (
              <button
                type="button"
                class="button quiet"
                onClick={() => {
                  dismissToast(toast.id);
                  action().run();
                }}
              >
                {action().label}
              </button>
            )}
          </Show>
          <button type="button" class="button quiet icon-only" aria-label={t('common.close')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      )}
    </For>
  );
}
