import { createSignal, type JSX } from 'solid-js';
import { useNavigate } from '../../ui/router';
import { DATE_MAX, DATE_MIN } from '../../domain/caps';
import { localDate } from '../../domain/events/make-event';
import { validateEvent } from '../../domain/events/event-validation';
import { t } from '../../i18n/i18n';
import { BackLink } from '../../ui/back-link';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { TextField } from '../../ui/text-field';
import { fieldErrorText } from '../my-card/field-error-text';
import { createEvent, setCurrentEvent } from './events-store';

/** A new event: a name is enough; date defaults to today. */
export function NewEventScreen(): JSX.Element {
  const navigate = useNavigate();
  const [name, setName] = createSignal('');
  const [date, setDate] = createSignal(localDate(Date.now()));
  const [place, setPlace] = createSignal('');
  const [current, setCurrent] = createSignal(true);
  const [submitted, setSubmitted] = createSignal(false);
  const check = () => validateEvent({ name: name(), date: date(), place: place(), organizer: '', organizerUrl: '', notes: '' });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const result = check();
    if (!result.ok) return;
    try {
      const event = await createEvent(result.value.name, { date: result.value.date, place: result.value.place });
      if (current()) await setCurrentEvent(event.id);
      navigate(`/events/${event.id}`, { replace: true });
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <Screen title={t('events.newTitle')} back={<BackLink href="/events" label={t('nav.events')} />}>
      <form novalidate onSubmit={submit}>
        <TextField id="event-name" label={t('events.name')} value={name()} onInput={setName} required error={submitted() && check().errors.name ? fieldErrorText('name', check().errors.name!) : undefined} />
        <div class="field">
          <label for="event-date">{t('events.date')}</label>
          <input id="event-date" type="date" min={DATE_MIN} max={DATE_MAX} value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <TextField id="event-place" label={t('events.place')} value={place()} onInput={setPlace} />
        <label class="checkbox">
          <input type="checkbox" checked={current()} onChange={(e) => setCurrent(e.currentTarget.checked)} />
          {t('events.makeCurrent')}
        </label>
        <div class="button-row">
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Screen>
  );
}
