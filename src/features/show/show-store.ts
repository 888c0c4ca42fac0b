import { createSignal } from 'solid-js';
import { DEFAULT_VALIDITY, expiryFor, isValidityChoice, type ValidityChoice } from '../../domain/share/validity';
import { issueMinute } from '../../domain/share/payload-codec';
import { loadSettings, settings, updateSetting } from '../settings/settings-store';

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
  renewQr();
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
