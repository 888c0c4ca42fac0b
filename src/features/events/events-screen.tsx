import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { EmptyState } from '../../ui/empty-state';

/** The events the user went to. */
export function EventsScreen(): JSX.Element {
  return (
    <Screen title={t('nav.events')}>
      <EmptyState icon="calendar" title={t('empty.events')} hint={t('empty.eventsHint')} />
    </Screen>
  );
}
