import { createResource, For, Show, type JSX } from 'solid-js';
import { A } from '@solidjs/router';
import { formatEventDate } from './event-date';
import { t } from '../../i18n/i18n';
import { countContactsByEvent } from '../../storage/contacts-repo';
import { EmptyState } from '../../ui/empty-state';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { eventsState, loadEvents } from './events-store';

/** The events the user went to, newest first, with how many people they met at each. */
export function EventsScreen(): JSX.Element {
  const [loaded] = createResource(() => loadEvents().then(() => true));
  const [counts] = createResource(
    () => (loaded() ? eventsState.events.map((e) => e.id) : null),
    (ids) => countContactsByEvent(ids).catch(() => new Map<string, number>()),
  );

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
                      <Show when={eventsState.currentId === event.id}>
                        <span class="badge">{t('events.currentBadge')}</span>
                      </Show>
                    </span>
                    <span class="item-meta">
                      {[formatEventDate(event.date), event.place].filter(Boolean).join(' · ')}
                    </span>
                    <span class="item-meta">
                      {t('events.peopleCount', { n: String(counts()?.get(event.id) ?? 0) })}
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
