import { createResource, For, Show, type JSX } from 'solid-js';
import { A } from '../../ui/router';
import { formatEventDate } from './event-date';
import { t } from '../../i18n/i18n';
import { EmptyState } from '../../ui/empty-state';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { loadContacts, peopleAt } from '../contacts/contacts-store';
import { currentEventId, eventsState, loadEvents } from './events-store';

/** The events the user went to, newest first, with how many people they met at each. */
export function EventsScreen(): JSX.Element {
  const [loaded] = createResource(() => loadEvents().then(() => true));
  // The counts fill in once the people are loaded; the list does not wait for them.
  createResource(() => loadContacts().then(() => true));

  return (
    <Screen
      title={t('nav.events')}
      actions={
        <A class="button" href="/events/new">
          <Icon name="plus" />
          {t('events.newEvent')}
        </A>
      }
    >
      <Show when={loaded()}>
        <Show when={eventsState.events.length > 0} fallback={<EmptyState icon="calendar" title={t('empty.events')} hint={t('empty.eventsHint')} />}>
          <ul class="item-list">
            <For each={eventsState.events}>
              {(event) => (
                <li>
                  <A class="item-link" href={`/events/${event.id}`}>
                    <span class="item-title">
                      {event.name}
                      <Show when={currentEventId() === event.id}>
                        <span class="badge">{t('events.currentBadge')}</span>
                      </Show>
                    </span>
                    <span class="item-meta">
                      {[formatEventDate(event.date), event.place].filter(Boolean).join(' · ')}
                    </span>
                    <span class="item-meta">
                      {t('events.peopleCount', { n: String(peopleAt(event.id).length) })}
                      <Show when={event.verdict}>
                        {' · '}
                        {event.verdict === 'again' ? t('events.verdictAgain') : t('events.verdictNot')}
                      </Show>
                    </span>
                  </A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </Screen>
  );
}
