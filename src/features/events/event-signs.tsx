import { For, type JSX } from 'solid-js';
import { GOOD_SIGN_IDS, WARNING_SIGN_IDS, type SignId, type Verdict } from '../../domain/types';
import { t } from '../../i18n/i18n';

/** The warning and good signs of an event, as two checklists. */
export function EventSigns(props: { signs: SignId[]; onChange: (signs: SignId[]) => void }): JSX.Element {
  const toggle = (id: SignId, on: boolean) => {
    const rest = props.signs.filter((s) => s !== id);
    props.onChange(on ? [...rest, id] : rest);
  };
  const list = (ids: readonly SignId[], legend: string, tone: string) => (
    <fieldset class={`checklist ${tone}`}>
      <legend>{legend}</legend>
      <For each={ids}>
        {(id) => (
          <label class="checkbox">
            <input type="checkbox" checked={props.signs.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
            <span>{t(`events.signs.${id}`)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
  return (
    <>
      {list(WARNING_SIGN_IDS, t('events.warningSigns'), 'warning')}
      {list(GOOD_SIGN_IDS, t('events.goodSigns'), 'good')}
    </>
  );
}

/** "Would go again / Not again / Not decided". */
export function VerdictPicker(props: { verdict: Verdict; onChange: (verdict: Verdict) => void }): JSX.Element {
  const options = [
    { value: 'again', label: 'events.verdictAgain' },
    { value: 'not-again', label: 'events.verdictNot' },
    { value: null, label: 'events.verdictUndecided' },
  ] as const satisfies readonly { value: Verdict; label: string }[];
  return (
    <fieldset class="checklist">
      <legend>{t('events.verdict')}</legend>
      <For each={options}>
        {(option) => (
          <label class="checkbox">
            <input type="radio" name="verdict" checked={props.verdict === option.value} onChange={() => props.onChange(option.value)} />
            <span>{t(option.label)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
