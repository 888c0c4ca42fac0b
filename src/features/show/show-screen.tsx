import { createMemo, createResource, For, Match, Show, Switch, type JSX } from 'solid-js';
import { A } from '@solidjs/router';
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
import { showToast } from '../../ui/toast-store';
import { createWakeLock } from '../../ui/wake-lock';
import { activeCard, chooseActiveCard, loadMyCards, myCards } from '../my-card/my-card-store';
import { CurrentEventPicker } from '../events/current-event-picker';
import { shareLink } from './share-link';
import { chooseValidity, expiresAt, issuedAt, loadValidity, renewQr, validity } from './show-store';

/** The app's own address: the receiver's phone opens the card here. */
function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** Show: the chosen card as a full-width QR with a validity window and live countdown. */
export function ShowScreen(): JSX.Element {
  const [ready] = createResource(() => Promise.all([loadMyCards(), loadValidity()]).then(() => true));
  const now = createNow(1000);
  createWakeLock();

  const link = createMemo(() => {
    const card = activeCard();
    return card ? encodeSharedCard(appBaseUrl(), card, issuedAt(), expiresAt()) : '';
  });
  const expired = () => now() >= expiresAt();

  const share = async () => {
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
                <QrCode text={link()} label={t('show.qrLabel')} />
              </Show>
              <p class="show-name">{card().name || card().email}</p>
              <p class="show-validity">
                {t('show.validUntil', { time: formatDateTime(expiresAt()) })}
                <Show when={!expired()}>
                  <span class="countdown" aria-live="off">
                    {' · '}
                    {t('show.remaining', { time: formatRemaining(expiresAt() - now()) })}
                  </span>
                </Show>
              </p>
              <p class="hint muted">{t('show.emailOnly')}</p>
              <CurrentEventPicker />
              <div class="button-row center">
                <button type="button" class="button" onClick={() => void share()} disabled={expired()}>
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
