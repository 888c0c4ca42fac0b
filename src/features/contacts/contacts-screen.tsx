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
import { filterContacts, narrows, type ContactFilter } from './contact-filter';
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
  // Kept in name order by the store; each keystroke only filters this order, and a keystroke
  // that narrows the search only looks through the people the last one found.
  type Search = { from: Contact[]; filter: ContactFilter; at: number; terms: string[]; found: Contact[] };
  const same = (a: Search | undefined, from: Contact[], chosen: ContactFilter, at: number) => a && a.from === from && a.filter === chosen && a.at === at;
  // The list without a search, kept while one runs (clearing the search gives it back as it was).
  let plain: Search | undefined;
  const search = createMemo<Search | undefined>((last) => {
    const [from, chosen, at, typed] = [contactsByName(), filter(), now(), terms()];
    if (typed.length === 0 && same(plain, from, chosen, at)) return plain;
    const within = same(last, from, chosen, at) && narrows(last!.terms, typed) ? last!.found : from;
    const result = { from, filter: chosen, at, terms: typed, found: filterContacts(within, chosen, typed, searchTextOf, at) };
    if (typed.length === 0) plain = result;
    return result;
  });
  const filtered = () => search()!.found;
  // The rows of the whole list are kept while a search runs: clearing the search shows them
  // again without laying out 10,000 people anew.
  let unsearched: { found: Contact[]; events: Map<string, MeishiEvent>; sort: ContactSort; rows: ContactRow[] } | null = null;
  const rows = createMemo(() => {
    const [found, events, order, searching] = [filtered(), eventMap(), sort(), terms().length > 0];
    if (!searching && unsearched?.found === found && unsearched.events === events && unsearched.sort === order) return unsearched.rows;
    const laidOut = makeContactRows(found, events, order, t('contacts.noEvent'));
    if (!searching) unsearched = { found, events, sort: order, rows: laidOut };
    return laidOut;
  });

  // The search is kept in the address, so coming back from a contact finds it again: written
  // just after the list is painted (writing the address costs a few milliseconds that the
  // keystroke's frame has better use for), long before anyone can tap a result.
  let pendingSearch: string | null = null;
  const keepSearchInAddress = (value: string) => {
    if (pendingSearch === null) requestAnimationFrame(() => setTimeout(() => {
      if (pendingSearch !== null) setParams({ q: pendingSearch || undefined }, { replace: true });
      pendingSearch = null;
    }));
    pendingSearch = value;
  };
  onCleanup(() => (pendingSearch = null));

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

