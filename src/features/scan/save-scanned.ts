import type { ScannedCard } from '../../domain/scan/read-scan';
import { saveReceivedCard, type SaveOutcome } from '../../storage/contacts-repo';
import { eventsState } from '../events/events-store';

/** Files a scanned card under the current event (same email → a new meeting on that contact). */
export function saveScannedCard(scanned: ScannedCard): Promise<SaveOutcome> {
  return saveReceivedCard(
    {
      card: scanned.card,
      extraEmails: scanned.extraEmails,
      source: scanned.source,
      eventId: eventsState.currentId,
      expiresAt: scanned.expiresAt,
      note: scanned.note,
    },
    Date.now(),
  );
}
