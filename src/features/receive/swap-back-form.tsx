import { createMemo, createResource, createSignal, Show, type JSX } from 'solid-js';
import { SWAP_BACK_CAPS, composeSwapBack, type SwapBackResult } from '../../domain/mail/swap-back';
import { encodeSharedCard, issueMinute } from '../../domain/share/payload-codec';
import { expiryFor } from '../../domain/share/validity';
import { safeWebsite } from '../../domain/card/website';
import type { CardFields } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { TextField } from '../../ui/text-field';
import { activeCard, loadMyCards } from '../my-card/my-card-store';
import { appBaseUrl } from '../show/share-link';

/**
 * "Send my contact back": the person who opened a shared card writes their name, organization
 * and a line, and their own mail app opens with an email to the card's owner. The app sends
 * nothing itself. If this browser has a Meishi card of its own, its details fill the form and
 * one tap adds a link to it, valid for a week, to the email.
 */
export function SwapBackForm(props: { card: Pick<CardFields, 'name' | 'email'> }): JSX.Element {
  const [open, setOpen] = createSignal(false);
  return (
    <section class="swap-back" aria-labelledby="swap-back-title">
      <Show
        when={open()}
        fallback={
          <div class="button-row">
            <button
              type="button"
              class="button primary"
              aria-expanded="false"
              onClick={() => {
                setOpen(true);
                document.getElementById('swap-back-name')?.focus();
              }}
            >
              {t('swapBack.open')}
            </button>
          </div>
        }
      >
        <h2 id="swap-back-title">{t('swapBack.open')}</h2>
        <SwapBackFields card={props.card} />
      </Show>
    </section>
  );
}

function SwapBackFields(props: { card: Pick<CardFields, 'name' | 'email'> }): JSX.Element {
  // Read only once the person asks to reply, so the card itself shows without waiting for it.
  const [own] = createResource(() =>
    loadMyCards().then(
      () => activeCard() ?? null,
      () => null,
    ),
  );
  const [name, setName] = createSignal<string | null>(null);
  const [org, setOrg] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal('');
  const [withLink, setWithLink] = createSignal(false);
  const [tried, setTried] = createSignal(false);
  // Issued when the form opens; a week, so it is still valid when the email is read.
  const issuedAt = issueMinute(Date.now());

  // Offered only where the email would carry it: a link to a host without a dot (localhost)
  // is refused like any unsafe link.
  const ownCardLink = () => {
    const card = own.state === 'ready' ? own() : null;
    const link = card ? encodeSharedCard(appBaseUrl(), card, issuedAt, expiryFor('7d', issuedAt)) : '';
    return link && safeWebsite(link) ? link : '';
  };
  const ownLink = () => (withLink() ? ownCardLink() : '');
  const nameValue = () => name() ?? (own.state === 'ready' ? (own()?.name ?? '') : '');
  const orgValue = () => org() ?? (own.state === 'ready' ? (own()?.org ?? '') : '');

  const result = createMemo<SwapBackResult>(() =>
    composeSwapBack(
      props.card,
      { name: nameValue(), org: orgValue(), message: message(), meishiLink: ownLink() },
      { subject: t('swapBack.subject'), greeting: t('swapBack.greeting'), intro: t('swapBack.bodyIntro'), linkLabel: t('swapBack.linkLabel') },
      Date.now(),
    ),
  );
  const problem = (): string | null => {
    const r = result();
    if (r.ok) return null;
    switch (r.reason) {
      case 'name-missing':
        return t('swapBack.nameMissing');
      case 'too-long':
        return t('validation.tooLong', { max: String(SWAP_BACK_CAPS[r.field]) });
      case 'invalid-link':
        return t('swapBack.invalidLink');
      case 'invalid-recipient':
        return t('swapBack.invalidRecipient');
    }
  };
  const nameError = () => (tried() && !result().ok && (result() as { reason: string }).reason === 'name-missing' ? t('swapBack.nameMissing') : undefined);

  return (
    <div class="swap-back-fields">
      <p class="muted">{t('swapBack.intro', { name: props.card.name || props.card.email })}</p>
      <TextField id="swap-back-name" label={t('swapBack.name')} value={nameValue()} onInput={setName} autocomplete="name" maxLength={SWAP_BACK_CAPS.name} error={nameError()} />
      <TextField id="swap-back-org" label={t('swapBack.org')} value={orgValue()} onInput={setOrg} autocomplete="organization" maxLength={SWAP_BACK_CAPS.org} />
      <TextField
        id="swap-back-message"
        label={t('swapBack.message')}
        value={message()}
        onInput={setMessage}
        autocomplete="off"
        maxLength={SWAP_BACK_CAPS.message}
        placeholder={t('swapBack.messagePlaceholder')}
      />
      <Show when={ownCardLink()}>
        <label class="checkbox">
          <input type="checkbox" checked={withLink()} onChange={(e) => setWithLink(e.currentTarget.checked)} />
          <span>{t('swapBack.addLink')}</span>
        </label>
      </Show>
      <div class="button-row">
        {/* A real link to the mail app once the email can be composed; until then, a button that says what is missing. */}
        <Show
          when={result().ok && (result() as { mailto: string }).mailto}
          fallback={
            <button type="button" class="button primary" onClick={() => setTried(true)}>
              {t('swapBack.write')}
            </button>
          }
        >
          {(href) => (
            <a class="button primary" href={href()}>
              {t('swapBack.write')}
            </a>
          )}
        </Show>
      </div>
      <Show when={tried() && problem()}>
        {(text) => (
          <p class="error" role="alert">
            {text()}
          </p>
        )}
      </Show>
    </div>
  );
}
