import { APP_VERSION_CAP, BACKUP_EVENT_TEXT_CAP, FIELD_CAPS, LABEL_CAP, NAME_PART_CAP, NAME_PART_ITEMS_CAP, NOTE_CAP, TAG_CAP, TEMPLATE_SUBJECT_CAP } from '../caps';
import type { Settings } from '../settings';
import { VALIDITY_CHOICES } from '../share/validity';
import {
  CARD_SOURCES,
  FLAG_IDS,
  GOOD_SIGN_IDS,
  WARNING_SIGN_IDS,
  type CardFields,
  type Contact,
  type Meeting,
  type MeishiEvent,
  type NameParts,
  type MyCard,
  type SignId,
  type Verdict,
} from '../types';
import { InvalidBackup, invalid, type BackupError, type ParseBackupResult } from './backup-error';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_LENGTH, upgradeBackupData, type BackupData, type BackupSettings } from './backup-format';
import {
  checkBoolean,
  checkCount,
  checkEmail,
  checkId,
  checkIdOrNull,
  checkList,
  checkMember,
  checkMemberList,
  checkObject,
  checkString,
  checkTime,
  checkTimeOrNull,
  checkWebsite,
  field,
} from './check-value';

// The one door for an untrusted backup file (like excalidraw's `data/restore.ts`): every
// record and setting is checked field by field against what the app itself can produce, and
// nothing is returned unless all of it passes. The field checks throw `InvalidBackup`; `parseBackup`
// alone catches it and turns it into a result.

const SIGN_IDS: readonly SignId[] = [...WARNING_SIGN_IDS, ...GOOD_SIGN_IDS];
const VERDICTS = ['again', 'not-again'] as const satisfies readonly Verdict[];

/**
 * Reads a backup file's text: size, JSON, format, version (upgrading older ones), then every
 * record. Nothing is returned unless all of it is valid; never throws.
 */
export function parseBackup(text: string): ParseBackupResult {
  if (text.length > MAX_BACKUP_LENGTH) return fail({ kind: 'too-large', max: MAX_BACKUP_LENGTH });
  let raw: unknown;
  try {
    // Some editors save JSON with a byte-order mark, which JSON.parse refuses.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'not-json' });
  }
  try {
    return readEnvelope(raw);
  } catch (error) {
    if (error instanceof InvalidBackup) return fail({ kind: 'invalid', path: error.path, reason: error.reason });
    // Only a bug in a check could land here; still a result, not an exception.
    return fail({ kind: 'invalid', path: '', reason: 'unknown value' });
  }
}

function readEnvelope(raw: unknown): ParseBackupResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail({ kind: 'not-meishi' });
  const envelope = raw as Record<string, unknown>;
  if (field(envelope, 'format') !== BACKUP_FORMAT) return fail({ kind: 'not-meishi' });
  const version = field(envelope, 'version');
  if (!Number.isSafeInteger(version) || (version as number) < 1) invalid('version', 'expected positive integer');
  if ((version as number) > BACKUP_VERSION) return fail({ kind: 'newer-version', version: version as number });
  const exportedAt = field(envelope, 'exportedAt');
  const appVersion = field(envelope, 'appVersion');
  const upgraded = upgrade(field(envelope, 'data'), version as number);
  const data = checkBackupData(upgraded, 'data');
  return {
    ok: true,
    data,
    summary: {
      cards: data.cards.length,
      contacts: data.contacts.length,
      events: data.events.length,
      exportedAt: exportedAt === undefined ? null : parseTime(checkString(exportedAt, 'exportedAt', 100)),
      appVersion: appVersion === undefined ? null : checkString(appVersion, 'appVersion', APP_VERSION_CAP),
      version: version as number,
    },
  };
}

function upgrade(data: unknown, version: number): unknown {
  let upgraded: { data: unknown } | null;
  try {
    upgraded = upgradeBackupData(data, version);
  } catch {
    // A step met data it cannot read: the file is broken, not the app.
    invalid('data', 'migration failed');
  }
  // A missing step is a gap in the ladder (a bug); the migrations test guards against it.
  return upgraded ? upgraded.data : invalid('version', 'unknown value');
}

// The header time is informative only: an unreadable one is shown as unknown, not refused.
function parseTime(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

function fail(error: BackupError): ParseBackupResult {
  return { ok: false, error };
}

/** The whole `data` of a current-version backup, every record field by field, ids unique per kind. */
function checkBackupData(value: unknown, path: string): BackupData {
  const record = checkObject(value, path);
  const data: BackupData = {
    cards: checkList(field(record, 'cards'), `${path}.cards`, checkMyCard),
    contacts: checkList(field(record, 'contacts'), `${path}.contacts`, checkContact),
    events: checkList(field(record, 'events'), `${path}.events`, checkEvent),
    settings: checkSettings(field(record, 'settings'), `${path}.settings`),
  };
  for (const kind of ['cards', 'contacts', 'events'] as const) checkUniqueIds(data[kind], `${path}.${kind}`);
  return data;
}

// Two records with one id would silently overwrite each other on restore.
function checkUniqueIds(records: { id: string }[], path: string): void {
  const seen = new Set<string>();
  for (const [i, { id }] of records.entries()) {
    if (seen.has(id)) invalid(`${path}[${i}].id`, 'duplicate id');
    seen.add(id);
  }
}

/** The seven card fields: capped, a valid email or none, a safe website or none. */
function checkCardFields(value: unknown, path: string): CardFields {
  const record = checkObject(value, path);
  const text = (key: keyof CardFields) => checkString(field(record, key), `${path}.${key}`, FIELD_CAPS[key]);
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
function checkMyCard(value: unknown, path: string): MyCard {
  const record = checkObject(value, path);
  const fields = checkCardFields(record, path);
  return {
    id: checkId(field(record, 'id'), `${path}.id`),
    label: checkString(field(record, 'label'), `${path}.label`, LABEL_CAP),
    ...fields,
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

/** A person the user met, field by field. */
function checkContact(value: unknown, path: string): Contact {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  return {
    id: checkId(field(record, 'id'), at('id')),
    card: checkCardFields(field(record, 'card'), at('card')),
    original: checkCardFields(field(record, 'original'), at('original')),
    nameParts: checkNamePartsOrNull(field(record, 'nameParts'), at('nameParts')),
    extraEmails: checkList(field(record, 'extraEmails'), at('extraEmails'), (item, p) => {
      const email = checkEmail(item, p, FIELD_CAPS.email);
      return email || invalid(p, 'empty');
    }),
    meetings: checkList(field(record, 'meetings'), at('meetings'), checkMeeting),
    notes: checkString(field(record, 'notes'), at('notes'), NOTE_CAP),
    flags: checkMemberList(field(record, 'flags'), FLAG_IDS, at('flags'), 'unknown flag'),
    tags: checkList(field(record, 'tags'), at('tags'), (item, p) => checkString(item, p, TAG_CAP)),
    followUpAt: checkTimeOrNull(field(record, 'followUpAt'), at('followUpAt')),
    followUpHasTime: checkBoolean(field(record, 'followUpHasTime'), at('followUpHasTime')),
    followUpDone: checkBoolean(field(record, 'followUpDone'), at('followUpDone')),
    expiresAt: checkTimeOrNull(field(record, 'expiresAt'), at('expiresAt')),
    expiredAt: checkTimeOrNull(field(record, 'expiredAt'), at('expiredAt')),
    createdAt: checkTime(field(record, 'createdAt'), at('createdAt')),
    updatedAt: checkTime(field(record, 'updatedAt'), at('updatedAt')),
  };
}

/** A name's parts, or null: lists of non-empty items and three readings, each capped as the readers cap them. */
function checkNamePartsOrNull(value: unknown, path: string): NameParts | null {
  if (value === null) return null;
  const record = checkObject(value, path);
  const items = (key: keyof NameParts) => {
    const list = checkList(field(record, key), `${path}.${key}`, (item, p) => checkString(item, p, NAME_PART_CAP) || invalid(p, 'empty'));
    return list.length > NAME_PART_ITEMS_CAP ? invalid(`${path}.${key}`, 'too long') : list;
  };
  const reading = (key: keyof NameParts) => checkString(field(record, key), `${path}.${key}`, NAME_PART_CAP);
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

/** A local calendar date, YYYY-MM-DD, that exists (or '' for none). */
function checkDate(value: unknown, path: string): string {
  const date = checkString(value, path, 10);
  if (date === '') return date;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) invalid(path, 'expected date');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over into March: a date that exists comes back unchanged.
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) invalid(path, 'expected date');
  return date;
}

/** A networking event, field by field. */
function checkEvent(value: unknown, path: string): MeishiEvent {
  const record = checkObject(value, path);
  const at = (key: string) => `${path}.${key}`;
  const text = (key: string) => checkString(field(record, key), at(key), BACKUP_EVENT_TEXT_CAP);
  const verdict = field(record, 'verdict');
  return {
    id: checkId(field(record, 'id'), at('id')),
    name: text('name'),
    date: checkDate(field(record, 'date'), at('date')),
    place: text('place'),
    organizer: text('organizer'),
    organizerUrl: checkWebsite(field(record, 'organizerUrl'), at('organizerUrl'), FIELD_CAPS.website),
    notes: checkString(field(record, 'notes'), at('notes'), NOTE_CAP),
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
    return {
      subject: checkString(field(record, 'subject'), `${path}.subject`, TEMPLATE_SUBJECT_CAP),
      body: checkString(field(record, 'body'), `${path}.body`, NOTE_CAP),
    };
  },
  lastBackupAt: checkTimeOrNull,
  persistRequested: checkBoolean,
  expiryExplained: checkBoolean,
};

/** The known settings of a backup, checked; unknown keys are dropped, not refused. */
export function checkSettings(value: unknown, path: string): BackupSettings {
  const record = checkObject(value, path);
  const settings: BackupSettings = {};
  for (const [key, check] of Object.entries(SETTING_CHECKS)) {
    if (Object.hasOwn(record, key)) settings[key] = check(record[key], `${path}.${key}`);
  }
  return settings;
}
