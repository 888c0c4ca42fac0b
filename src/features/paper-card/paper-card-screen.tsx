import { createResource, createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { A } from '../../ui/router';
import { t } from '../../i18n/i18n';
import { BackLink } from '../../ui/back-link';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import paperCardCss from '../../ui/styles/paper-card.css?inline';
import { addScreenStyles } from '../../ui/screen-styles';
import { CardDifferences } from '../contacts/card-differences';
import { contactById, loadContacts, type SaveOutcome } from '../contacts/contacts-store';
import { createLocalEventChoice, CurrentEventPicker } from '../events/current-event-picker';
import { eventById } from '../events/events-store';
import { PaperCardForm, type PaperCardResult } from './paper-card-form';
import { createPaperCardSession, type PaperCardSession, type SideName } from './paper-card-session';
import { ReaderPanel } from './reader-panel';
import { savePaperCard } from './save-paper-card';

addScreenStyles(paperCardCss);

/** A saved card: what became of it, and the event it was filed under. */
interface Saved {
  outcome: SaveOutcome;
  eventId: string | null;
}

/**
 * A paper business card: photograph the front (and, if it helps, the back), the card reader reads
 * it on the phone, and the form shows what it read, every field editable. Save files it under
 * the event picked at the top (the current event unless another is picked, for this screen only)
 * with its photos and text; "Next card" opens the camera for the next one, under the same event.
 */
export function PaperCardScreen(): JSX.Element {
  const session = createPaperCardSession();
  onCleanup(() => session.dispose());
  const filing = createLocalEventChoice();
  const [saved, setSaved] = createSignal<Saved | null>(null);
  // Behind the form: a card for someone already known shows what it says differently.
  createResource(() => loadContacts().then(() => true));

  const save = async (result: PaperCardResult) => {
    try {
      const eventId = filing.id();
      setSaved({ outcome: await savePaperCard(result, 'paper', eventId), eventId });
    } catch (error) {
      // Nothing was written (one transaction), and the form keeps everything for another try.
      reportStorageError(error);
    }
  };

  // The next card: a fresh form and photos (the reader stays warm), its front already chosen.
  const next = (file: File) => {
    session.reset();
    setSaved(null);
    session.choose('front', file);
  };

  return (
    <Screen title={t('paper.title')} back={<BackLink href="/scan" label={t('paper.backToScan')} />}>
      <ReaderPanel onChange={(downloaded) => session.setReaderDownloaded(downloaded)} />
      <CurrentEventPicker choice={filing} />
      <Show
        when={saved()}
        fallback={
          <>
            <PhotoSide session={session} side="front" />
            <Show when={session.sides.front.photo}>
              <PhotoSide session={session} side="back" />
            </Show>
            <p class="muted">{t('paper.privacy')}</p>
            <PaperCardForm guess={session.guess().fields} lines={session.guess().lines} photos={session.photos()} onSave={save} />
          </>
        }
      >
        {(done) => <SavedCard outcome={done().outcome} eventId={done().eventId} onNext={next} />}
      </Show>
    </Screen>
  );
}

/** The card is saved: where it went, what it says differently from a known contact, and the next card. */
function SavedCard(props: { outcome: SaveOutcome; eventId: string | null; onNext: (file: File) => void }): JSX.Element {
  return (
    <section class="panel" aria-labelledby="paper-saved-title">
      <h2 id="paper-saved-title" class="visually-hidden">
        {t('paper.savedTitle')}
      </h2>
      <p class="success" role="status">
        {props.outcome.merged ? t('scan.savedMerged') : t('scan.saved')}
        <Show when={eventById(props.eventId)}>{(event) => <> {t('scan.underEvent', { event: event().name })}</>}</Show>{' '}
        <A href={`/contacts/${props.outcome.contact.id}`}>{t('scan.openContact')}</A>
      </p>
      <Show when={props.outcome.paperCardSkipped}>
        <p class="muted">{t('paper.photosSkipped')}</p>
      </Show>
      {/* The person as kept now (the store's copy), so choosing updates it here too. */}
      <Show when={contactById(props.outcome.contact.id)}>{(kept) => <CardDifferences contact={kept()} />}</Show>
      <PhotoButtons take={t('paper.nextCard')} choose={t('paper.chooseNext')} primary onFile={props.onNext} />
    </section>
  );
}

/**
 * Take a photo with the phone's own camera (full resolution, autofocus; works in iOS home-screen
 * apps) or choose one from the library; the file input is emptied so the same photo can be chosen again.
 */
function PhotoButtons(props: { take: string; choose: string; primary: boolean; onFile: (file: File) => void; children?: JSX.Element }): JSX.Element {
  const chosen = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) props.onFile(file);
  };
  return (
    <div class="button-row">
      <label class="button file-button" classList={{ primary: props.primary }}>
        <Icon name="scan" />
        {props.take}
        <input type="file" accept="image/*" capture="environment" class="visually-hidden" onChange={(e) => chosen(e.currentTarget)} />
      </label>
      <label class="button file-button">
        <Icon name="image" />
        {props.choose}
        <input type="file" accept="image/*" class="visually-hidden" onChange={(e) => chosen(e.currentTarget)} />
      </label>
      {props.children}
    </div>
  );
}

/** One side of the card: its photo with turn buttons, how reading it goes, and the buttons to take or choose it. */
function PhotoSide(props: { session: PaperCardSession; side: SideName }): JSX.Element {
  const state = () => props.session.sides[props.side];
  const headingId = `paper-side-${props.side}`;
  const busy = () => state().stage === 'preparing' || state().stage === 'reading';
  return (
    <section class="panel photo-side" aria-labelledby={headingId} aria-busy={busy()}>
      <h2 id={headingId}>{props.side === 'front' ? t('paper.front') : t('paper.backOptional')}</h2>
      <Show when={state().photoUrl}>
        {(url) => (
          <div class="photo-frame">
            <img class="card-photo" src={url()} alt={t(`paper.photoOf.${props.side}`)} />
            <div class="turn-buttons">
              <button type="button" class="button icon-only" aria-label={t('paper.rotateLeft')} title={t('paper.rotateLeft')} disabled={busy()} onClick={() => props.session.turn(props.side, -1)}>
                <span aria-hidden="true">↺</span>
              </button>
              <button type="button" class="button icon-only" aria-label={t('paper.rotateRight')} title={t('paper.rotateRight')} disabled={busy()} onClick={() => props.session.turn(props.side, 1)}>
                <span aria-hidden="true">↻</span>
              </button>
            </div>
          </div>
        )}
      </Show>
      <SideStatus session={props.session} side={props.side} />
      <PhotoButtons take={t('paper.takePhoto')} choose={t('paper.chooseImage')} primary={!state().photo && props.side === 'front'} onFile={(file) => props.session.choose(props.side, file)}>
        <Show when={props.side === 'back' && state().stage !== 'empty'}>
          <button type="button" class="button quiet" onClick={() => props.session.removeBack()}>
            {t('paper.removeBack')}
          </button>
        </Show>
      </PhotoButtons>
    </section>
  );
}

/** How reading a side goes, in words (announced to screen readers). */
function SideStatus(props: { session: PaperCardSession; side: SideName }): JSX.Element {
  const state = () => props.session.sides[props.side];
  const starting = () => {
    const status = props.session.readerStatus();
    return status?.kind === 'starting' ? status.progress : null;
  };
  return (
    <>
      <p class="status" role="status">
        {state().stage === 'preparing'
          ? t('paper.preparing')
          : state().stage === 'reading'
            ? starting() !== null
              ? t('reader.starting')
              : t('paper.reading')
            : state().stage === 'read' && state().foundText
              ? t('paper.read')
              : state().stage === 'waiting'
                ? t('paper.waitingForReader')
                : ''}
      </p>
      <Show when={state().stage === 'reading' && starting() !== null}>
        <progress aria-label={t('reader.starting')} max={1} value={starting() ?? 0} />
      </Show>
      <Show when={state().stage === 'read' && !state().foundText}>
        <p class="alert info" role="alert">
          {t('paper.noText')}
        </p>
      </Show>
      <Show when={state().problem}>
        {(problem) => (
          <div class="alert" role="alert">
            <p>{t(`paper.problem.${problem()}`)}</p>
            <Show when={problem() === 'reader-failed'}>
              <button type="button" class="button" onClick={() => props.session.retryReader()}>
                {t('paper.tryAgain')}
              </button>
            </Show>
          </div>
        )}
      </Show>
    </>
  );
}
