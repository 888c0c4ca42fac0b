import { createSignal } from 'solid-js';
import { DEFAULT_VALIDITY, expiryFor, isValidityChoice, type ValidityChoice } from '../../domain/share/validity';
import { issueMinute } from '../../domain/share/payload-codec';
import { loadSettings, settings, updateSetting } from '../settings/settings-store';
import { loadMyCards } from '../my-card/my-card-store';
import { loadEvents } from '../events/events-store';

const [validity, setValiditySignal] = createSignal<ValidityChoice>(DEFAULT_VALIDITY);
const [issuedAt, setIssuedAt] = createSignal(issueMinute(Date.now()));

/** The chosen validity window. */
export { validity };

/** When the QR now shown was issued (to the minute, as the link stores it). */
export { issuedAt };

/** When the QR now shown expires. */
export function expiresAt(): number {
  return expiryFor(validity(), issuedAt());
}

/** Loads the remembered validity choice. */
export async function loadValidity(): Promise<void> {
  await loadSettings().catch(() => undefined);
  const stored = settings.validity;
  setValiditySignal(isValidityChoice(stored) ? stored : DEFAULT_VALIDITY);
}

/** Chooses a validity window, issues a fresh QR for it and remembers the choice. */
export function chooseValidity(choice: ValidityChoice): void {
  setValiditySignal(choice);
  renewQr();
  void updateSetting('validity', choice).catch(() => {});
}

/** Issues a fresh QR from now, for the chosen window. */
export function renewQr(): void {
  setIssuedAt(issueMinute(Date.now()));
}

let preparing: Promise<void> | null = null;

/**
 * Reads what Show draws from — the cards, the validity chosen, the events (a card's address can
 * depend on the current one) — once; started as the app starts when it opens at Show, so the
 * QR waits for no read that could have begun earlier.
 */
export function loadShow(): Promise<void> {
  preparing ??= Promise.all([loadMyCards(), loadValidity(), loadEvents()]).then(
    () => undefined,
    (error) => {
      preparing = null;
      throw error;
    },
  );
  return preparing;
}
