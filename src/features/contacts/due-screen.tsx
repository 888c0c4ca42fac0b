import { createMemo, createResource, For, Show, type JSX } from 'solid-js';
import { A } from '../../ui/router';
import { groupDue } from '../../domain/reminders/due';
import type { Contact } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { BackLink } from '../../ui/back-link';
import { createNow } from '../../ui/clock';
import { EmptyState } from '../../ui/empty-state';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { shareOrDownload } from '../../ui/share-file';
import { eventsState, loadEvents } from '../events/events-store';
import { followUpIcs } from './contact-actions';
import { contacts, loadContacts } from './contacts-store';

/** Follow-ups: overdue, today and upcoming, with an .ics of them all for the phone's calendar. */
export function DueScreen(): JSX.Element {
  const [ready] = createResource(() => Promise.all([loadContacts(), loadEvents()]).then(() => true));
  const now = createNow(30_000);
  const groups = createMemo(() => groupDue(contacts(), now()));
  const open = () => [...groups().overdue, ...groups().today, ...groups().upcoming];
  const events = createMemo(() => new Map(eventsState.events.map((e) => [e.id, e])));

  const section = (title: string, list: Contact[], id: string) => (
    <Show when={list.length > 0}>
      <section class="panel" aria-labelledby={id}>
        <h2 id={id}>
          {title} <span class="muted">({list.length})</span>
        </h2>
        <ul class="plain-list">
          <For each={list}>
            {(c) => (
              <li>
                <A href={`/contacts/${c.id}`}>{c.card.name || c.card.email || t('contacts.unnamed')}</A>
                <span class="muted"> · {c.followUpHasTime ? formatDateTime(c.followUpAt!) : formatDate(c.followUpAt!)}</span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );

  return (
    <Screen title={t('due.title')} back={<BackLink href="/contacts" label={t('nav.contacts')} />}>
      <Show when={ready()}>
        <Show when={open().length > 0} fallback={<EmptyState icon="clock" title={t('due.none')} hint={t('due.noneHint')} />}>
          {section(t('due.overdue'), groups().overdue, 'due-overdue')}
          {section(t('due.today'), groups().today, 'due-today')}
          {section(t('due.upcoming'), groups().upcoming, 'due-upcoming')}
          <div class="button-row">
            <button type="button" class="button" onClick={() => void shareOrDownload(followUpIcs(open(), events()), 'meishi-follow-ups.ics', 'text/calendar;charset=utf-8')}>
              <Icon name="calendar" />
              {t('due.exportIcs')}
            </button>
          </div>
          <p class="muted">{t('due.icsHint')}</p>
        </Show>
      </Show>
    </Screen>
  );
}
