import { createEffect, createMemo, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
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
import { filterContacts, narrows, searchListing, type ContactFilter, type Listing } from './contact-filter';
import { makeContactRows, type ContactRow, type ContactSort } from './contact-rows';
import type { Contact, MeishiEvent } from '../../domain/types';
import { contacts, contactsByName, contactsLoaded, loadContacts, searchTextOf } from './contacts-store';
import { firstScreenful, rememberListHead } from './list-head-store';
import { listView } from './list-head';
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
  // Memos: the address changes with every keystroke (the search is kept in it), and only a
  // changed filter or order should make the list work again.
  const filter = createMemo(() => (params.filter ?? 'all') as ContactFilter);
  const sort = createMemo(() => (params.sort === 'name' ? 'name' : 'event') as ContactSort);

  const eventMap = createMemo(() => new Map(eventsState.events.map((e) => [e.id, e])));
  const terms = createMemo(() => makeQuery(query()));
  // The view without a search: the filter applied to everyone (kept in name order by the store)
  // and laid out once per list (a search cleared, or a minute passing, gives back the same list
  // and so the same rows, without laying out 10,000 people anew).
  const unsearched = createMemo(() => filterContacts(contactsByName(), filter(), now()));
  const laidOut = new WeakMap<Contact[], { events: Map<string, MeishiEvent>; sort: ContactSort; noEvent: string; listing: Listing }>();
  const base = createMemo<Listing>(() => {
    const [found, events, order, noEvent] = [unsearched(), eventMap(), sort(), t('contacts.noEvent')];
    const kept = laidOut.get(found);
    if (kept?.events === events && kept.sort === order && kept.noEvent === noEvent) return kept.listing;
    const listing = { found, rows: makeContactRows(found, events, order, noEvent) };
    laidOut.set(found, { events, sort: order, noEvent, listing });
    return listing;
  });
  // A search looks through that view's rows; a keystroke that narrows the search only through
  // the rows the last one found. Recent searches are kept by their terms (while the view is the
  // same): deleting a letter gives back what that shorter search found, without looking again.
  type Search = { terms: string[]; listing: Listing };
  let recent: { base: Listing; found: Map<string, Listing> } | undefined;
  const search = createMemo<Search>((last) => {
    const [from, typed] = [base(), terms()];
    if (typed.length === 0) return { terms: typed, listing: from };
    if (recent?.base !== from) {
      recent = { base: from, found: new Map() };
      last = undefined;
    }
    const key = typed.join('\0');
    let listing = recent.found.get(key);
    if (!listing) {
      listing = searchListing(last && narrows(last.terms, typed) ? last.listing : from, typed, searchTextOf);
      // A bounded memory: the oldest search goes first.
      if (recent.found.size >= 64) recent.found.delete(recent.found.keys().next().value!);
      recent.found.set(key, listing);
    }
    return { terms: typed, listing };
  });
  // A keystroke that finds the same people (a space, a letter everyone has) stops here.
  const listing = createMemo(() => search().listing);
  const filtered = () => listing().found;
  const rows = () => listing().rows;

  // The search is kept in the address, so coming back from a contact finds it again. Written
  // once typing pauses (writing the address and matching the route again cost a few
  // milliseconds that a keystroke has better use for), and at once with any other change of the
  // view and on any tap or click (before a result's link opens it).
  let pendingSearch: string | null = null;
  let pause: ReturnType<typeof setTimeout> | undefined;
  const setView = (changes: { q?: string; filter?: string; sort?: string }) => {
    clearTimeout(pause);
    const search = pendingSearch === null ? {} : { q: pendingSearch || undefined };
    pendingSearch = null;
    setParams({ ...search, ...changes }, { replace: true });
  };
  const writeSearch = () => pendingSearch !== null && setView({});
  const keepSearchInAddress = (value: string) => {
    pendingSearch = value;
    clearTimeout(pause);
    pause = setTimeout(writeSearch, 500);
  };
  document.addEventListener('click', writeSearch, { capture: true });
  onCleanup(() => {
    document.removeEventListener('click', writeSearch, { capture: true });
    clearTimeout(pause);
    pendingSearch = null;
  });

  // Until every contact is read: the first screenful as it was last shown, if the database
  // still holds exactly what it was made from (see list-head.ts), for the view opened at.
  const [early, setEarly] = createSignal<{ view: string; rows: ContactRow[]; total: number } | null>(null);
  if (!contactsLoaded() && terms().length === 0) void firstScreenful(sort(), filter(), t('contacts.noEvent')).then(setEarly, () => undefined);
  const shownEarly = () => {
    const head = early();
    return head && !ready() && terms().length === 0 && head.view === listView(sort(), filter()) ? head : null;
  };
  // What the list shows: everyone once read, the remembered first screenful before that.
  const listed = createMemo(() => (ready() ? { rows: rows(), total: filtered().length } : shownEarly()));
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
                  keepSearchInAddress(e.currentTarget.value);
                }}
                placeholder={t('contacts.searchPlaceholder')}
                autocomplete="off"
                enterkeyhint="search"
              />
            </div>
            <div class="inline">
              <div class="field compact">
                <label for="contact-filter">{t('contacts.filter')}</label>
                <select id="contact-filter" value={filter()} onChange={(e) => setView({ filter: e.currentTarget.value === 'all' ? undefined : e.currentTarget.value })}>
                  <option value="all">{t('contacts.filters.all')}</option>
                  <option value="due">{t('contacts.filters.due')}</option>
                  <option value="flagged">{t('contacts.filters.flagged')}</option>
                  <option value="expired">{t('contacts.filters.expired')}</option>
                  <For each={eventsState.events}>{(e) => <option value={`event:${e.id}`}>{e.name}</option>}</For>
                </select>
              </div>
              <div class="field compact">
                <label for="contact-sort">{t('contacts.sort')}</label>
                <select id="contact-sort" value={sort()} onChange={(e) => setView({ sort: e.currentTarget.value === 'event' ? undefined : e.currentTarget.value })}>
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

