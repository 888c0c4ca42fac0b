import type { CardSource } from '../../domain/types';
import { filePaperCard, type SaveOutcome } from '../contacts/contacts-store';
import type { PaperCardResult } from './paper-card-form';

/**
 * Files what the paper-card form hands over under `eventId` (the event chosen on the screen), in
 * one transaction with its photos: typed in by hand (`manual`, Add contact) or read from a
 * photographed card (`paper`). Same email → a meeting on that contact; the notes typed here are
 * added to theirs.
 */
export function savePaperCard(result: PaperCardResult, source: Extract<CardSource, 'manual' | 'paper'>, eventId: string | null): Promise<SaveOutcome> {
  return filePaperCard(
    { card: result.card, extraEmails: [], source, eventId, expiresAt: null, ownNotes: result.notes },
    { photos: result.photos, text: result.text },
  );
}
