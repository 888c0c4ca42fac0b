import { createEffect, createMemo, createResource, createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import { A } from '../../ui/router';
import { normaliseEmail } from '../../domain/card/email';
import { encodeSharedCard } from '../../domain/share/payload-codec';
import { VALIDITY_CHOICES } from '../../domain/share/validity';
import { formatDateTime } from '../../i18n/format';
import { formatRemaining } from '../../i18n/duration';
import { t } from '../../i18n/i18n';
import { createNow } from '../../ui/clock';
import { EmptyState } from '../../ui/empty-state';
import { Icon } from '../../ui/icons';
import { QrCode } from '../../ui/qr-code';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { createWakeLock } from '../../ui/wake-lock';
import { activeCard, chooseActiveCard, myCards } from '../my-card/my-card-store';
import { CurrentEventPicker } from '../events/current-event-picker';
import { currentEventId } from '../events/events-store';
import { addressToShow } from '../mail/event-tags-store';
import { appBaseUrl, shareLink } from './share-link';
import { chooseValidity, expiresAt, issuedAt, loadShow, renewQr, validity } from './show-store';
import showCss from '../../ui/styles/show.css?inline';
import { addScreenStyles } from '../../ui/screen-styles';

addScreenStyles(showCss);

/** Show: the chosen card as a full-width QR with a validity window and live countdown. */
export function ShowScreen(): JSX.Element {
  // Events too: the card's address depends on the current event.
  const [ready] = createResource(() => loadShow().then(() => true));
  // Each visit shows a card issued now, for the window chosen.
  renewQr();
  const now = createNow(1000);
  createWakeLock();

  // The address the card carries: its own, or the current event's tagged one (remembered in the
  // tag map before the QR shows it). Worked out again whenever what it depends on changes; an
  // answer is used only while it still matches, so a QR never pairs one event's address with
  // another's validity.
  const addressKey = () => {
    const card = activeCard();
    return ready.state === 'ready' && card ? JSON.stringify([card.email, card.perEventAddress, currentEventId(), expiresAt()]) : null;
  };
  const [shown, setShown] = createSignal<{ key: string; address: string; tagged: boolean } | null>(null);
  createEffect(() => {
    const key = addressKey();
    const card = activeCard();
    if (key === null || !card) return;
    const settle = (address: string, tagged: boolean) => {
      if (addressKey() === key) setShown({ key, address, tagged });
    };
    addressToShow(card, currentEventId(), expiresAt()).then(
      (result) => settle(result.address, result.tag !== null),
      (error) => {
        reportStorageError(error);
        // Not remembered, so not handed out: the card carries its own address.
        settle(normaliseEmail(card.email), false);
      },
    );
  });
  const address = () => {
    const result = shown();
    return result && result.key === addressKey() ? result : null;
  };

  const link = createMemo(() => {
    const card = activeCard();
    const carried = address();
    return card && carried ? encodeSharedCard(appBaseUrl(), { ...card, email: carried.address }, issuedAt(), expiresAt()) : '';
  });
  const expired = () => now() >= expiresAt();
  const [qrDrawn, setQrDrawn] = createSignal(false);

  const share = async () => {
    if (!link()) return;
    const outcome = await shareLink(link(), activeCard()?.name || t('app.name'));
    if (outcome === 'copied') showToast({ message: t('show.copied') });
    if (outcome === 'failed') showToast({ message: t('show.copyFailed'), tone: 'error' });
  };

  return (
    <Screen title={t('nav.show')}>
      <Switch>
        <Match when={ready.error}>
          <p class="alert" role="alert">{t('storageError.unavailable')}</p>
        </Match>
        <Match when={ready() && !activeCard()}>
          <EmptyState icon="qr" title={t('show.noCard')} hint={t('show.noCardHint')}>
            <A class="button primary" href="/">
              {t('show.makeCard')}
            </A>
          </EmptyState>
        </Match>
        <Match when={ready() && activeCard()}>
          {(card) => (
            <div class="show">
              <div class="show-controls">
                <Show when={myCards.cards.length > 1}>
                  <div class="field compact">
                    <label for="show-card">{t('show.card')}</label>
                    <select id="show-card" value={card().id} onChange={(e) => void chooseActiveCard(e.currentTarget.value).then(renewQr)}>
                      <For each={myCards.cards}>{(c) => <option value={c.id}>{c.label}</option>}</For>
                    </select>
                  </div>
                </Show>
                <fieldset class="segmented">
                  <legend>{t('show.validFor')}</legend>
                  <For each={VALIDITY_CHOICES}>
                    {(choice) => (
                      <label>
                        <input type="radio" name="validity" value={choice} checked={validity() === choice} onChange={() => chooseValidity(choice)} />
                        <span>{t(`show.validity.${choice}`)}</span>
                      </label>
                    )}
                  </For>
                </fieldset>
              </div>
              <Show
                when={!expired()}
                fallback={
                  <div class="qr-expired" role="alert">
                    <p>{t('show.qrExpired')}</p>
                    <button type="button" class="button primary" onClick={renewQr}>
                      {t('show.renew')}
                    </button>
                  </div>
                }
              >
                <Show when={link()} fallback={<div class="qr-box" aria-busy="true" />}>
                  <QrCode text={link()} label={t('show.qrLabel')} expectedWidth={qrBoxWidth()} onDrawn={() => requestAnimationFrame(() => setTimeout(() => setQrDrawn(true)))} />
                </Show>
              </Show>
              <p class="show-name">{card().name || card().email}</p>
              <Show when={address()}>
                {(carried) => (
                  <p class="show-email">
                    <Show when={carried().tagged}>
                      <span class="muted">{t('perEvent.shownAddress')}: </span>
                    </Show>
                    <span class="show-address">{carried().address}</span>
                  </p>
                )}
              </Show>
              <p class="show-validity">
                {/* The frame after the QR's: the first date a page formats costs a few frames (the locale's calendar data). */}
                <Show when={qrDrawn() || expired()}>
                  {t('show.validUntil', { time: formatDateTime(expiresAt()) })}
                  <Show when={!expired()}>
                    <span class="countdown" aria-live="off">
                      {' · '}
                      {t('show.remaining', { time: formatRemaining(expiresAt() - now()) })}
                    </span>
                  </Show>
                </Show>
              </p>
              <p class="hint muted">{t('show.emailOnly')}</p>
              <CurrentEventPicker />
              <div class="button-row center">
                <button type="button" class="button" onClick={() => void share()} disabled={expired() || !link()}>
                  <Icon name="share" />
                  {t('show.shareLink')}
                </button>
              </div>
            </div>
          )}
        </Match>
      </Switch>
    </Screen>
  );
}

// The QR box's width as show.css makes it — `min(100%, 100dvh - 360px)`, at least 220px, inside
// main's 720px at most with 1rem padding each side — worked out from the window alone.
function qrBoxWidth(): number {
  const content = Math.min(window.innerWidth, 720) - 32;
  return Math.max(220, Math.min(content, window.innerHeight - 360));
}
