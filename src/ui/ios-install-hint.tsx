import { createSignal, Show, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { isIosSafariTab } from '../pwa/persistence';

const KEY = 'meishi.iosHintDismissed';

/** On iOS Safari (not installed), suggests adding Meishi to the Home Screen before saving contacts. */
export function IosInstallHint(): JSX.Element {
  const [dismissed, setDismissed] = createSignal(localStorage.getItem(KEY) === '1');
  return (
    <Show when={isIosSafariTab() && !dismissed()}>
      <div class="alert info" role="note">
        <p>{t('storage.iosInstall')}</p>
        <button
          type="button"
          class="button"
          onClick={() => {
            localStorage.setItem(KEY, '1');
            setDismissed(true);
          }}
        >
          {t('expiry.gotIt')}
        </button>
      </div>
    </Show>
  );
}
