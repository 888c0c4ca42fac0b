import { For, type JSX } from 'solid-js';
import { FLAG_IDS, type FlagId } from '../../domain/types';
import { t } from '../../i18n/i18n';

/** The three flags a person can earn: pushed for LINE, referral on the spot, network marketing. */
export function FlagEditor(props: { flags: FlagId[]; onChange: (flags: FlagId[]) => void }): JSX.Element {
  return (
    <fieldset class="checklist">
      <legend>{t('flags.title')}</legend>
      <For each={FLAG_IDS}>
        {(id) => (
          <label class="checkbox">
            <input
              type="checkbox"
              checked={props.flags.includes(id)}
              onChange={(e) => props.onChange(e.currentTarget.checked ? [...props.flags.filter((f) => f !== id), id] : props.flags.filter((f) => f !== id))}
            />
            <span>{t(`flags.${id}`)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
