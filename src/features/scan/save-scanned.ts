import type { ScannedCard } from '../../domain/scan/read-scan';
import { fileReceivedCard, type SaveOutcome } from '../contacts/contacts-store';
import { currentEventId } from '../events/events-store';

/** Files a scanned card under the current event (same email → a new meeting on that contact). */
export function saveScannedCard(scanned: ScannedCard): Promise<SaveOutcome> {
  return fileReceivedCard({
    card: scanned.card,
    extraEmails: scanned.extraEmails,
    nameParts: scanned.nameParts,
    source: scanned.source,
    eventId: currentEventId(),
    expiresAt: scanned.expiresAt,
    note: scanned.note,
  });
}
