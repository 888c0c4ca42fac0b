import { clampDate, CURRENT_EVENT_LOG_CAP, isSaneDate, CARD_HISTORY_CAP, EVENT_TEXT_CAP, EXTRA_EMAILS_CAP, FIELD_CAPS, LABEL_CAP, MEETINGS_PER_CONTACT, NAME_PART_CAP, NAME_PART_ITEMS_CAP, NOTE_CAP, PHOTO_BYTES_CAP, PHOTOS_PER_CONTACT, RECOGNISED_TEXT_CAP, TAG_CAP, TAGS_PER_CONTACT, TEMPLATE_CAPS } from '../caps';
import { base64ToBytes, isKeepablePhoto } from '../contacts/card-photos';
import type { CurrentEventChange } from '../events/event-met-at';
import type { Settings } from '../settings';
import { VALIDITY_CHOICES } from '../share/validity';
import {
  CARD_SOURCES,
  FLAG_IDS,
  GOOD_SIGN_IDS,
  PHOTO_TYPES,
  WARNING_SIGN_IDS,
  type CardFields,
  type CardVersion,
  type Contact,
  type ContactPhoto,
  type Meeting,
  type MeishiEvent,
  type MyCard,
  type NameParts,
  type SignId,
  type Verdict,
} from '../types';
import { invalid } from './backup-error';
import type { BackupSettings } from './backup-format';
import {
  checkBoolean,
  checkCount,
  checkEmail,
  checkId,
  checkIdOrNull,
  checkLine,
  checkList,
  checkMember,
  checkMemberList,
  checkObject,
  checkString,
  checkTime,
  checkTimeOrNull,
  checkMultiline,
  checkWebsite,
  field,
} from './check-value';

// Every record and setting of an untrusted backup, checked field by field against what the app
// itself can produce (text cleaned as typed text is, then held to the same caps). The checks
// throw `InvalidBackup`; parse-backup.ts, the one door for a backup file, catches it.

const SIGN_IDS: readonly SignId[] = [...WARNING_SIGN_IDS, ...GOOD_SIGN_IDS];
const VERDICTS = ['again', 'not-again'] as const satisfies readonly Verdict[];

/** The seven card fields: capped, a valid email or none, a safe website or none. */
function checkCardFields(value: unknown, path: string): CardFields {
  const record = checkObject(value, path);
  const text = (key: keyof CardFields) => checkLine(field(record, key), `${path}.${key}`, FIELD_CAPS[key]);
  return {
    name: text('name'),
    reading: text('reading'),
    org: text('org'),
    title: text('title'),
    email: checkEmail(field(record, 'email'), `${path}.email`, FIELD_CAPS.email),
    website: checkWebsite(field(record, 'website'), `${path}.website`, FIELD_CAPS.website),
    tagline: text('tagline'),
  };
}

/** One of the user's own cards. */
export function checkMyCard(value: unknown, path: string): MyCard {
  const record = checkObject(value, path);
  const fields = checkCardFields(record, path);
  return {
    id: checkId(field(record, 'id'), `${path}.id`),
    label: checkLine(field(record, 'label'), `${path}.label`, LABEL_CAP),
    ...fields,
    perEventAddress: checkBoolean(field(record, 'perEventAddress'), `${path}.perEventAddress`),
    createdAt: checkTime(field(record, 'createdAt'), `${path}.createdAt`),
    updatedAt: checkTime(field(record, 'updatedAt'), `${path}.updatedAt`),
  };
}

/** One meeting: when, at which event (or none), from which kind of card. */
function checkMeeting(value: unknown, path: string): Meeting {
  const record = checkObject(value, path);
  return {
    at: checkTime(field(record, 'at'), `${path}.at`),
    eventId: checkIdOrNull(field(record, 'eventId'), `${path}.eventId`),
    source: checkMember(field(record, 'source'), CARD_SOURCES, `${path}.source`, 'unknown source'),
  };
}

/** A name's parts, or null: lists of non-empty items and three readings, cleaned and capped as the readers and the editor do. */
function checkNamePartsOrNull(value: unknown, path: string): NameParts | null {
  if (value === null) return null;
  const record = checkObject(value, path);
  const items = (key: keyof NameParts) =>
    checkList(field(record, key), `${path}.${key}`, (item, p) => checkLine(item, p, NAME_PART_CAP) || invalid(p, 'empty'), NAME_PART_ITEMS_CAP);
  const reading = (key: keyof NameParts) => checkLine(field(record, key), `${path}.${key}`, NAME_PART_CAP);
  return {
    family: items('family'),
    given: items('given'),
    middle: items('middle'),
    prefix: items('prefix'),
    suffix: items('suffix'),
    familyReading: reading('familyReading'),
    givenReading: reading('givenReading'),
    middleReading: reading('middleReading'),
  };
}

/** A card received again for someone already known. */
function checkCardVersion(value: unknown, path: string): CardVersion {
  const record = checkObject(value, path);
  return {
    at: checkTime(field(record, 'at'), `${path}.at`),
    source: checkMember(field(record, 'source'), CARD_SOURCES, `${path}.source`, 'unknown source'),
    card: checkCardFields(field(record, 'card'), `${path}.card`),
    nameParts: checkNamePartsOrNull(field(record, 'nameParts'), `${path}.nameParts`),
    settled: checkBoolean(field(record, 'settled'), `${path}.settled`),
  };
}

/** A person the user met, field by field. */
export function checkContact(value: unknown, path: string): Contact {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  return {
    id: checkId(field(record, 'id'), at('id')),
    card: checkCardFields(field(record, 'card'), at('card')),
    original: checkCardFields(field(record, 'original'), at('original')),
    nameParts: checkNamePartsOrNull(field(record, 'nameParts'), at('nameParts')),
    received: checkList(field(record, 'received'), at('received'), checkCardVersion, CARD_HISTORY_CAP),
    extraEmails: checkList(
      field(record, 'extraEmails'),
      at('extraEmails'),
      (item, p) => {
        const email = checkEmail(item, p, FIELD_CAPS.email);
        return email || invalid(p, 'empty');
      },
      EXTRA_EMAILS_CAP,
    ),
    meetings: checkList(field(record, 'meetings'), at('meetings'), checkMeeting, MEETINGS_PER_CONTACT),
    notes: checkMultiline(field(record, 'notes'), at('notes'), NOTE_CAP),
    flags: checkMemberList(field(record, 'flags'), FLAG_IDS, at('flags'), 'unknown flag'),
    tags: checkList(
      field(record, 'tags'),
      at('tags'),
      (item, p) => {
        const tag = checkLine(item, p, TAG_CAP);
        return tag || invalid(p, 'empty');
      },
      TAGS_PER_CONTACT,
    ),
    followUpAt: checkTimeOrNull(field(record, 'followUpAt'), at('followUpAt')),
    followUpHasTime: checkBoolean(field(record, 'followUpHasTime'), at('followUpHasTime')),
    followUpDone: checkBoolean(field(record, 'followUpDone'), at('followUpDone')),
    expiresAt: checkTimeOrNull(field(record, 'expiresAt'), at('expiresAt')),
    expiredAt: checkTimeOrNull(field(record, 'expiredAt'), at('expiredAt')),
    createdAt: checkTime(field(record, 'createdAt'), at('createdAt')),
    updatedAt: checkTime(field(record, 'updatedAt'), at('updatedAt')),
    photoIds: checkPhotoIds(field(record, 'photoIds'), at('photoIds')),
    paperText: checkMultiline(field(record, 'paperText'), at('paperText'), RECOGNISED_TEXT_CAP),
  };
}

/** The ids of a contact's card photos: at most PHOTOS_PER_CONTACT, each once. */
function checkPhotoIds(value: unknown, path: string): string[] {
  const ids = checkList(value, path, checkId, PHOTOS_PER_CONTACT);
  ids.forEach((id, i) => ids.indexOf(id) !== i && invalid(`${path}[${i}]`, 'duplicate id'));
  return ids;
}

// The longest base64 text of a photo within the cap (4 characters for every 3 bytes, padded).
const PHOTO_BASE64_CAP = Math.ceil(PHOTO_BYTES_CAP / 3) * 4;

/**
 * A photo of a contact's paper card: its bytes within the cap and really of the format it names
 * (WebP or JPEG, as the app writes them). Whether its contact names it is checked once the
 * whole file is read (parse-backup.ts).
 */
export function checkPhoto(value: unknown, path: string): ContactPhoto {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  const type = checkMember(field(record, 'type'), PHOTO_TYPES, at('type'), 'unknown value');
  const text = checkString(field(record, 'data'), at('data'), PHOTO_BASE64_CAP);
  const data = base64ToBytes(text);
  if (data === null) invalid(at('data'), 'damaged photo');
  if (data.byteLength === 0) invalid(at('data'), 'empty');
  if (data.byteLength > PHOTO_BYTES_CAP) invalid(at('data'), 'too long');
  if (!isKeepablePhoto(type, data)) invalid(at('data'), 'damaged photo');
  return { id: checkId(field(record, 'id'), at('id')), contactId: checkId(field(record, 'contactId'), at('contactId')), type, data };
}

/** A local calendar date, YYYY-MM-DD, that exists and lies in the app's range of times (or '' for none). */
function checkDate(value: unknown, path: string): string {
  const date = checkString(value, path, 10);
  if (date === '' || isSaneDate(date)) return date;
  // A real date outside 1970–2199 is out of range; anything else is not a date at all.
  return invalid(path, clampDate(date) === '' ? 'expected date' : 'date out of range');
}

/** A networking event, field by field. */
export function checkEvent(value: unknown, path: string): MeishiEvent {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  const text = (key: string) => checkLine(field(record, key), at(key), EVENT_TEXT_CAP);
  const verdict = field(record, 'verdict');
  return {
    id: checkId(field(record, 'id'), at('id')),
    name: text('name'),
    date: checkDate(field(record, 'date'), at('date')),
    place: text('place'),
    organizer: text('organizer'),
    organizerUrl: checkWebsite(field(record, 'organizerUrl'), at('organizerUrl'), FIELD_CAPS.website),
    notes: checkMultiline(field(record, 'notes'), at('notes'), NOTE_CAP),
    signs: checkMemberList(field(record, 'signs'), SIGN_IDS, at('signs'), 'unknown sign'),
    verdict: verdict === null ? null : checkMember(verdict, VERDICTS, at('verdict'), 'unknown verdict'),
    reviewIndex: checkCount(field(record, 'reviewIndex'), at('reviewIndex')),
    reviewDone: checkBoolean(field(record, 'reviewDone'), at('reviewDone')),
    createdAt: checkTime(field(record, 'createdAt'), at('createdAt')),
    updatedAt: checkTime(field(record, 'updatedAt'), at('updatedAt')),
  };
}

// Checks one setting's value from an untrusted source, or refuses the backup at `path`.
type SettingCheck<K extends keyof Settings> = (value: unknown, path: string) => Settings[K];

/** Every setting a backup may carry, each with the check its value must pass. */
export const SETTING_CHECKS: { readonly [K in keyof Settings]: SettingCheck<K> } = {
  activeCardId: checkIdOrNull,
  validity: (value, path) => checkMember(value, VALIDITY_CHOICES, path, 'unknown value'),
  currentEventId: checkIdOrNull,
  autoSaveMeishi: checkBoolean,
  emailTemplate: (value, path) => {
    if (value === null) return null;
    const record = checkObject(value, path);
    // Cleaned as Settings cleans a typed template (cleanEmailTemplate): one line, and text like notes.
    return {
      subject: checkLine(field(record, 'subject'), `${path}.subject`, TEMPLATE_CAPS.subject),
      body: checkMultiline(field(record, 'body'), `${path}.body`, TEMPLATE_CAPS.body),
    };
  },
  lastBackupAt: checkTimeOrNull,
  currentEventLog: checkCurrentEventLog,
  lastFilterExportAt: checkTimeOrNull,
  persistRequested: checkBoolean,
  expiryExplained: checkBoolean,
};

/** The log of current-event changes: at most CURRENT_EVENT_LOG_CAP entries, each an event id (or null) and a time. */
function checkCurrentEventLog(value: unknown, path: string): CurrentEventChange[] {
  return checkList(
    value,
    path,
    (item, at) => {
      const record = checkObject(item, at);
      return { eventId: checkIdOrNull(field(record, 'eventId'), `${at}.eventId`), at: checkTime(field(record, 'at'), `${at}.at`) };
    },
    CURRENT_EVENT_LOG_CAP,
  );
}

/** The known settings of a backup, checked; unknown keys are dropped, not refused. */
export function checkSettings(value: unknown, path: string): BackupSettings {
  const record = checkObject(value, path);
  const settings: BackupSettings = {};
  for (const [key, check] of Object.entries(SETTING_CHECKS)) {
    if (Object.hasOwn(record, key)) settings[key] = check(record[key], `${path}.${key}`);
  }
  return settings;
}
