import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { EmptyState } from '../../ui/empty-state';

/** The people the user met. */
export function ContactsScreen(): JSX.Element {
  return (
    <Screen title={t('nav.contacts')}>
      <EmptyState icon="people" title={t('empty.contacts')} hint={t('empty.contactsHint')} />
    </Screen>
  );
}
