import { For, Show, type JSX } from 'solid-js';
import { followUpFromInput, followUpFromPick, QUICK_PICKS, toDateInput, toTimeInput, type QuickPick } from '../../domain/reminders/quick-picks';
import { t } from '../../i18n/i18n';

/** A follow-up value: a moment, whether it has a time of day, or none. */
export interface FollowUp {
  at: number | null;
  hasTime: boolean;
}

/**
 * Whether a contact stays "Done" after its follow-up changes to `at`: a new date is something
 * new to do, so it reopens; clearing the date keeps "Done" (someone emailed at once needs no date).
 */
export function reopenedDone(contact: { followUpAt: number | null; followUpDone: boolean }, at: number | null): boolean {
  return at !== null && at !== contact.followUpAt ? false : contact.followUpDone;
}

/** "Follow up on": quick picks (tomorrow, in 3 days, next week, none) and a custom date and time. */
export function FollowUpEditor(props: { value: FollowUp; onChange: (value: FollowUp) => void; idPrefix: string }): JSX.Element {
  const pick = (p: QuickPick) => props.onChange(followUpFromPick(p, Date.now()));
  const fromInputs = (date: string, time: string) => {
    if (!date) return props.onChange({ at: null, hasTime: false });
    const parsed = followUpFromInput(date, time);
    if (parsed) props.onChange(parsed);
  };
  const dateValue = () => (props.value.at === null ? '' : toDateInput(props.value.at));
  const timeValue = () => (props.value.at !== null && props.value.hasTime ? toTimeInput(props.value.at) : '');

  return (
    <fieldset class="follow-up">
      <legend>{t('followUp.title')}</legend>
      <div class="chip-row" role="group" aria-label={t('followUp.quickPicks')}>
        <For each={QUICK_PICKS}>
          {(p) => (
            <button type="button" class="chip" onClick={() => pick(p)}>
              {t(`followUp.picks.${p}`)}
            </button>
          )}
        </For>
        <button type="button" class="chip" onClick={() => props.onChange({ at: null, hasTime: false })}>
          {t('followUp.none')}
        </button>
      </div>
      <div class="inline">
        <div class="field compact">
          <label for={`${props.idPrefix}-date`}>{t('followUp.date')}</label>
          <input id={`${props.idPrefix}-date`} type="date" min="1970-01-01" max="2199-12-31" value={dateValue()} onChange={(e) => fromInputs(e.currentTarget.value, timeValue())} />
        </div>
        <div class="field compact">
          <label for={`${props.idPrefix}-time`}>{t('followUp.time')}</label>
          <input
            id={`${props.idPrefix}-time`}
            type="time"
            value={timeValue()}
            disabled={props.value.at === null}
            onChange={(e) => fromInputs(dateValue(), e.currentTarget.value)}
          />
        </div>
      </div>
      <Show when={props.value.at === null}>
        <p class="muted">{t('followUp.noneSet')}</p>
      </Show>
    </fieldset>
  );
}
