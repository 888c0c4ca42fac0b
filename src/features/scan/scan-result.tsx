import { createSignal, Match, onMount, Show, Switch, type JSX } from 'solid-js';
import { A } from '../../ui/router';
import type { ScanReading, ScannedCard } from '../../domain/scan/read-scan';
import { formatDateTime } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { fileReceivedCard, type SaveOutcome } from '../contacts/contacts-store';
import { Icon } from '../../ui/icons';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { CardDetails } from '../../ui/card-details';
import { CardPreview } from '../../ui/card-preview';
import { currentEvent, currentEventId } from '../events/events-store';
import { CardDifferences } from '../contacts/card-differences';
import { contactById } from '../contacts/contacts-store';

/** What was read: a card to save (or already saved), or why it cannot be used. */
export function ScanResult(props: { reading: ScanReading; autoSave: boolean; onNext: () => void }): JSX.Element {
  return (
    <section class="panel scan-result" aria-labelledby="scan-result-title">
      <Switch>
        <Match when={props.reading.kind === 'card' && (props.reading as ScannedCard)}>
          {(card) => <CardResult scanned={card()} autoSave={props.autoSave} />}
        </Match>
        <Match when={props.reading.kind === 'not-a-card' && (props.reading as { text: string })}>
          {(other) => <NotACard text={other().text} />}
        </Match>
        <Match when={true}>
          <h2 id="scan-result-title">{t('scan.problemTitle')}</h2>
          <p role="alert">{problemText(props.reading)}</p>
        </Match>
      </Switch>
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => props.onNext()}>
          <Icon name="scan" />
          {t('scan.next')}
        </button>
      </div>
    </section>
  );
}

function problemText(reading: ScanReading): string {
  switch (reading.kind) {
    case 'expired':
      return t('receive.expired', { date: formatDateTime(reading.expiresAt) });
    case 'newer-version':
      return t('receive.newerVersion');
    case 'clock-ahead':
      return t('receive.clockAhead');
    case 'too-large':
      return t('scan.tooLarge');
    default:
      return t('scan.damaged');
  }
}

function CardResult(props: { scanned: ScannedCard; autoSave: boolean }): JSX.Element {
  const [outcome, setOutcome] = createSignal<SaveOutcome | null>(null);
  const [busy, setBusy] = createSignal(false);

  const save = async () => {
    if (busy() || outcome()) return;
    setBusy(true);
    try {
      setOutcome(await saveScannedCard(props.scanned));
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  };

  onMount(() => {
    // Meishi cards are saved at once by default: at an event, one tap less per person.
    if (props.autoSave && props.scanned.source === 'meishi') void save();
  });

  const sourceLabel = () => t(`scan.source.${props.scanned.source}`);

  return (
    <>
      <h2 id="scan-result-title" class="visually-hidden">
        {t('scan.resultTitle')}
      </h2>
      <p class="card-label">{sourceLabel()}</p>
      <CardPreview card={props.scanned.card} headingLevel={3} />
      <CardDetails card={props.scanned.card} />
      <Show when={props.scanned.expiresAt}>
        {(at) => <p class="muted">{t('receive.validUntil', { time: formatDateTime(at()) })}</p>}
      </Show>
      <Show
        when={outcome()}
        fallback={
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => void save()} disabled={busy()}>
              {t('common.save')}
            </button>
          </div>
        }
      >
        {(done) => (
          <>
            <p class="success" role="status">
              {done().merged ? t('scan.savedMerged') : t('scan.saved')}
              <Show when={currentEvent()}>{(event) => <> {t('scan.underEvent', { event: event().name })}</>}</Show>{' '}
              <A href={`/contacts/${done().contact.id}`}>{t('scan.openContact')}</A>
            </p>
            {/* The person as kept now (the store's copy), so choosing updates it here too. */}
            <Show when={contactById(done().contact.id)}>{(kept) => <CardDifferences contact={kept()} />}</Show>
          </>
        )}
      </Show>
    </>
  );
}

function NotACard(props: { text: string }): JSX.Element {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      showToast({ message: t('scan.copied') });
    } catch {
      showToast({ message: t('show.copyFailed'), tone: 'error' });
    }
  };
  return (
    <>
      <h2 id="scan-result-title">{t('scan.notACard')}</h2>
      {/* Whatever the code held is shown as text only. */}
      <pre class="scanned-text">{props.text}</pre>
      <button type="button" class="button" onClick={() => void copy()}>
        <Icon name="copy" />
        {t('common.copy')}
      </button>
    </>
  );
}

// Files a scanned card under the current event (same email → a new meeting on that contact).
function saveScannedCard(scanned: ScannedCard): Promise<SaveOutcome> {
  return fileReceivedCard({
    card: scanned.card,
    extraEmails: scanned.extraEmails,
    nameParts: scanned.nameParts,
    source: scanned.source,
    eventId: currentEventId(),
    expiresAt: scanned.expiresAt,
    note: scanned.note,
  });
}
