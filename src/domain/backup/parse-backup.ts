import { APP_VERSION_CAP, PHOTOS_PER_CONTACT, TAG_MAP_CAP } from '../caps';
import { InvalidBackup, invalid, type BackupError, type ParseBackupResult } from './backup-error';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_DOCUMENT_LENGTH,
  MAX_LINE_LENGTH,
  RECORD_KINDS,
  upgradeRecord,
  type BackupData,
  type BackupSettings,
  type RecordKind,
} from './backup-format';
import { checkEventTag } from '../mail/event-tags';
import { checkContact, checkEvent, checkMyCard, checkPhoto, checkSettings } from './check-records';
import { checkCount, checkObject, checkString, field } from './check-value';

// The one door for an untrusted backup file (like excalidraw's `data/restore.ts`). A file is
// read a line at a time, so one of any size streams through: each record is upgraded to the
// current version and checked field by field as it comes (check-records.ts), and nothing is
// returned unless all of it passes and the file is complete. Version-1 files, one JSON
// document, are gathered whole and read the same way record by record.

/** Reads a backup a line at a time (lines without their "\n"). */
export interface BackupReader {
  /** Takes the next line; false once the outcome is decided (a refused file: stop reading). */
  push(line: string): boolean;
  /** The outcome, once every line has been pushed. Never throws. */
  finish(): ParseBackupResult;
}

/** A reader for one backup file. */
export function createBackupReader(): BackupReader {
  return new Reader();
}

/** Reads a whole backup file's text (small files and tests; the app streams files through a reader). */
export function parseBackup(text: string): ParseBackupResult {
  const reader = createBackupReader();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!reader.push(text.slice(start, end))) break;
    start = end + 1;
  }
  return reader.finish();
}

const KIND_OF_KEY = new Map<string, RecordKind>(Object.entries(RECORD_KINDS).map(([kind, key]) => [key, kind as RecordKind]));
const CHECKS = { cards: checkMyCard, events: checkEvent, contacts: checkContact, photos: checkPhoto, eventTags: checkEventTag } as const;
const KINDS = ['cards', 'events', 'contacts', 'photos', 'eventTags'] as const;
// What makes two records the same one (they would overwrite each other on restore).
const keyOf = (kind: RecordKind, record: { id: string } | { tag: string }) => ('tag' in record && kind === 'eventTags' ? record.tag : (record as { id: string }).id);

// How many records of a kind a backup may hold: any number the app can, but the tag map has a cap.
// (Photos are held to their contacts' photo lists, each within its cap.)
/** The backup version that first kept the photos of paper cards. */
const PHOTOS_SINCE = 3;
const RECORD_CAPS: Record<RecordKind, number> = { cards: Infinity, events: Infinity, contacts: Infinity, photos: Infinity, eventTags: TAG_MAP_CAP };

interface Header {
  version: number;
  exportedAt: number | null;
  appVersion: string | null;
  counts: Record<RecordKind, number> | null;
}

class Reader implements BackupReader {
  private header: Header | null = null;
  private mode: 'start' | 'lines' | 'document' = 'start';
  private document: string[] = [];
  private documentLength = 0;
  private error: BackupError | null = null;
  private readonly data: BackupData = { cards: [], contacts: [], events: [], eventTags: [], photos: [], settings: {} };
  private readonly ids = { cards: new Set<string>(), events: new Set<string>(), contacts: new Set<string>(), photos: new Set<string>(), eventTags: new Set<string>() };
  private settingsSeen = false;

  push(line: string): boolean {
    if (this.error) return false;
    try {
      this.take(line);
    } catch (error) {
      this.error = toError(error);
    }
    return this.error === null;
  }

  finish(): ParseBackupResult {
    if (!this.error) {
      try {
        if (this.mode === 'document') this.readDocument(this.document.join('\n'));
        this.checkComplete();
        this.checkPhotoOwners();
      } catch (error) {
        this.error = toError(error);
      }
    }
    if (this.error) return { ok: false, error: this.error };
    const header = this.header!;
    const { data } = this;
    return {
      ok: true,
      data,
      summary: { cards: data.cards.length, contacts: data.contacts.length, events: data.events.length, exportedAt: header.exportedAt, appVersion: header.appVersion, version: header.version },
    };
  }

  private take(rawLine: string): void {
    const line = this.mode === 'start' ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (this.mode === 'document') return this.gather(line);
    if (line.trim() === '') return;
    if (line.length > MAX_LINE_LENGTH) throw new Refused({ kind: 'too-large', max: MAX_LINE_LENGTH });
    if (this.mode === 'start') return this.start(line);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      invalid(this.nextPath(), 'damaged line');
    }
    this.readLine(value);
  }

  // The first line decides: a version-2 header, or the start of a version-1 document.
  private start(line: string): void {
    let first: unknown;
    try {
      first = JSON.parse(line);
    } catch {
      // A pretty-printed version-1 file starts with "{" alone; anything else is not JSON at all.
      if (!line.trim().startsWith('{')) throw new Refused({ kind: 'not-json' });
      this.mode = 'document';
      return this.gather(line);
    }
    if (isObject(first) && (Object.hasOwn(first, 'data') || !Object.hasOwn(first, 'counts'))) {
      // A whole document on one line: version 1 minified (or one with no header line at all).
      this.mode = 'document';
      return this.gather(line);
    }
    this.header = readHeader(first, true);
    this.mode = 'lines';
  }

  private gather(line: string): void {
    this.documentLength += line.length + 1;
    if (this.documentLength > MAX_DOCUMENT_LENGTH) throw new Refused({ kind: 'too-large', max: MAX_DOCUMENT_LENGTH });
    this.document.push(line);
  }

  private readDocument(text: string): void {
    const raw = parseJson(text);
    this.header = readHeader(raw, false);
    const data = checkObject(field(raw as Record<string, unknown>, 'data'), 'data');
    for (const kind of KINDS) {
      const list = field(data, kind);
      // Version 1 had no tag map, and versions before 3 no photos.
      if (list === undefined && kind === 'eventTags' && this.header!.version === 1) continue;
      if (list === undefined && kind === 'photos' && this.header!.version < PHOTOS_SINCE) continue;
      if (list === undefined) invalid(`data.${kind}`, 'missing');
      if (!Array.isArray(list)) invalid(`data.${kind}`, 'expected array');
      for (const record of list) this.addRecord(kind, record);
    }
    this.addSettings(field(data, 'settings'));
  }

  private readLine(value: unknown): void {
    if (!isObject(value)) invalid(this.nextPath(), 'expected object');
    const keys = Object.keys(value);
    const key = keys[0] ?? '';
    if (keys.length !== 1) invalid(this.nextPath(), 'unknown value');
    if (key === 'settings') {
      if (this.settingsSeen) invalid('data.settings', 'duplicate value');
      return this.addSettings(value[key]);
    }
    const kind = KIND_OF_KEY.get(key);
    if (!kind) invalid(this.nextPath(), 'unknown value');
    this.addRecord(kind, value[key]);
  }

  private addRecord(kind: RecordKind, raw: unknown): void {
    const list = this.data[kind] as unknown[];
    const path = `data.${kind}[${list.length}]`;
    if (list.length >= RECORD_CAPS[kind]) invalid(`data.${kind}`, 'too long');
    // Photos are the heavy lines: never more held than the header promised.
    if (kind === 'photos' && this.header?.counts && list.length >= this.header.counts.photos) invalid('data.photos', 'too long');
    const record = CHECKS[kind](upgrade(kind, raw, this.header!.version), path);
    // Two records with one id would silently overwrite each other on restore.
    const key = keyOf(kind, record);
    if (this.ids[kind].has(key)) invalid(kind === 'eventTags' ? `${path}.tag` : `${path}.id`, kind === 'eventTags' ? 'duplicate value' : 'duplicate id');
    this.ids[kind].add(key);
    list.push(record);
  }

  private addSettings(raw: unknown): void {
    this.settingsSeen = true;
    this.data.settings = checkSettings(upgrade('settings', raw, this.header!.version), 'data.settings') as BackupSettings;
  }

  // A file cut short (a failed copy, a full disk) must not restore as if it were whole.
  private checkComplete(): void {
    const header = this.header;
    if (!header) throw new Refused(this.mode === 'start' ? { kind: 'not-json' } : { kind: 'truncated' });
    if (this.mode !== 'lines') return;
    const counts = header.counts!;
    const short = KINDS.some((kind) => this.data[kind].length !== counts[kind]);
    if (short || !this.settingsSeen) throw new Refused({ kind: 'truncated' });
  }

  // Each photo belongs to the one contact that names it, and each photo a contact names is in
  // the file: what the app writes, so a restore leaves no photo without its contact or the reverse.
  private checkPhotoOwners(): void {
    const owners = new Map<string, string>();
    this.data.contacts.forEach((contact, i) =>
      contact.photoIds.forEach((id, j) => {
        if (owners.has(id)) invalid(`data.contacts[${i}].photoIds[${j}]`, 'duplicate id');
        owners.set(id, contact.id);
      }),
    );
    this.data.photos.forEach((photo, i) => owners.get(photo.id) !== photo.contactId && invalid(`data.photos[${i}].contactId`, 'unknown photo'));
    this.data.contacts.forEach((contact, i) =>
      contact.photoIds.forEach((id, j) => !this.ids.photos.has(id) && invalid(`data.contacts[${i}].photoIds[${j}]`, 'unknown photo')),
    );
  }

  private nextPath(): string {
    return `data.line${KINDS.reduce((n, kind) => n + this.data[kind].length, 2)}`;
  }
}

// The header of either layout: format, a version this code reads, when and by what it was made.
function readHeader(raw: unknown, lines: boolean): Header {
  if (!isObject(raw) || field(raw, 'format') !== BACKUP_FORMAT) throw new Refused({ kind: 'not-meishi' });
  const version = field(raw, 'version');
  if (!Number.isSafeInteger(version) || (version as number) < 1) invalid('version', 'expected positive integer');
  if ((version as number) > BACKUP_VERSION) throw new Refused({ kind: 'newer-version', version: version as number });
  // Version 1 has no line layout; a line header from a version-2 file on is required to count.
  if (lines && (version as number) < 2) invalid('version', 'unknown value');
  const exportedAt = field(raw, 'exportedAt');
  const appVersion = field(raw, 'appVersion');
  let counts: Header['counts'] = null;
  if (lines) {
    const record = checkObject(field(raw, 'counts'), 'counts');
    counts = {
      cards: checkCount(field(record, 'cards'), 'counts.cards'),
      events: checkCount(field(record, 'events'), 'counts.events'),
      contacts: checkCount(field(record, 'contacts'), 'counts.contacts'),
      // Version 2 kept no photos: its header does not count them.
      photos: (version as number) < PHOTOS_SINCE ? 0 : checkCount(field(record, 'photos'), 'counts.photos'),
      eventTags: checkCount(field(record, 'eventTags'), 'counts.eventTags'),
    };
  }
  if (counts && counts.photos > PHOTOS_PER_CONTACT * counts.contacts) invalid('counts.photos', 'too long');
  return {
    version: version as number,
    exportedAt: exportedAt === undefined ? null : parseTime(checkString(exportedAt, 'exportedAt', 100)),
    appVersion: appVersion === undefined ? null : checkString(appVersion, 'appVersion', APP_VERSION_CAP),
    counts,
  };
}

function upgrade(kind: RecordKind | 'settings', raw: unknown, version: number): unknown {
  let upgraded: { record: unknown } | null;
  try {
    upgraded = upgradeRecord(kind, raw, version);
  } catch {
    // A step met data it cannot read: the file is broken, not the app.
    invalid('data', 'migration failed');
  }
  // A missing step is a gap in the ladder (a bug); the migrations test guards against it.
  return upgraded ? upgraded.record : invalid('version', 'unknown value');
}

/** A whole-file verdict (not one field's): thrown inside the reader, returned as the result. */
class Refused extends Error {
  constructor(readonly result: BackupError) {
    super(result.kind);
  }
}

function toError(error: unknown): BackupError {
  if (error instanceof Refused) return error.result;
  if (error instanceof InvalidBackup) return { kind: 'invalid', path: error.path, reason: error.reason };
  // Only a bug in a check could land here; still a result, not an exception.
  return { kind: 'invalid', path: '', reason: 'unknown value' };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Refused({ kind: 'not-json' });
  }
}

// The header time is informative only: an unreadable one is shown as unknown, not refused.
function parseTime(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
