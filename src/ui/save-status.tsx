import { Match, Switch, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import type { SaveState } from './autosave';

/** A quiet "Saving… / Saved / Not saved" line for autosaving forms. */
export function SaveStatus(props: { state: SaveState }): JSX.Element {
  return (
    <p class="save-status" aria-live="polite">
      <Switch>
        <Match when={props.state === 'pending' || props.state === 'saving'}>{t('common.saving')}</Match>
        <Match when={props.state === 'saved'}>{t('common.saved')}</Match>
        <Match when={props.state === 'error'}>
          <span class="error">{t('common.notSaved')}</span>
        </Match>
      </Switch>
    </p>
  );
}
