import type { Contact, MeishiEvent, MyCard } from '../../domain/types';
import { makeMailto } from '../../domain/card/email';
import { DEFAULT_EMAIL_TEMPLATES, renderTemplate, type EmailTemplate } from '../../domain/reminders/email-draft';
import { followUpItems } from '../../domain/reminders/follow-up-items';
import { writeIcs } from '../../domain/ics/ics-write';
import { formatDate } from '../../i18n/format';
import { locale, t } from '../../i18n/i18n';
import { formatEventDate } from '../events/event-date';

/** The event and date of the latest meeting with a contact. */
export function latestMeetingOf(contact: Contact, events: Map<string, MeishiEvent>): { event: MeishiEvent | undefined; at: number } | null {
  const latest = [...contact.meetings].sort((a, b) => b.at - a.at)[0];
  if (!latest) return null;
  return { event: latest.eventId ? events.get(latest.eventId) : undefined, at: latest.at };
}

/** A follow-up email draft as a `mailto:` link, from the template in the user's language. */
export function followUpMailto(contact: Contact, events: Map<string, MeishiEvent>, me: MyCard | undefined, custom: EmailTemplate | null): string | null {
  const meeting = latestMeetingOf(contact, events);
  const template = custom ?? DEFAULT_EMAIL_TEMPLATES[locale()];
  const draft = renderTemplate(template, {
    name: contact.card.name || contact.card.email,
    event: meeting?.event?.name ?? t('email.theEvent'),
    date: meeting?.event ? formatEventDate(meeting.event.date) : meeting ? formatDate(meeting.at) : '',
    myName: me?.name ?? '',
  });
  return makeMailto(contact.card.email, draft.subject, draft.body);
}

/** An .ics calendar file with a reminder for each open follow-up among `contacts`. */
export function followUpIcs(contacts: Contact[], events: Map<string, MeishiEvent>): string {
  const names = new Map([...events.values()].map((e) => [e.id, e.name]));
  const items = followUpItems(contacts, names, {
    summary: (name) => t('ics.summary', { name }),
    description: ({ event, notes, email }) =>
      [event ? t('ics.metAt', { event }) : '', email ? t('ics.email', { email }) : '', notes].filter(Boolean).join('\n\n'),
  });
  return writeIcs(items, { now: Date.now(), calendarName: t('app.name'), prodId: '-//Meishi//Follow-ups//EN' });
}
