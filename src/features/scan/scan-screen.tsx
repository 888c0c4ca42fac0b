import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';

/** TEMP */
export function ScanScreen(): JSX.Element {
  return <Screen title={t('nav.scan')}><p>TEMP</p></Screen>;
}
