import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { capLength, cleanLine } from '../../domain/card/clean-text';
import { EVENT_TEXT_CAP } from '../../domain/caps';
import { t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { createEvent, currentEventId, eventsState, loadEvents, setCurrentEvent } from './events-store';

/** "File new contacts under": the current event, with a quick "New event" that needs only a name. */
export function CurrentEventPicker(): JSX.Element {
  createResource(() => loadEvents().then(() => true));
  const [adding, setAdding] = createSignal(false);
  const [name, setName] = createSignal('');

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    // The same cap as the event form (and the backup check), after cleaning.
    const clean = capLength(cleanLine(name()), EVENT_TEXT_CAP).trimEnd();
    if (!clean) return;
    try {
      const event = await createEvent(clean);
      await setCurrentEvent(event.id);
      setName('');
      setAdding(false);
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <div class="current-event">
      <div class="field compact">
        <label for="current-event">{t('events.current')}</label>
        <div class="inline">
          <select
            id="current-event"
            value={currentEventId() ?? ''}
            onChange={(e) => void setCurrentEvent(e.currentTarget.value || null).catch(reportStorageError)}
          >
            <option value="">{t('events.none')}</option>
            <For each={eventsState.events}>{(event) => <option value={event.id}>{event.name}</option>}</For>
          </select>
          <button type="button" class="button" aria-expanded={adding()} onClick={() => setAdding(!adding())}>
            {t('events.newEvent')}
          </button>
        </div>
      </div>
      <Show when={adding()}>
        <form class="inline quick-event" onSubmit={add}>
          <label class="visually-hidden" for="quick-event-name">
            {t('events.name')}
          </label>
          <input id="quick-event-name" type="text" maxLength={EVENT_TEXT_CAP} value={name()} onInput={(e) => setName(e.currentTarget.value)} placeholder={t('events.namePlaceholder')} autofocus />
          <button type="submit" class="button primary" disabled={!cleanLine(name())}>
            {t('events.add')}
          </button>
        </form>
      </Show>
    </div>
  );
}
