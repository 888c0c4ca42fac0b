import { createSignal, Show, type JSX } from 'solid-js';
import type { VCardVersion } from '../../domain/vcard/vcard-write';
import { localDate } from '../../domain/events/make-event';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { contacts, loadContacts } from '../contacts/contacts-store';
import { exportContactsVcf } from '../contacts/export-vcf';
import { eventsState, loadEvents } from '../events/events-store';
import { markBackedUp } from './backup-store';

/** "Export all contacts": one .vcf with everyone, vCard 3.0 (best for phones) or 4.0, with progress. */
export function ExportAll(): JSX.Element {
  const [version, setVersion] = createSignal<VCardVersion>('3.0');
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);

  const run = async () => {
    try {
      await Promise.all([loadContacts(), loadEvents()]);
      const list = contacts();
      setProgress({ done: 0, total: list.length });
      const events = new Map(eventsState.events.map((e) => [e.id, e]));
      await exportContactsVcf(list, events, `meishi-contacts-${localDate(Date.now())}.vcf`, version(), (done) => setProgress({ done, total: list.length }));
      // A full export counts as a backup of the people (not of notes' structure, but of everyone).
      await markBackedUp(Date.now());
    } catch (error) {
      reportStorageError(error);
    } finally {
      setProgress(null);
    }
  };

  return (
    <div class="field">
      <div class="inline">
        <div class="field compact">
          <label for="vcard-version">{t('export.version')}</label>
          <select id="vcard-version" value={version()} onChange={(e) => setVersion(e.currentTarget.value === '4.0' ? '4.0' : '3.0')}>
            <option value="3.0">{t('export.v3')}</option>
            <option value="4.0">{t('export.v4')}</option>
          </select>
        </div>
      </div>
      <button type="button" class="button" onClick={() => void run()} disabled={progress() !== null}>
        {t('export.all')}
      </button>
      <Show when={progress()}>
        {(p) => (
          <div role="status">
            <progress max={p().total} value={p().done} aria-label={t('export.progress')} />
            <span>{t('import.importing', { done: formatNumber(p().done), total: formatNumber(p().total) })}</span>
          </div>
        )}
      </Show>
    </div>
  );
}
