import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';

/** TEMP */
export function ShowScreen(): JSX.Element {
  return <Screen title={t('nav.show')}><p>TEMP</p></Screen>;
}
