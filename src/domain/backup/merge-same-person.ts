import type { CardVersion, Contact, Meeting } from '../types';
import { cleanTags } from '../card/clean-text';
import { emailKey } from '../card/email';
import { CARD_HISTORY_CAP, EXTRA_EMAILS_CAP } from '../caps';
import { capMeetings, mergeNotes } from '../contacts/receive-card';
import { keptPaperCard } from '../contacts/card-photos';

/**
 * One contact from two records of the same person (same email, different ids): the existing
 * id; meetings, flags and tags united; notes appended; the existing follow-up unless it has
 * none; the card (its name's parts and its expiry state with it) of whichever was updated last;
 * the existing paper card (photos and recognised text), else the incoming one.
 */
export function mergeSamePerson(existing: Contact, incoming: Contact): Contact {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const followUp = existing.followUpAt !== null ? existing : incoming;
  const permanent = isPermanent(existing) || isPermanent(incoming);
  return {
    id: existing.id,
    card: { ...newer.card },
    original: { ...newer.original },
    // The parts belong to the name: they come with the card they go with.
    nameParts: newer.nameParts && structuredClone(newer.nameParts),
    received: mergeReceived(existing.received, incoming.received),
    extraEmails: uniqueEmails([...existing.extraEmails, ...incoming.extraEmails], newer.card.email).slice(0, EXTRA_EMAILS_CAP),
    meetings: capMeetings(mergeMeetings(existing.meetings, incoming.meetings)),
    notes: mergeNotes(existing.notes, incoming.notes),
    flags: [...new Set([...existing.flags, ...incoming.flags])],
    tags: cleanTags([...existing.tags, ...incoming.tags]),
    followUpAt: followUp.followUpAt,
    followUpHasTime: followUp.followUpHasTime,
    followUpDone: followUp.followUpDone,
    // As when the same person is scanned again: a permanent card stays permanent, else the later expiry.
    expiresAt: permanent ? null : laterExpiry(existing, incoming),
    expiredAt: permanent ? null : newer.expiredAt,
    createdAt: Math.min(existing.createdAt, incoming.createdAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    ...keptPaperCard(existing, incoming),
  };
}

/** Both lists of meetings by time, an exact repeat (same time, event and source) once. */
export function mergeMeetings(a: Meeting[], b: Meeting[]): Meeting[] {
  const seen = new Set<string>();
  const out: Meeting[] = [];
  for (const meeting of [...a, ...b]) {
    const key = JSON.stringify([meeting.at, meeting.eventId, meeting.source]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...meeting });
  }
  // Array.prototype.sort is stable: meetings at the same moment keep their order.
  return out.sort((x, y) => x.at - y.at);
}

/** Both histories of later cards by time, each card once, the newest within the cap. */
function mergeReceived(a: CardVersion[], b: CardVersion[]): CardVersion[] {
  const byKey = new Map<string, CardVersion>();
  for (const version of [...a, ...b]) {
    const key = JSON.stringify([version.at, version.source, version.card]);
    const seen = byKey.get(key);
    // Settled on either device stays settled.
    byKey.set(key, seen ? { ...seen, settled: seen.settled || version.settled } : { ...version, card: { ...version.card } });
  }
  return [...byKey.values()].sort((x, y) => x.at - y.at).slice(-CARD_HISTORY_CAP);
}

function isPermanent(contact: Contact): boolean {
  return contact.expiresAt === null && contact.expiredAt === null;
}

function laterExpiry(a: Contact, b: Contact): number | null {
  const times = [a.expiresAt, b.expiresAt].filter((t): t is number => t !== null);
  return times.length ? Math.max(...times) : null;
}

function uniqueEmails(emails: string[], primary: string): string[] {
  const seen = new Set(primary ? [emailKey(primary)] : []);
  return emails.filter((email) => {
    const key = emailKey(email);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
