import { createMemo, createResource, createSignal, For, Show, type JSX } from 'solid-js';
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
import { makeContactRows, type ContactSort } from './contact-rows';
import { contacts, contactsByName, contactsLoaded, loadContacts, searchTextOf } from './contacts-store';
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
  const [loaded] = createResource(() => Promise.all([loadContacts(), loadEvents()]).then(() => true));
  // Already loaded: show the list in the same frame, without waiting for the resource to settle.
  const ready = () => (contactsLoaded() && eventsState.loaded) || loaded() === true;
  const now = createNow(30_000);
  const [query, setQuery] = createSignal(params.q ?? '');
  const filter = () => (params.filter ?? 'all') as ContactFilter;
  const sort = () => (params.sort === 'name' ? 'name' : 'event') as ContactSort;

  const eventMap = createMemo(() => new Map(eventsState.events.map((e) => [e.id, e])));
  const terms = createMemo(() => makeQuery(query()));
  // Kept in name order by the store; each keystroke only filters this order.
  const filtered = createMemo(() => filterContacts(contactsByName(), filter(), terms(), searchTextOf, now()));
  const rows = createMemo(() => makeContactRows(filtered(), eventMap(), sort(), t('contacts.noEvent')));
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
      <Show when={loaded.error}>
        <p class="alert" role="alert">{t('storageError.unavailable')}</p>
      </Show>
      <IosInstallHint />
      <BackupReminder />
      <Show when={ready()}>
        <Show
          when={contacts().length > 0}
          fallback={<EmptyState icon="people" title={t('empty.contacts')} hint={t('empty.contactsHint')} />}
        >
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
              {t('contacts.count', { n: formatNumber(filtered().length) })}
            </p>
            <button
              type="button"
              class="button quiet"
              disabled={filtered().length === 0}
              onClick={() => void exportContactsVcf(filtered(), eventMap(), `meishi-contacts-${localDate(Date.now())}.vcf`).catch(reportStorageError)}
            >
              <Icon name="download" />
              {t('export.shown', { n: formatNumber(filtered().length) })}
            </button>
          </div>
          <Show when={filtered().length > 0} fallback={<p class="empty-state">{t('contacts.noMatch')}</p>}>
            <ContactList rows={rows()} now={now()} total={filtered().length} />
          </Show>
        </Show>
      </Show>
    </Screen>
  );
}

