import type { ScannedCard } from '../../domain/scan/read-scan';
import { saveReceivedCard, type SaveOutcome } from '../../storage/contacts-repo';
import { eventsState } from '../events/events-store';
import { mergeIntoLoaded } from '../contacts/contacts-store';
import { ensurePersistence } from '../settings/durability';

/** Files a scanned card under the current event (same email → a new meeting on that contact). */
export async function saveScannedCard(scanned: ScannedCard): Promise<SaveOutcome> {
  const outcome = await saveReceivedCard(
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
  mergeIntoLoaded([outcome.contact]);
  void ensurePersistence();
  return outcome;
}
