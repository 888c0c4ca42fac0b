import { createMemo, Show, type JSX } from 'solid-js';
import { makeMailto } from '../../domain/card/email';
import { makeEventTag } from '../../domain/mail/event-tags';
import { makeTaggedAddress, plusSupport, type PlusSupport } from '../../domain/mail/plus-address';
import { t } from '../../i18n/i18n';

// Shown in the example: the shape of a tag, not one the app will hand out.
const EXAMPLE_TAG = 'k7m2qx';

/** What the option says about an address: why it is off, or how sure Meishi is that tagged mail arrives. */
function supportText(support: PlusSupport): string {
  if (!support.ok) {
    switch (support.reason) {
      case 'invalid-address':
        return t('perEvent.invalidAddress');
      case 'already-tagged':
        return t('perEvent.alreadyTagged');
      case 'too-long':
        return t('perEvent.tooLong');
      case 'provider-no-plus':
        return t('perEvent.providerNoPlus', { provider: t(`provider.${support.provider}`) });
    }
  }
  if (support.provider === null || support.confidence === 'unknown') return t('perEvent.unknown');
  return t(support.confidence === 'provider' ? 'perEvent.provider' : 'perEvent.secondary', { provider: t(`provider.${support.provider}`) });
}

/**
 * "A separate address for each event", for the card being edited (its address as typed now):
 * greyed out with the reason when the address cannot take a tag, else how sure Meishi is that
 * the provider delivers such mail, and a one-tap test email to a fresh tagged address.
 */
export function PerEventAddressOption(props: { email: string; checked: boolean; onChange: (on: boolean) => void }): JSX.Element {
  const support = createMemo(() => plusSupport(props.email));
  // A fresh random tag, never stored: mail to it reaches the inbox unfiltered, which is the test.
  const testMailto = createMemo(() => {
    if (!support().ok) return null;
    const tag = makeEventTag((count) => crypto.getRandomValues(new Uint8Array(count)), new Set());
    const address = tag && makeTaggedAddress(props.email, tag);
    return address ? makeMailto(address, t('perEvent.testSubject'), t('perEvent.testBody', { address })) : null;
  });

  return (
    <div class="field per-event">
      <label class="checkbox">
        <input
          type="checkbox"
          id="per-event-address"
          checked={props.checked && support().ok}
          disabled={!support().ok}
          aria-describedby="per-event-address-hint per-event-address-support"
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>{t('perEvent.option')}</span>
      </label>
      <span class="hint" id="per-event-address-hint">
        {t('perEvent.hint', { example: makeTaggedAddress(props.email, EXAMPLE_TAG) ?? `name+${EXAMPLE_TAG}@example.com` })}
      </span>
      <span class={support().ok ? 'hint' : 'hint notice'} id="per-event-address-support">
        {supportText(support())}
      </span>
      <Show when={testMailto()}>
        {(href) => (
          <>
            <span class="hint">{t('perEvent.testFirst')}</span>
            <div class="button-row">
              <a class="button" href={href()}>
                {t('perEvent.sendTest')}
              </a>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}
