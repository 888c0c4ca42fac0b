import { createResource, Show, type JSX } from 'solid-js';
import { formatMegabytes } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { isIosSafariTab, requestPersistence, storageStatus } from '../../pwa/persistence';

/** Whether the browser promises to keep Meishi's data, and how much room it takes. */
export function StorageStatusView(): JSX.Element {
  const [status, { refetch }] = createResource(() => storageStatus());
  return (
    <div class="field">
      <span class="label">{t('storage.title')}</span>
      <Show when={status()}>
        {(s) => (
          <>
            <p>{s().persisted ? t('storage.persisted') : s().persisted === false ? t('storage.notPersisted') : t('storage.unknown')}</p>
            <Show when={s().usage !== null}>
              <p class="muted">{t('storage.usage', { used: formatMegabytes(s().usage!), quota: s().quota ? formatMegabytes(s().quota!) : '?' })}</p>
            </Show>
            <Show when={s().persisted === false}>
              <button type="button" class="button" onClick={() => void requestPersistence().then(() => refetch())}>
                {t('storage.ask')}
              </button>
            </Show>
          </>
        )}
      </Show>
      <Show when={isIosSafariTab()}>
        <p class="alert info">{t('storage.iosInstall')}</p>
      </Show>
    </div>
  );
}
