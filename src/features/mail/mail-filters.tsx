import { createMemo, createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { keptAliveTags } from '../../domain/mail/event-tags';
import { clampTime } from '../../domain/caps';
import { changesSinceExport, type FilterInput } from '../../domain/mail/filter-plan';
import { makeGmailFilters } from '../../domain/mail/gmail-filters';
import { SIEVE_DIALECTS, makeSieveScript, type SieveDialect } from '../../domain/mail/sieve-script';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { createNow } from '../../ui/clock';
import { downloadText } from '../../ui/download';
import { reportStorageError } from '../../ui/storage-errors';
import { contacts, loadContacts } from '../contacts/contacts-store';
import { eventsState, loadEvents } from '../events/events-store';
import { settings, updateSetting } from '../settings/settings-store';
import { eventTags, loadEventTags } from './event-tags-store';

/**
 * Settings → Mail filters: the per-event addresses handed out, as Gmail's filter file or a
 * Sieve script for the person's own mail, made on the device (offline too), and what has
 * changed since the last export.
 */
export function MailFilters(): JSX.Element {
  const [ready] = createResource(() => Promise.all([loadEventTags(), loadEvents()]).then(() => true));
  // Contacts only matter once there are addresses: a Done contact keeps its event's alive.
  const [people] = createResource(
    () => ready.state === 'ready' && eventTags().length > 0,
    () => loadContacts().then(() => true),
  );
  const now = createNow(60_000);
  const [dialect, setDialect] = createSignal<SieveDialect>('standard');
  const kept = createMemo(() => (people.state === 'ready' ? keptAliveTags(eventTags(), contacts()) : new Set<string>()));
  const changes = createMemo(() => changesSinceExport(eventTags(), kept(), settings.lastFilterExportAt, now()));
  const expiredCount = createMemo(() => eventTags().filter((entry) => !kept().has(entry.tag) && entry.expiresAt <= now()).length);

  const input = (at: number): FilterInput => ({
    tags: eventTags(),
    eventNames: new Map(eventsState.events.map((event) => [event.id, event.name])),
    keptAlive: keptAliveTags(eventTags(), contacts()),
    names: { eventFolder: t('filters.eventFolder'), expiredFolder: t('filters.expiredFolder'), unnamedEvent: t('filters.unnamedEvent') },
    now: at,
  });
  const download = async (make: (input: FilterInput) => string, fileName: string, type: string) => {
    try {
      // The Done contacts decide which addresses stay alive: never export without them read.
      await loadContacts();
      const at = Date.now();
      downloadText(make(input(at)), fileName, type);
      await updateSetting('lastFilterExportAt', clampTime(at));
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <Show when={ready.state === 'ready'} fallback={<Show when={ready.error}><p class="alert" role="alert">{t('storageError.unavailable')}</p></Show>}>
      <p class="muted">{t('filters.hint')}</p>
      <Show when={eventTags().length > 0} fallback={<p>{t('filters.none')}</p>}>
        <p>{t('filters.count', { n: formatNumber(eventTags().length), expired: formatNumber(expiredCount()) })}</p>
        <div role="status">
          <Show when={settings.lastFilterExportAt} fallback={<p>{t('filters.never')}</p>}>
            {(at) => (
              <>
                <p>{t('filters.lastExport', { date: formatDateTime(at()) })}</p>
                <Show when={changes().expired > 0}>
                  <p class="notice">{t('filters.expiredSince', { n: formatNumber(changes().expired) })}</p>
                </Show>
                <Show when={changes().added > 0}>
                  <p class="notice">{t('filters.addedSince', { n: formatNumber(changes().added) })}</p>
                </Show>
                <Show when={changes().expired === 0 && changes().added === 0}>
                  <p>{t('filters.upToDate')}</p>
                </Show>
              </>
            )}
          </Show>
        </div>
        <h3>Gmail</h3>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void download(makeGmailFilters, 'mailFilters.xml', 'application/xml')}>
            {t('filters.gmail')}
          </button>
        </div>
        <p class="hint muted">{t('filters.gmailHint')}</p>
        <h3>Sieve</h3>
        <div class="field compact">
          <label for="sieve-dialect">{t('filters.dialect')}</label>
          <select id="sieve-dialect" value={dialect()} onChange={(e) => setDialect(SIEVE_DIALECTS.find((d) => d === e.currentTarget.value) ?? 'standard')}>
            <For each={SIEVE_DIALECTS}>{(d) => <option value={d}>{t(`filters.dialects.${d}`)}</option>}</For>
          </select>
        </div>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void download((i) => makeSieveScript(i, dialect()), 'meishi.sieve', 'application/sieve')}>
            {t('filters.sieve')}
          </button>
        </div>
        <p class="hint muted">{t('filters.sieveHint')}</p>
      </Show>
      <p class="hint muted">{t('filters.limits')}</p>
    </Show>
  );
}
