import { onCleanup, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { BackLink } from '../../ui/back-link';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import '../../ui/styles/paper-card.css';
import { PaperCardForm } from './paper-card-form';
import { createPaperCardSession, type PaperCardSession, type SideName } from './paper-card-session';
import { ReaderPanel } from './reader-panel';

/**
 * A paper business card: photograph the front (and, if it helps, the back), the card reader reads
 * it on the phone, and the form shows what it read, every field editable. Saving it as a contact
 * comes with the contacts store's paper-card support (the form already hands over everything).
 */
export function PaperCardScreen(): JSX.Element {
  const session = createPaperCardSession();
  onCleanup(() => session.dispose());
  return (
    <Screen title={t('paper.title')} back={<BackLink href="/scan" label={t('paper.backToScan')} />}>
      <ReaderPanel onChange={(downloaded) => session.setReaderDownloaded(downloaded)} />
      <PhotoSide session={session} side="front" />
      <Show when={session.sides.front.photo}>
        <PhotoSide session={session} side="back" />
      </Show>
      <p class="muted">{t('paper.privacy')}</p>
      <PaperCardForm guess={session.guess().fields} lines={session.guess().lines} photos={session.photos()} />
    </Screen>
  );
}

/** One side of the card: its photo with turn buttons, how reading it goes, and the buttons to take or choose it. */
function PhotoSide(props: { session: PaperCardSession; side: SideName }): JSX.Element {
  const state = () => props.session.sides[props.side];
  const headingId = `paper-side-${props.side}`;
  const chosen = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) props.session.choose(props.side, file);
  };
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
      <div class="button-row">
        <label class="button file-button" classList={{ primary: !state().photo && props.side === 'front' }}>
          {t('paper.takePhoto')}
          <input type="file" accept="image/*" capture="environment" class="visually-hidden" onChange={(e) => chosen(e.currentTarget)} />
        </label>
        <label class="button file-button">
          <Icon name="image" />
          {t('paper.chooseImage')}
          <input type="file" accept="image/*" class="visually-hidden" onChange={(e) => chosen(e.currentTarget)} />
        </label>
        <Show when={props.side === 'back' && state().stage !== 'empty'}>
          <button type="button" class="button quiet" onClick={() => props.session.removeBack()}>
            {t('paper.removeBack')}
          </button>
        </Show>
      </div>
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
