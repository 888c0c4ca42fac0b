import { CARD_HISTORY_CAP, clampDate, clampTime, CURRENT_EVENT_LOG_CAP, EVENT_TEXT_CAP, EXTRA_EMAILS_CAP, FIELD_CAPS, LABEL_CAP, NAME_PART_CAP, NAME_PART_ITEMS_CAP } from '../caps';
import { capLine, cleanAddress, cleanNotes, cleanTags } from '../card/clean-text';
import { isValidEmail } from '../card/email';
import { safeWebsite } from '../card/website';
import { cleanPaperText } from '../contacts/card-photos';
import { cleanEmailTemplate } from '../reminders/email-draft';

// The step from version 3 to 4, for backup records and stored records alike (MIGRATIONS in
// backup-format.ts). Version 3 was written by releases whose cleaning was not yet idempotent
// (white space collapsed before a joiner was dropped, NFC before invisible characters went) and
// whose clock was not yet held to 1970–2200, so its text and times are not always what today's
// check reads back unchanged. This step cleans every text with the very functions the inputs use
// and holds every time to the range, so what it gives back is what today's inputs would have
// stored: the check then changes nothing, and a backup restores byte for byte.
// Like every step it sees unchecked data: it changes only what has the expected shape.

type Fields = Record<string, unknown>;

/** One of the user's cards, version 3 → 4: its text cleaned and capped, its times in range. */
export function upgradeCardV3(card: Fields): Fields {
  return withTimes({ ...upgradeCardFields(card), ...texts(card, { label: line(LABEL_CAP) }) }, ['createdAt', 'updatedAt']);
}

/** A contact, version 3 → 4: its card, first card, name parts, history, addresses, notes, tags and paper text as today's inputs keep them; its times in range. */
export function upgradeContactV3(contact: Fields): Fields {
  const next: Fields = { ...contact, ...texts(contact, { notes: cleanNotes, paperText: cleanPaperText }) };
  if (isRecord(contact.card)) next.card = upgradeCardFields(contact.card);
  if (isRecord(contact.original)) next.original = upgradeCardFields(contact.original);
  if (isRecord(contact.nameParts)) next.nameParts = upgradeNameParts(contact.nameParts);
  // The history keeps the newest cards, as receiving one does.
  if (Array.isArray(contact.received)) next.received = contact.received.slice(-CARD_HISTORY_CAP).map((version: unknown) => (isRecord(version) ? upgradeCardVersion(version) : version));
  if (isStrings(contact.extraEmails)) next.extraEmails = contact.extraEmails.map(address).filter(Boolean).slice(0, EXTRA_EMAILS_CAP);
  if (isStrings(contact.tags)) next.tags = cleanTags(contact.tags);
  if (Array.isArray(contact.meetings)) next.meetings = contact.meetings.map((meeting: unknown) => (isRecord(meeting) ? withTimes(meeting, ['at']) : meeting));
  return withTimes(next, ['followUpAt', 'expiresAt', 'expiredAt', 'createdAt', 'updatedAt']);
}

/** An event, version 3 → 4: its text cleaned and capped, its date and times in range. */
export function upgradeEventV3(event: Fields): Fields {
  const text = line(EVENT_TEXT_CAP);
  const next = { ...event, ...texts(event, { name: text, place: text, organizer: text, organizerUrl: website, notes: cleanNotes }) };
  // A date before 1970 or after 2199 goes to the nearest end, as the backup writer puts it; what
  // is not a date at all is left for the check to refuse.
  if (typeof event.date === 'string' && clampDate(event.date) !== '') next.date = clampDate(event.date);
  return withTimes(next, ['createdAt', 'updatedAt']);
}

/** A per-event address, version 3 → 4: its address cleaned as addresses are, its times in range. */
export function upgradeEventTagV3(tag: Fields): Fields {
  // Never dropped (the tag is the entry): an address the check refuses is left for it to refuse.
  const next = typeof tag.baseEmail === 'string' ? { ...tag, baseEmail: cleanAddress(tag.baseEmail) } : { ...tag };
  return withTimes(next, ['createdAt', 'expiresAt']);
}

/** The settings, version 3 → 4: the email template cleaned as Settings saves it, the times (the current-event log's too) in range. */
export function upgradeSettingsV3(settings: Fields): Fields {
  const next = withTimes({ ...settings }, ['lastBackupAt', 'lastFilterExportAt']);
  const template = settings.emailTemplate;
  if (isRecord(template) && typeof template.subject === 'string' && typeof template.body === 'string') next.emailTemplate = cleanEmailTemplate({ subject: template.subject, body: template.body });
  const log = settings.currentEventLog;
  if (Array.isArray(log)) next.currentEventLog = log.slice(-CURRENT_EVENT_LOG_CAP).map((change: unknown) => (isRecord(change) ? withTimes(change, ['at']) : change));
  return next;
}

// The seven card fields, each cleaned the way the card form and the readers clean it.
function upgradeCardFields(fields: Fields): Fields {
  const text = (key: 'name' | 'reading' | 'org' | 'title' | 'tagline') => line(FIELD_CAPS[key]);
  return { ...fields, ...texts(fields, { name: text('name'), reading: text('reading'), org: text('org'), title: text('title'), tagline: text('tagline'), email: address, website }) };
}

function upgradeCardVersion(version: Fields): Fields {
  const next: Fields = { ...version };
  if (isRecord(version.card)) next.card = upgradeCardFields(version.card);
  if (isRecord(version.nameParts)) next.nameParts = upgradeNameParts(version.nameParts);
  return withTimes(next, ['at']);
}

// Each item and reading a clean line within its cap, as the readers and the name editor keep them.
function upgradeNameParts(parts: Fields): Fields {
  const next: Fields = { ...parts, ...texts(parts, { familyReading: line(NAME_PART_CAP), givenReading: line(NAME_PART_CAP), middleReading: line(NAME_PART_CAP) }) };
  for (const key of ['family', 'given', 'middle', 'prefix', 'suffix']) {
    const items = parts[key];
    if (isStrings(items)) next[key] = items.map(line(NAME_PART_CAP)).filter(Boolean).slice(0, NAME_PART_ITEMS_CAP);
  }
  return next;
}

const line = (max: number) => (value: string) => capLine(value, max);

// An address cleaned as one is typed or read; one today's check refuses (an invisible character
// an older check let through) is dropped, as a scan drops it: cleaning it could make it someone
// else's address.
function address(value: string): string {
  const cleaned = cleanAddress(value);
  return cleaned === '' || (cleaned.length <= FIELD_CAPS.email && isValidEmail(cleaned)) ? cleaned : '';
}

// A website as a clean line, kept only while it is one the app would open.
function website(value: string): string {
  const cleaned = capLine(value, FIELD_CAPS.website);
  return cleaned === '' || safeWebsite(cleaned) ? cleaned : '';
}

// The string fields named, each passed through its cleaning; fields of another type are left.
function texts(record: Fields, cleaning: Record<string, (value: string) => string>): Fields {
  const out: Fields = {};
  for (const [key, clean] of Object.entries(cleaning)) {
    const value = record[key];
    if (typeof value === 'string') out[key] = clean(value);
  }
  return out;
}

// The named times held to the app's range (NaN, which an older database may hold, at the start).
function withTimes(record: Fields, keys: readonly string[]): Fields {
  const next = { ...record };
  for (const key of keys) if (typeof next[key] === 'number') next[key] = clampTime(next[key]);
  return next;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
