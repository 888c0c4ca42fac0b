import { Show, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { dbNotice } from '../features/settings/settings-store';

/** Tells the user when another tab holds the database at another version. */
export function DbNoticeBanner(): JSX.Element {
  return (
    <Show when={dbNotice()}>
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
