import { createMemo, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import { decodeSharedCard, type PayloadError, type SharedCard } from '../../domain/share/payload-codec';
import { vcardFileName, writeVCard } from '../../domain/vcard/vcard-write';
import { formatDate, formatDateTime } from '../../i18n/format';
import { formatRemaining } from '../../i18n/duration';
import { t } from '../../i18n/i18n';
import { createNow } from '../../ui/clock';
import { downloadText } from '../../ui/download';
import { Icon } from '../../ui/icons';
import { reportStorageError } from '../../ui/storage-errors';
import { CardDetails, CardPreview } from '../../ui/card-preview';
import { fileReceivedCard } from '../contacts/contacts-store';
import { cardDifferences } from '../../domain/contacts/receive-card';
import { eventById, eventMetAtTime, loadEvents } from '../events/events-store';
import { SwapBackForm } from './swap-back-form';

/** The receiver's view of a shared card: read-only, savable until it expires, then nothing. */
export function ReceiveScreen(props: { fragment: string; onClose: () => void }): JSX.Element {
  const now = createNow(1000);
  // Decoded against the live clock, so the details vanish the moment the card expires.
  const result = createMemo(() => decodeSharedCard(props.fragment, now()));

  return (
    <section class="screen receive">
      <header class="screen-header">
        <h1>{t('receive.title')}</h1>
      </header>
      <Switch>
        <Match when={result().ok && (result() as { value: SharedCard }).value}>
          {(shared) => <ValidCard shared={shared()} now={now()} />}
        </Match>
        <Match when={!result().ok && (result() as { error: PayloadError }).error}>{(error) => <CardProblem error={error()} />}</Match>
      </Switch>
      <div class="button-row">
        <button type="button" class="button quiet" onClick={() => props.onClose()}>
          {t('receive.openMeishi')}
        </button>
      </div>
    </section>
  );
}

function ValidCard(props: { shared: SharedCard; now: number }): JSX.Element {
  const [saved, setSaved] = createSignal<{ how: 'new' | 'merged' | 'differs'; eventId: string | null } | null>(null);
  const card = () => props.shared.card;

  const saveVcf = () => {
    const note = t('receive.vcardNote', { date: formatDate(props.now), until: formatDateTime(props.shared.expiresAt) });
    downloadText(writeVCard({ card: card(), note, rev: props.now }), vcardFileName(card().name || card().email), 'text/vcard;charset=utf-8');
  };

  const saveInMeishi = async () => {
    try {
      await loadEvents();
      // Under the event of the day the card was issued (it may have come days later, by email).
      const eventId = eventMetAtTime(props.shared.issuedAt);
      const outcome = await fileReceivedCard({ card: card(), extraEmails: [], source: 'meishi', eventId, expiresAt: props.shared.expiresAt });
      setSaved({ how: !outcome.merged ? 'new' : cardDifferences(outcome.contact) ? 'differs' : 'merged', eventId });
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <article class="panel received-card">
      <CardPreview card={card()} />
      <CardDetails card={card()} />
      <p class="validity">
        {t('receive.validUntil', { time: formatDateTime(props.shared.expiresAt) })}
        {' · '}
        {t('show.remaining', { time: formatRemaining(props.shared.expiresAt - props.now) })}
      </p>
      <div class="button-row">
        <button type="button" class="button primary" onClick={saveVcf}>
          <Icon name="download" />
          {t('receive.saveToContacts')}
        </button>
        <button type="button" class="button" onClick={() => void saveInMeishi()} disabled={saved() !== null}>
          <Icon name="people" />
          {t('receive.saveInMeishi')}
        </button>
      </div>
      <Show when={saved()}>
        {(outcome) => (
          <div class="success" role="status">
            <p>{outcome().how === 'new' ? t('receive.saved') : t('receive.savedMerged')}</p>
            <Show when={outcome().how === 'differs'}>
              <p>{t('receive.savedDiffers')}</p>
            </Show>
            <Show when={eventById(outcome().eventId)}>{(event) => <p>{t('receive.filedUnder', { event: event().name })}</p>}</Show>
          </div>
        )}
      </Show>
      <p class="hint muted">{t('receive.expiryNote')}</p>
      <SwapBackForm card={card()} />
    </article>
  );
}

function CardProblem(props: { error: PayloadError }): JSX.Element {
  const message = () => {
    const error = props.error;
    switch (error.kind) {
      case 'expired':
        return t('receive.expired', { date: formatDateTime(error.expiresAt) });
      case 'unsupported-version':
        return t('receive.newerVersion');
      case 'issued-in-future':
        return t('receive.clockAhead');
      default:
        return t('receive.malformed');
    }
  };
  return (
    <div class="alert" role="alert">
      <p>{message()}</p>
      <Show when={props.error.kind === 'expired'}>
        <p class="muted">{t('receive.expiredHint')}</p>
      </Show>
      <Show when={props.error.kind === 'unsupported-version'}>
        <button type="button" class="button" onClick={() => window.location.reload()}>
          {t('update.reload')}
        </button>
      </Show>
    </div>
  );
}
