import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { capLength, cleanLine } from '../../domain/card/clean-text';
import { EVENT_TEXT_CAP } from '../../domain/caps';
import { t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { createEvent, currentEventId, eventById, eventsState, loadEvents, setCurrentEvent } from './events-store';

/** Which event a screen files new contacts under, and how its picker changes that. */
export interface EventChoice {
  /** The chosen event's id; null for none (or when the chosen event is gone). */
  id: () => string | null;
  choose: (id: string | null) => Promise<void>;
}

// The app's current event: what Show hands out (its +tag address) and received cards are filed under.
const appCurrentEvent: EventChoice = { id: currentEventId, choose: (id) => setCurrentEvent(id) };

/**
 * A choice that belongs to one screen (a paper card, Add contact): it is the app's current event
 * until another is picked here, then keeps that pick while the screen is open ("Next card"
 * included). It never changes the app's current event: filing one card under last week's
 * event must not make Show hand out that event's address tonight.
 */
export function createLocalEventChoice(): EventChoice {
  // undefined: nothing picked on this screen yet, so the app's current event stands.
  const [picked, setPicked] = createSignal<string | null | undefined>(undefined);
  return {
    id: () => {
      const id = picked();
      return id === undefined ? currentEventId() : (eventById(id)?.id ?? null);
    },
    choose: async (id) => {
      setPicked(id);
    },
  };
}

/**
 * "File new contacts under": the app's current event, or the screen's own `choice`
 * (`createLocalEventChoice`), with a quick "New event" that needs only a name.
 */
export function CurrentEventPicker(props: { choice?: EventChoice }): JSX.Element {
  createResource(() => loadEvents().then(() => true));
  const choice = () => props.choice ?? appCurrentEvent;
  const [adding, setAdding] = createSignal(false);
  const [name, setName] = createSignal('');

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    // The same cap as the event form (and the backup check), after cleaning.
    const clean = capLength(cleanLine(name()), EVENT_TEXT_CAP).trimEnd();
    if (!clean) return;
    try {
      const event = await createEvent(clean);
      await choice().choose(event.id);
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
            value={choice().id() ?? ''}
            onChange={(e) => void choice().choose(e.currentTarget.value || null).catch(reportStorageError)}
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
