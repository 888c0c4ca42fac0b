import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT, makeBackup, type BackupData } from '../../../../src/domain/backup/backup-format';
import type { ParseBackupResult } from '../../../../src/domain/backup/backup-error';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';
import { isValidEmail } from '../../../../src/domain/card/email';
import { TIME_MAX, TIME_MIN } from '../../../../src/domain/caps';
import { FLAG_IDS, GOOD_SIGN_IDS, WARNING_SIGN_IDS, type CardFields, type Contact, type MeishiEvent, type MyCard, type NameParts } from '../../../../src/domain/types';
import { makeSampleData } from './backup-sample';

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
    const envelope = fc.record({ format: fc.constant(BACKUP_FORMAT), version: fc.oneof(fc.constant(1), fc.jsonValue()), data: fc.jsonValue() });
    fc.assert(fc.property(envelope, (file) => void expectTyped(parseBackup(JSON.stringify(file)))));
  });

  it('a real backup with one value anywhere replaced by random JSON or removed', HEAVY, () => {
    const file = JSON.parse(makeBackup(makeSampleData(), NOW, '0.1.0'));
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
    const data = makeSampleData();
    data.contacts[0]!.followUpAt = at;
    expect(parseBackup(makeBackup(data, NOW, 'x'))).toMatchObject({ ok: false, error: { kind: 'invalid', reason: 'time out of range' } });
  });

  it('a meeting at 1e300', () => {
    const data = makeSampleData();
    data.contacts[0]!.meetings[0]!.at = 1e300;
    expect(parseBackup(makeBackup(data, NOW, 'x'))).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'data.contacts[0].meetings[0].at' } });
  });
});

describe('any valid data survives a write and a read', () => {
  it('round-trips generated cards, contacts, events and settings exactly', HEAVY, () => {
    fc.assert(fc.property(backupData(), (data) => {
        expect(parseBackup(makeBackup(data, NOW, 'x'))).toMatchObject({ ok: true, data });
      }), { numRuns: 200 });
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

// Valid data of every kind. Text is kept short; caps have their own tests.
function backupData(): fc.Arbitrary<BackupData> {
  const text = fc.string({ unit: 'binary', maxLength: 20 });
  const id = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 });
  // Every moment the app can store: 1970 to 2200, whole or fractional milliseconds.
  const time = fc.oneof(fc.integer({ min: TIME_MIN, max: TIME_MAX }), fc.double({ min: TIME_MIN, max: TIME_MAX, noNaN: true }).filter((n) => !Object.is(n, -0)));
  const email = fc.oneof(fc.constant(''), fc.emailAddress().filter((e) => e.length <= 254 && isValidEmail(e)));
  const website = fc.constantFrom('', 'https://example.com', 'http://例え.jp/パス?x=1#y', 'www.example.co.jp');
  const card: fc.Arbitrary<CardFields> = fc.record({ name: text, reading: text, org: text, title: text, email, website, tagline: text });
  const myCard: fc.Arbitrary<MyCard> = fc
    .tuple(card, fc.record({ id, label: text, createdAt: time, updatedAt: time }))
    .map(([fields, rest]) => ({ id: rest.id, label: rest.label, ...fields, createdAt: rest.createdAt, updatedAt: rest.updatedAt }));
  const part = fc.array(text.filter(Boolean), { maxLength: 3 });
  const nameParts: fc.Arbitrary<NameParts> = fc.record({ family: part, given: part, middle: part, prefix: part, suffix: part, familyReading: text, givenReading: text, middleReading: text });
  const meeting = fc.record({ at: time, eventId: fc.option(id, { nil: null }), source: fc.constantFrom('meishi', 'vcard', 'mecard', 'mailto', 'import', 'manual' as const) });
  const contact: fc.Arbitrary<Contact> = fc.record({
    id,
    card,
    original: card,
    nameParts: fc.option(nameParts, { nil: null }),
    extraEmails: fc.array(email.filter(Boolean), { maxLength: 3 }),
    meetings: fc.array(meeting, { maxLength: 3 }),
    notes: text,
    flags: fc.subarray([...FLAG_IDS]),
    tags: fc.array(text, { maxLength: 3 }),
    followUpAt: fc.option(time, { nil: null }),
    followUpHasTime: fc.boolean(),
    followUpDone: fc.boolean(),
    expiresAt: fc.option(time, { nil: null }),
    expiredAt: fc.option(time, { nil: null }),
    createdAt: time,
    updatedAt: time,
  });
  const event: fc.Arbitrary<MeishiEvent> = fc.record({
    id,
    name: text,
    date: fc.constantFrom('', '2026-11-24', '2024-02-29'),
    place: text,
    organizer: text,
    organizerUrl: website,
    notes: text,
    signs: fc.subarray([...WARNING_SIGN_IDS, ...GOOD_SIGN_IDS]),
    verdict: fc.constantFrom('again', 'not-again', null),
    reviewIndex: fc.nat(),
    reviewDone: fc.boolean(),
    createdAt: time,
    updatedAt: time,
  });
  const settings = fc.record(
    {
      activeCardId: fc.option(id, { nil: null }),
      validity: fc.constantFrom('1h', 'today', '7d', '30d'),
      autoSaveMeishi: fc.boolean(),
      emailTemplate: fc.option(fc.record({ subject: text, body: text }), { nil: null }),
      lastBackupAt: fc.option(time, { nil: null }),
    },
    { requiredKeys: [] },
  );
  const unique = <T extends { id: string }>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: 4 });
  return fc.record({ cards: unique(myCard), contacts: unique(contact), events: unique(event), settings });
}
