import type { Contact, MeishiEvent } from '../../domain/types';
import { writeVCards, type VCardInput, type VCardVersion } from '../../domain/vcard/vcard-write';
import { formatDate } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { shareOrDownload } from '../../ui/share-file';

/** A contact as vCard input: the user's notes and where/when they met in NOTE; events and flags in CATEGORIES. */
export function contactToVCard(contact: Contact, events: Map<string, MeishiEvent>): VCardInput {
  const met = [...contact.meetings]
    .sort((a, b) => a.at - b.at)
    .map((m) => {
      const event = m.eventId ? events.get(m.eventId) : undefined;
      return event ? t('export.metAt', { event: event.name, date: formatDate(m.at) }) : t('export.metOn', { date: formatDate(m.at) });
    });
  const eventNames = contact.meetings.flatMap((m) => (m.eventId && events.get(m.eventId) ? [events.get(m.eventId)!.name] : []));
  const flags = contact.flags.map((f) => t(`flags.short.${f}`));
  return {
    card: contact.card,
    nameParts: contact.nameParts,
    note: [contact.notes, met.join('\n')].filter(Boolean).join('\n\n'),
    categories: [...new Set([...eventNames, ...flags, ...contact.tags])],
    rev: contact.updatedAt,
    uid: contact.id,
    extraEmails: contact.extraEmails,
  };
}

const CHUNK = 200;
// The page is given back (for taps and the progress bar) after this much writing: short enough
// to stay responsive, long enough that 10,000 people are not written in a hundred slices.
const SLICE_MS = 50;

/** Writes contacts to vCard text in slices of time, yielding between them so progress can be shown. */
export async function writeContactsVcf(contacts: Contact[], events: Map<string, MeishiEvent>, version: VCardVersion, onProgress?: (done: number) => void): Promise<string> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < contacts.length; i += CHUNK) {
    parts.push(writeVCards(contacts.slice(i, i + CHUNK).map((c) => contactToVCard(c, events)), { version }));
    if (i + CHUNK < contacts.length && performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(i + CHUNK);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  onProgress?.(contacts.length);
  return parts.join('');
}

/** Writes contacts to one .vcf and shares it where the platform can, else downloads it. */
export async function exportContactsVcf(
  contacts: Contact[],
  events: Map<string, MeishiEvent>,
  fileName: string,
  version: VCardVersion = '3.0',
  onProgress?: (done: number) => void,
): Promise<void> {
  const text = await writeContactsVcf(contacts, events, version, onProgress);
  await shareOrDownload(text, fileName, 'text/vcard;charset=utf-8');
}
