import { createEffect, createMemo, createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { decodeSharedCard, type SharedCard } from '../../domain/share/payload-codec';
import { vcardFileName, writeVCard } from '../../domain/vcard/vcard-write';
import { formatDate, formatDateTime } from '../../i18n/format';
import { locale, t } from '../../i18n/i18n';
import { firstLookEn } from '../../i18n/en/first-look';
import { firstLookJa } from '../../i18n/ja/first-look';
import { createNow } from '../../ui/clock';
import { downloadText } from '../../ui/download';
import { Icon } from '../../ui/icons';
import { reportStorageError } from '../../ui/storage-errors';
import { renderCardView } from './card-view';
import { websiteLabel } from '../../domain/card/website-label';
import { fileReceivedCard } from '../contacts/contacts-store';
import { cardDifferences } from '../../domain/contacts/receive-card';
import { eventById, eventMetAtTime, loadEvents } from '../events/events-store';
import { SwapBackForm } from './swap-back-form';

/** The receiver's view of a shared card: read-only, savable until it expires, then nothing. */
export function ReceiveScreen(props: { fragment: string; onClose: () => void }): JSX.Element {
  const now = createNow(1000);
  // Decoded against the live clock, so the actions go the moment the card expires (the card
  // view below drops the details at that moment too).
  const result = createMemo(() => decodeSharedCard(props.fragment, now()));

  return (
    <section class="screen receive">
      <header class="screen-header">
        <h1>{t('receive.title')}</h1>
      </header>
      <CardView fragment={props.fragment} />
      <Show when={result().ok && (result() as { value: SharedCard }).value}>{(shared) => <ValidCard shared={shared()} now={now()} />}</Show>
      <div class="button-row">
        <button type="button" class="button quiet" onClick={() => props.onClose()}>
          {t('receive.openMeishi')}
        </button>
      </div>
    </section>
  );
}

// The card itself, drawn by the same code that paints it before the app loads (first-look.ts).
function CardView(props: { fragment: string }): JSX.Element {
  let container!: HTMLDivElement;
  createEffect(() => {
    const stop = renderCardView(container, props.fragment, { messages: locale() === 'ja' ? firstLookJa : firstLookEn, locale: locale(), now: Date.now, websiteLabel });
    onCleanup(stop);
  });
  return <div ref={container} />;
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
    <div class="panel receive-actions">
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
    </div>
  );
}
