import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { onDbNotice, type DbNotice } from '../storage/db';

/** Tells the user when another tab holds the database at another version. */
export function DbNoticeBanner(): JSX.Element {
  const [notice, setNotice] = createSignal<DbNotice | null>(null);
  onCleanup(onDbNotice(setNotice));
  return (
    <Show when={notice()}>
      {(n) => (
        <div class="alert banner" role="alert">
          <p>{n() === 'blocked' ? t('db.blocked') : t('db.versionChange')}</p>
          <button type="button" class="button" onClick={() => window.location.reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </Show>
  );
}
