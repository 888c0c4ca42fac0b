import { createEffect, createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { A, useSearchParams } from '../../ui/router';
import { makeQuery } from '../../domain/search/normalize-search';
import { dueCount } from '../../domain/reminders/due';
import { t } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';
import { createNow } from '../../ui/clock';
import { EmptyState } from '../../ui/empty-state';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { eventsState, loadEvents } from '../events/events-store';
import { ContactList } from './contact-list';
import { filterContacts, type ContactFilter } from './contact-filter';
import { makeContactRows, type ContactRow, type ContactSort } from './contact-rows';
import { contacts, contactsByName, contactsLoaded, loadContacts, peekListHead, rememberListHead, searchTextOf } from './contacts-store';
import { eventsStamp, headRows, listView } from './list-head';
import { exportContactsVcf } from './export-vcf';
import { localDate } from '../../domain/events/make-event';
import { reportStorageError } from '../../ui/storage-errors';
import { IosInstallHint } from '../../ui/ios-install-hint';
import { BackupReminder } from '../settings/backup-reminder';

/** Contacts: everyone met, grouped by event, searchable as you type, filterable. */
export function ContactsScreen(): JSX.Element {
  const [params, setParams] = useSearchParams<{ q?: string; filter?: string; sort?: string }>();
  // Read once per app start: every later write (a scan, a received card, an import, another
  // tab's edit) is merged into the store, so a visit never re-reads the table.
  const [failed, setFailed] = createSignal(false);
  void Promise.all([loadContacts(), loadEvents()]).catch(() => setFailed(true));
  const ready = () => contactsLoaded() && eventsState.loaded;
  const now = createNow(30_000);
  const [query, setQuery] = createSignal(params.q ?? '');
  const filter = () => (params.filter ?? 'all') as ContactFilter;
  const sort = () => (params.sort === 'name' ? 'name' : 'event') as ContactSort;

  const eventMap = createMemo(() => new Map(eventsState.events.map((e) => [e.id, e])));
  const terms = createMemo(() => makeQuery(query()));
  // Kept in name order by the store; each keystroke only filters this order.
  const filtered = createMemo(() => filterContacts(contactsByName(), filter(), terms(), searchTextOf, now()));
  const rows = createMemo(() => makeContactRows(filtered(), eventMap(), sort(), t('contacts.noEvent')));

  // Until every contact is read: the first screenful as it was last shown, if the database
  // still holds exactly what it was made from (see list-head.ts), for the view opened at.
  const [early, setEarly] = createSignal<{ view: string; rows: ContactRow[]; total: number } | null>(null);
  if (!contactsLoaded() && terms().length === 0) {
    const [openedSort, openedFilter] = [sort(), filter()];
    void Promise.all([peekListHead(openedSort, openedFilter), loadEvents()])
      .then(([peeked]) => {
        if (!peeked || contactsLoaded() || peeked.head.events !== eventsStamp(eventsState.events)) return;
        const headed = headRows(peeked.head, peeked.people, eventMap(), t('contacts.noEvent'));
        if (headed) setEarly({ view: peeked.head.view, rows: headed, total: peeked.head.total });
      })
      .catch(() => undefined);
  }
  const shownEarly = () => {
    const head = early();
    return head && !ready() && terms().length === 0 && head.view === listView(sort(), filter()) ? head : null;
  };
  // What the list shows: everyone once read, the remembered first screenful before that.
  const listed = () => (ready() ? { rows: rows(), total: filtered().length } : shownEarly());
  createEffect(() => {
    if (ready() && terms().length === 0) rememberListHead(sort(), filter(), rows(), filtered().length);
  });
  const due = createMemo(() => dueCount(contacts(), now()));

  return (
    <Screen
      title={t('nav.contacts')}
      actions={
        <>
          <A class="button" href="/due">
            <Icon name="clock" />
            {t('due.link', { n: String(due()) })}
          </A>
          <A class="button primary" href="/contacts/new">
            <Icon name="plus" />
            {t('contacts.add')}
          </A>
        </>
      }
    >
      <Show when={failed()}>
        <p class="alert" role="alert">{t('storageError.unavailable')}</p>
      </Show>
      <IosInstallHint />
      <BackupReminder />
      <Show when={ready() || early()}>
        <Show when={!ready() || contacts().length > 0} fallback={<EmptyState icon="people" title={t('empty.contacts')} hint={t('empty.contactsHint')} />}>
          <div class="list-controls">
            <div class="field compact search-field">
              <label for="contact-search">{t('contacts.search')}</label>
              <input
                id="contact-search"
                type="search"
                value={query()}
                onInput={(e) => {
                  setQuery(e.currentTarget.value);
                  // Kept in the address, so coming back from a contact finds the same search.
                  setParams({ q: e.currentTarget.value || undefined }, { replace: true });
                }}
                placeholder={t('contacts.searchPlaceholder')}
                autocomplete="off"
                enterkeyhint="search"
              />
            </div>
            <div class="inline">
              <div class="field compact">
                <label for="contact-filter">{t('contacts.filter')}</label>
                <select id="contact-filter" value={filter()} onChange={(e) => setParams({ filter: e.currentTarget.value === 'all' ? undefined : e.currentTarget.value }, { replace: true })}>
                  <option value="all">{t('contacts.filters.all')}</option>
                  <option value="due">{t('contacts.filters.due')}</option>
                  <option value="flagged">{t('contacts.filters.flagged')}</option>
                  <option value="expired">{t('contacts.filters.expired')}</option>
                  <For each={eventsState.events}>{(e) => <option value={`event:${e.id}`}>{e.name}</option>}</For>
                </select>
              </div>
              <div class="field compact">
                <label for="contact-sort">{t('contacts.sort')}</label>
                <select id="contact-sort" value={sort()} onChange={(e) => setParams({ sort: e.currentTarget.value === 'event' ? undefined : e.currentTarget.value }, { replace: true })}>
                  <option value="event">{t('contacts.sorts.event')}</option>
                  <option value="name">{t('contacts.sorts.name')}</option>
                </select>
              </div>
            </div>
          </div>
          <div class="result-bar">
            <p class="muted result-count" aria-live="polite">
              {listed() ? t('contacts.count', { n: formatNumber(listed()!.total) }) : ''}
            </p>
            <button
              type="button"
              class="button quiet"
              disabled={!ready() || filtered().length === 0}
              onClick={() => void exportContactsVcf(filtered(), eventMap(), `meishi-contacts-${localDate(Date.now())}.vcf`).catch(reportStorageError)}
            >
              <Icon name="download" />
              {t('export.shown', { n: formatNumber(ready() ? filtered().length : (listed()?.total ?? 0)) })}
            </button>
          </div>
          {/* A search typed before everyone is read waits for them (the remembered rows are not its answer). */}
          <Show when={listed()} fallback={<div class="contact-list" aria-busy="true" />}>
            {(list) => (
              <Show when={list().total > 0} fallback={<p class="empty-state">{t('contacts.noMatch')}</p>}>
                <ContactList rows={list().rows} now={now()} total={list().total} />
              </Show>
            )}
          </Show>
        </Show>
      </Show>
    </Screen>
  );
}

