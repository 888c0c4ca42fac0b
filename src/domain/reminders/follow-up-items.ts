// The open follow-ups as calendar items for `writeIcs`. The words come from the caller's
// translations, so this stays free of any language.

import type { FollowUpItem } from '../ics/ics-write';
import type { Contact } from '../types';

/** The translated texts of a calendar item. */
export interface FollowUpLabels {
  /** The item's title, e.g. "Follow up: Taro Yamada". */
  summary: (name: string) => string;
  /** The item's body; `event` is the name of the event of the latest meeting, if it has one. */
  description: (parts: { event: string | null; notes: string; email: string }) => string;
}

/**
 * One calendar item per contact with an open (not done) follow-up, in follow-up order. The
 * item's uid is the contact id, so a re-import updates the calendar entry. No URL: the ics
 * writer only takes http(s), and a mailto: would be dropped.
 */
export function followUpItems(contacts: readonly Contact[], eventNames: ReadonlyMap<string, string>, labels: FollowUpLabels): FollowUpItem[] {
  const items: FollowUpItem[] = [];
  for (const contact of contacts) {
    const at = contact.followUpAt;
    if (at === null || !Number.isFinite(at) || contact.followUpDone) continue;
    const name = contact.card.name.trim() || contact.card.email.trim();
    const event = latestEventName(contact, eventNames);
    items.push({
      uid: contact.id,
      summary: labels.summary(name),
      description: labels.description({ event, notes: contact.notes, email: contact.card.email }),
      at,
      hasTime: contact.followUpHasTime,
    });
  }
  return items.sort((a, b) => a.at - b.at);
}

// The event the contact was last met at, if it still exists and has a name.
function latestEventName(contact: Contact, eventNames: ReadonlyMap<string, string>): string | null {
  let latest: Contact['meetings'][number] | undefined;
  for (const meeting of contact.meetings) if (!latest || meeting.at >= latest.at) latest = meeting;
  const name = latest?.eventId ? eventNames.get(latest.eventId)?.trim() : undefined;
  return name || null;
}
