import type { JSX } from 'solid-js';
import { A } from '../../ui/router';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';

/** Shown for an address the app does not know, with a way home. */
export function NotFoundScreen(): JSX.Element {
  return (
    <Screen title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <A class="button primary" href="/">
        {t('notFound.home')}
      </A>
    </Screen>
  );
}
