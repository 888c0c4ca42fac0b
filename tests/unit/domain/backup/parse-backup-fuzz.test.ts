import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, makeBackup, type BackupData } from '../../../../src/domain/backup/backup-format';
import type { ParseBackupResult } from '../../../../src/domain/backup/backup-error';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';
import { isValidEmail } from '../../../../src/domain/card/email';
import {
  CARD_HISTORY_CAP,
  EVENT_TEXT_CAP,
  EXTRA_EMAILS_CAP,
  FIELD_CAPS,
  LABEL_CAP,
  MEETINGS_PER_CONTACT,
  NAME_PART_CAP,
  NAME_PART_ITEMS_CAP,
  NOTE_CAP,
  PHOTO_BYTES_CAP,
  PHOTOS_PER_CONTACT,
  RECOGNISED_TEXT_CAP,
  TAG_CAP,
  TAGS_PER_CONTACT,
  TEMPLATE_CAPS,
  TIME_MAX,
  TIME_MIN,
  DATE_MAX,
  DATE_MIN,
} from '../../../../src/domain/caps';
import { capLine, cleanNotes, cleanTags } from '../../../../src/domain/card/clean-text';
import { cleanEmailTemplate } from '../../../../src/domain/reminders/email-draft';
import { cleanPaperText } from '../../../../src/domain/contacts/card-photos';
import { CARD_SOURCES, FLAG_IDS, GOOD_SIGN_IDS, PHOTO_TYPES, WARNING_SIGN_IDS, type CardFields, type Contact, type ContactPhoto, type MeishiEvent, type MyCard, type NameParts, type PhotoType } from '../../../../src/domain/types';
import { makeDocument, makeSampleData } from './backup-sample';
import type { EventTag } from '../../../../src/domain/mail/event-tags';
import { TAG_ALPHABET, TAG_LENGTH, makeTaggedAddress } from '../../../../src/domain/mail/plus-address';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const KINDS = ['too-large', 'not-json', 'not-meishi', 'newer-version', 'invalid'];

// Never an exception; always one of the typed outcomes.
function expectTyped(result: ParseBackupResult): void {
  if (result.ok) return;
  expect(KINDS).toContain(result.error.kind);
  if (result.error.kind === 'invalid') expect(result.error.path).toMatch(/^(data|version|exportedAt|appVersion)/);
}

describe('parseBackup on hostile input never throws', () => {
  it('random strings', HEAVY, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void expectTyped(parseBackup(text))));
  });

  it('random JSON values', HEAVY, () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void expectTyped(parseBackup(JSON.stringify(value) ?? ''))));
  });

  it('random data inside a real envelope', () => {
    const envelope = fc.record({ format: fc.constant(BACKUP_FORMAT), version: fc.oneof(fc.constant(1), fc.constant(2), fc.jsonValue()), data: fc.jsonValue() });
    fc.assert(fc.property(envelope, (file) => void expectTyped(parseBackup(JSON.stringify(file)))));
  });

  it('a real backup with one value anywhere replaced by random JSON or removed', HEAVY, () => {
    const file = makeDocument(makeSampleData(), NOW);
    const paths = collectPaths(file, []);
    const change = fc.record({ path: fc.constantFrom(...paths), value: fc.option(fc.jsonValue(), { nil: undefined }) });
    fc.assert(
      fc.property(change, ({ path, value }) => {
        const copy = structuredClone(file);
        setAt(copy, path, value);
        const result = parseBackup(JSON.stringify(copy));
        expectTyped(result);
        // Whatever passes is data the app could have written: it writes and reads back unchanged.
        if (result.ok) expect(parseBackup(makeBackup(result.data, NOW, '0.1.0'))).toMatchObject({ ok: true, data: result.data });
      }),
      { numRuns: 500 },
    );
  });
});

describe('times a screen cannot print are refused', () => {
  it.each([8_640_000_000_000_001, 1e300, -1, Date.UTC(2200, 0, 2)])('a follow-up at %d', (at) => {
    const file = tampered(makeSampleData(), (contact) => (contact.followUpAt = at));
    expect(parseBackup(file)).toMatchObject({ ok: false, error: { kind: 'invalid', reason: 'time out of range' } });
  });

  it('a meeting at 1e300', () => {
    const file = tampered(makeSampleData(), (contact) => (contact.meetings[0].at = 1e300));
    expect(parseBackup(file)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'data.contacts[0].meetings[0].at' } });
  });
});

describe('a stored time out of range (an older Meishi on a clock set far off) is written at the nearest end', () => {
  it('so the backup restores, with every time in range', () => {
    const data = makeSampleData();
    const contact = data.contacts[0]!;
    Object.assign(contact, { followUpAt: 1e300, expiresAt: -5, createdAt: Date.UTC(2300, 0, 1), updatedAt: Number.NaN });
    contact.meetings[0]!.at = 8_640_000_000_000_000;
    contact.received[0]!.at = -1e15;
    Object.assign(data.cards[0]!, { createdAt: -1, updatedAt: TIME_MAX + 1 });
    Object.assign(data.events[0]!, { date: '0001-01-01', createdAt: -1, updatedAt: 1e20 });
    data.eventTags[0] = { ...data.eventTags[0]!, createdAt: -1, expiresAt: 1e20 };
    data.settings = { ...data.settings, lastBackupAt: 1e20, lastFilterExportAt: -1, currentEventLog: [{ eventId: null, at: -1 }] };
    const result = parseBackup(makeBackup(data, NOW, 'x'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.contacts[0]).toMatchObject({ followUpAt: TIME_MAX, expiresAt: TIME_MIN, createdAt: TIME_MAX, updatedAt: TIME_MIN });
    expect(result.data.contacts[0]!.meetings[0]!.at).toBe(TIME_MAX);
    expect(result.data.contacts[0]!.received[0]!.at).toBe(TIME_MIN);
    expect(result.data.cards[0]).toMatchObject({ createdAt: TIME_MIN, updatedAt: TIME_MAX });
    expect(result.data.events[0]).toMatchObject({ date: DATE_MIN, createdAt: TIME_MIN, updatedAt: TIME_MAX });
    expect(result.data.eventTags[0]).toMatchObject({ createdAt: TIME_MIN, expiresAt: TIME_MAX });
    expect(result.data.settings).toMatchObject({ lastBackupAt: TIME_MAX, lastFilterExportAt: TIME_MIN, currentEventLog: [{ eventId: null, at: TIME_MIN }] });
  });

  it('an event dated after the last day is written on the last day', () => {
    const data = makeSampleData();
    data.events[0]!.date = '9999-12-31';
    expect(parseBackup(makeBackup(data, NOW, 'x'))).toMatchObject({ ok: true, data: { events: [{ date: DATE_MAX }] } });
  });
});

describe('event dates outside the app’s range of times are refused', () => {
  it.each(['0000-01-01', '0001-01-01', '1969-12-31', '2200-01-01', '9999-12-31'])('%s', (date) => {
    const file = makeBackup(makeSampleData(), NOW, 'x').replace('"date":"2026-11-24"', `"date":"${date}"`);
    expect(parseBackup(file)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'data.events[0].date', reason: 'date out of range' } });
  });

  it('and a date that does not exist is not a date', () => {
    const file = makeBackup(makeSampleData(), NOW, 'x').replace('"date":"2026-11-24"', '"date":"2026-02-30"');
    expect(parseBackup(file)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'data.events[0].date', reason: 'expected date' } });
  });

  it('the first and the last day are kept', () => {
    for (const date of [DATE_MIN, DATE_MAX]) {
      const file = makeBackup(makeSampleData(), NOW, 'x').replace('"date":"2026-11-24"', `"date":"${date}"`);
      expect(parseBackup(file)).toMatchObject({ ok: true, data: { events: [{ date }] } });
    }
  });
});

// The file the app writes, with a value of its first contact changed on its line: what no
// writer of the app makes (the writer keeps times in range), only a hand-edited or crafted file.
function tampered(data: BackupData, change: (contact: Record<string, any>) => void): string {
  const first = data.contacts[0]!.id;
  return makeBackup(data, NOW, 'x')
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{"contact":')) return line;
      const record = JSON.parse(line) as { contact: Record<string, any> };
      if (record.contact.id === first) change(record.contact);
      return JSON.stringify(record);
    })
    .join('\n');
}

describe('any valid data survives a write and a read', () => {
  it('round-trips generated cards, contacts (with their card photos), events and settings exactly', HEAVY, () => {
    fc.assert(fc.property(backupData(), (data) => {
        expect(parseBackup(makeBackup(data, NOW, 'x'))).toMatchObject({ ok: true, data });
      }), { numRuns: 100 });
  });
});

function collectPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  const here = [path];
  if (typeof value !== 'object' || value === null) return here;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return here.concat(...entries.map(([k, v]) => collectPaths(v, [...path, k])));
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

// Every state the app can reach: text as its inputs leave it (cleaned, within the caps, often
// right at them, and after NFC made it longer), lists up to their caps, any storable time.
function backupData(): fc.Arbitrary<BackupData> {
  const raw = (max: number) =>
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: 'grapheme', minLength: max - 2, maxLength: max + 5 }),
      // U+FB2A is one unit typed and two after NFC; quotes and backslashes double in JSON.
      fc.constantFrom('\ufb2a'.repeat(max), '"\\'.repeat(max), '\u202e\u0007\u200b' + 'x'.repeat(max)),
    );
  const line = (max: number) => raw(max).map((value) => capLine(value, max));
  const notes = raw(NOTE_CAP).map(cleanNotes);
  const id = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 });
  // Every moment the app can store: 1970 to 2200, whole or fractional milliseconds.
  const time = fc.oneof(fc.integer({ min: TIME_MIN, max: TIME_MAX }), fc.double({ min: TIME_MIN, max: TIME_MAX, noNaN: true }).filter((n) => !Object.is(n, -0)));
  const email = fc.oneof(fc.constant(''), fc.emailAddress().filter((e) => e.length <= 254 && isValidEmail(e)));
  const website = fc.constantFrom('', 'https://example.com', 'http://例え.jp/パス?x=1#y', 'www.example.co.jp');
  const card: fc.Arbitrary<CardFields> = fc.record({
    name: line(FIELD_CAPS.name),
    reading: line(FIELD_CAPS.reading),
    org: line(FIELD_CAPS.org),
    title: line(FIELD_CAPS.title),
    email,
    website,
    tagline: line(FIELD_CAPS.tagline),
  });
  const source = fc.constantFrom(...CARD_SOURCES);
  const myCard: fc.Arbitrary<MyCard> = fc
    .tuple(card, fc.record({ id, label: line(LABEL_CAP), perEventAddress: fc.boolean(), createdAt: time, updatedAt: time }))
    .map(([fields, rest]) => ({ id: rest.id, label: rest.label, ...fields, perEventAddress: rest.perEventAddress, createdAt: rest.createdAt, updatedAt: rest.updatedAt }));
  // A name's parts as the readers and the editor make them: cleaned items, none empty.
  const part = fc.array(line(NAME_PART_CAP).filter(Boolean), { maxLength: Math.min(3, NAME_PART_ITEMS_CAP) });
  const nameParts: fc.Arbitrary<NameParts | null> = fc.option(
    fc.record({ family: part, given: part, middle: part, prefix: part, suffix: part, familyReading: line(NAME_PART_CAP), givenReading: line(NAME_PART_CAP), middleReading: line(NAME_PART_CAP) }),
    { nil: null },
  );
  const meeting = fc.record({ at: time, eventId: fc.option(id, { nil: null }), source });
  // A photo as the preparation writes it: a JPEG or WebP signature, then any bytes, up to the cap.
  const atCap = new Uint8Array(PHOTO_BYTES_CAP - 12).fill(0xa5);
  const photoBytes = (type: PhotoType) =>
    fc.oneof({ weight: 9, arbitrary: fc.uint8Array({ maxLength: 300 }) }, { weight: 1, arbitrary: fc.constant(atCap) }).map((rest) => {
      const head = type === 'image/jpeg' ? [0xff, 0xd8, 0xff] : [...'RIFF'].map((c) => c.charCodeAt(0)).concat([1, 2, 3, 4], [...'WEBP'].map((c) => c.charCodeAt(0)));
      const bytes = new Uint8Array(head.length + rest.length);
      bytes.set(head);
      bytes.set(rest, head.length);
      return bytes.buffer;
    });
  const photo = fc.constantFrom(...PHOTO_TYPES).chain((type) => photoBytes(type).map((data) => ({ type, data })));
  const contact: fc.Arbitrary<Contact & { photos: Omit<ContactPhoto, 'id' | 'contactId'>[] }> = fc.record({
    id,
    card,
    original: card,
    nameParts,
    received: fc.array(fc.record({ at: time, source, card, nameParts, settled: fc.boolean() }), { maxLength: CARD_HISTORY_CAP }),
    extraEmails: fc.uniqueArray(email.filter(Boolean), { maxLength: EXTRA_EMAILS_CAP }),
    meetings: fc.oneof(fc.array(meeting, { maxLength: 3 }), fc.array(meeting, { minLength: MEETINGS_PER_CONTACT, maxLength: MEETINGS_PER_CONTACT })),
    notes,
    flags: fc.subarray([...FLAG_IDS]),
    tags: fc.array(raw(TAG_CAP), { maxLength: TAGS_PER_CONTACT + 3 }).map(cleanTags),
    followUpAt: fc.option(time, { nil: null }),
    followUpHasTime: fc.boolean(),
    followUpDone: fc.boolean(),
    expiresAt: fc.option(time, { nil: null }),
    expiredAt: fc.option(time, { nil: null }),
    createdAt: time,
    updatedAt: time,
    // Ids are given below, once the contact's own id is known.
    photoIds: fc.constant([]),
    paperText: fc.oneof(fc.constant(''), raw(RECOGNISED_TEXT_CAP).map(cleanPaperText)),
    photos: fc.array(photo, { maxLength: PHOTOS_PER_CONTACT }),
  });
  const eventText = line(EVENT_TEXT_CAP);
  const event: fc.Arbitrary<MeishiEvent> = fc.record({
    id,
    name: eventText,
    date: fc.constantFrom('', '2026-11-24', '2024-02-29'),
    place: eventText,
    organizer: eventText,
    organizerUrl: website,
    notes,
    signs: fc.subarray([...WARNING_SIGN_IDS, ...GOOD_SIGN_IDS]),
    verdict: fc.constantFrom('again', 'not-again', null),
    reviewIndex: fc.nat(),
    reviewDone: fc.boolean(),
    createdAt: time,
    updatedAt: time,
  });
  const eventTag: fc.Arbitrary<EventTag> = fc.record({
    tag: fc.stringMatching(new RegExp(`^[${TAG_ALPHABET}]{${TAG_LENGTH}}$`)),
    eventId: id,
    // Only an address that can carry a tag was ever given one.
    baseEmail: email.filter((e) => e !== '' && makeTaggedAddress(e, '000000') !== null),
    createdAt: time,
    expiresAt: time,
  });
  const settings = fc.record(
    {
      activeCardId: fc.option(id, { nil: null }),
      currentEventLog: fc.array(fc.record({ eventId: fc.option(id, { nil: null }), at: time }), { maxLength: 3 }),
      lastFilterExportAt: fc.option(time, { nil: null }),
      validity: fc.constantFrom('1h', 'today', '7d', '30d'),
      autoSaveMeishi: fc.boolean(),
      // As Settings saves a typed template.
      emailTemplate: fc.option(
        fc.record({ subject: raw(TEMPLATE_CAPS.subject), body: raw(TEMPLATE_CAPS.body) }).map(cleanEmailTemplate),
        { nil: null },
      ),
      lastBackupAt: fc.option(time, { nil: null }),
    },
    { requiredKeys: [] },
  );
  const unique = <T extends { id: string }>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: 4 });
  const eventTags = fc.uniqueArray(eventTag, { selector: (entry) => entry.tag, maxLength: 4 });
  return fc.record({ cards: unique(myCard), contacts: unique(contact), events: unique(event), eventTags, settings }).map(({ contacts, ...rest }) => {
    // Each photo belongs to the contact that names it, under an id of its own.
    const photos: ContactPhoto[] = contacts.flatMap(({ id, photos }) => photos.map((p, i) => ({ id: `${id}-photo-${i}`, contactId: id, ...p })));
    return { ...rest, contacts: contacts.map(({ photos, ...c }) => ({ ...c, photoIds: photos.map((_, i) => `${c.id}-photo-${i}`) })), photos };
  });
}
