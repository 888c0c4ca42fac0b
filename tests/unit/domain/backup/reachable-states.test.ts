import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeBackup, type BackupData } from '../../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';
import { mergeSamePerson } from '../../../../src/domain/backup/merge-same-person';
import { validateCard, validateLabel } from '../../../../src/domain/card/card-validation';
import { capLine, cleanNotes, parseNamePartText, parseTagsText } from '../../../../src/domain/card/clean-text';
import { clampTime, EVENT_TEXT_CAP, FIELD_CAPS, LABEL_CAP, NAME_PART_CAP, NOTE_CAP, RECOGNISED_TEXT_CAP, TAG_CAP, TEMPLATE_CAPS, TIME_MAX, TIME_MIN } from '../../../../src/domain/caps';
import { cleanPaperText } from '../../../../src/domain/contacts/card-photos';
import { applyContactPatch, makeContactPatch } from '../../../../src/domain/contacts/contact-patch';
import { applyExpiry } from '../../../../src/domain/contacts/expiry';
import { receiveCard, type ReceivedCard } from '../../../../src/domain/contacts/receive-card';
import { validateEvent } from '../../../../src/domain/events/event-validation';
import { logCurrentEvent } from '../../../../src/domain/events/event-met-at';
import { makeEvent } from '../../../../src/domain/events/make-event';
import { addressForShow } from '../../../../src/domain/mail/event-tags';
import { cleanEmailTemplate } from '../../../../src/domain/reminders/email-draft';
import { followUpFromInput, followUpFromPick, QUICK_PICKS } from '../../../../src/domain/reminders/quick-picks';
import { readScan } from '../../../../src/domain/scan/read-scan';
import { encodeSharedCard } from '../../../../src/domain/share/payload-codec';
import { FLAG_IDS, type CardFields, type Contact, type MeishiEvent, type MyCard, type NameParts } from '../../../../src/domain/types';
import { makeMyCard } from '../../../../src/storage/cards-repo';
import { trickyField, trickyText } from '../../../support/tricky-text';

// Every state the app can reach backs up and restores exactly. The states are built the way the
// app builds them — through the functions every form, scan, import and edit goes through — from
// tricky text (joiners, invisible and control characters, direction overrides, combining marks,
// surrogate pairs, right at the caps) and from a device clock anywhere, set to 1938 or 2300 too.

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 120_000 };
const DAY = 86_400_000;

const clock = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: TIME_MIN, max: TIME_MAX }) },
  { weight: 1, arbitrary: fc.constantFrom(-1e12, -1, TIME_MAX - DAY, TIME_MAX + 1, Date.UTC(2300, 0, 1), 8.64e15) },
);
const email = fc.oneof(
  fc.constantFrom('', 'Taro.Yamada@Example.CO.JP', ' hanako@例え.jp ', 'a@b.co', 'ta\u200dro@example.com', 'taro\u{e0041}@example.com', 'x@exa\ufe0fmple.com'),
  fc.emailAddress(),
  trickyText(3).map((prefix) => `${prefix}taro@example.com`),
);
const website = fc.oneof(
  fc.constantFrom('', 'https://example.com', 'https://exаmple.com/pay', 'http://例え.jp/パス?x=1', 'https://ex\u200bample.com', `https://example.com/${'a'.repeat(2020)}`),
  trickyText(4).map((tail) => `https://example.com/${tail}`),
);
const cardInput: fc.Arbitrary<CardFields> = fc.record({
  name: trickyField(FIELD_CAPS.name),
  reading: trickyField(FIELD_CAPS.reading),
  org: trickyField(FIELD_CAPS.org),
  title: trickyField(FIELD_CAPS.title),
  email,
  website,
  tagline: trickyField(FIELD_CAPS.tagline),
});

/** A card as a form saves it (Add contact may leave the email empty), or null when the form refuses it. */
function typed(input: CardFields, emailOptional: boolean): CardFields | null {
  const { value, errors } = validateCard(input);
  const problems = Object.entries(errors).filter(([key, error]) => !(emailOptional && key === 'email' && error.code === 'required'));
  return problems.length === 0 ? value : null;
}

/** A name's parts as the contact's editor saves them. */
const typedParts: fc.Arbitrary<NameParts> = fc
  .record({ family: trickyField(NAME_PART_CAP), given: trickyField(NAME_PART_CAP), middle: trickyText(6), familyReading: trickyField(NAME_PART_CAP), givenReading: trickyText(6) })
  .map((f) => ({
    family: parseNamePartText(f.family),
    given: parseNamePartText(f.given),
    middle: parseNamePartText(f.middle),
    prefix: [],
    suffix: [],
    familyReading: capLine(f.familyReading, NAME_PART_CAP),
    givenReading: capLine(f.givenReading, NAME_PART_CAP),
    middleReading: '',
  }));

// What a camera reads: a Meishi link made from a typed card, or a vCard of tricky text.
const scannedText = fc.oneof(
  fc.tuple(cardInput, fc.integer({ min: TIME_MIN, max: TIME_MAX - 31 * DAY })).map(([input, issued]) => {
    const card = typed(input, false);
    return card ? { text: encodeSharedCard('https://meishi.example/', card, issued, issued + 7 * DAY), at: issued + DAY } : null;
  }),
  fc.record({ fn: trickyField(FIELD_CAPS.name), n: trickyText(6), org: trickyField(FIELD_CAPS.org), mail: email, note: trickyField(2000) }).map((v) => ({
    text: ['BEGIN:VCARD', 'VERSION:3.0', `FN:${v.fn}`, `N:${v.n};${v.n};;;`, `ORG:${v.org}`, `EMAIL:${v.mail}`, `NOTE:${v.note}`, 'END:VCARD'].join('\r\n'),
    at: Date.UTC(2026, 10, 24),
  })),
);

/** A card that reached the app: scanned, or typed in on Add contact with notes and maybe a paper card's text. */
const arriving: fc.Arbitrary<ReceivedCard | null> = fc.oneof(
  scannedText.map((scan) => {
    const reading = scan && readScan(scan.text, scan.at);
    if (!reading || reading.kind !== 'card') return null;
    return { card: reading.card, extraEmails: reading.extraEmails, nameParts: reading.nameParts, source: reading.source, eventId: 'event-1', expiresAt: reading.expiresAt, note: reading.note };
  }),
  fc.record({ input: cardInput, notes: trickyField(NOTE_CAP), paper: trickyField(RECOGNISED_TEXT_CAP) }).map(({ input, notes, paper }) => {
    const card = typed(input, true);
    return card && { card, extraEmails: [], source: 'manual' as const, eventId: null, expiresAt: null, ownNotes: notes, paper: { photoIds: [], paperText: cleanPaperText(paper) } };
  }),
);

/** Edits on the contact's page: notes, tags, the card, the name's parts, a follow-up, a flag. */
const edit = fc.record({
  notes: trickyField(NOTE_CAP),
  tags: fc.oneof(trickyField(TAG_CAP), fc.array(trickyField(TAG_CAP), { maxLength: 4 }).map((tags) => tags.join(','))),
  card: fc.option(cardInput, { nil: undefined }),
  parts: fc.option(typedParts, { nil: undefined }),
  pick: fc.constantFrom(...QUICK_PICKS),
  date: fc.constantFrom('2026-11-30', '1970-01-01', '2199-12-31', '0001-01-01', '9999-12-31'),
  flag: fc.constantFrom(...FLAG_IDS),
});

let ids = 0;
const newId = () => `id-${++ids}`;

/** One person's contact through its life: received, met again, edited, maybe expired. */
const contact: fc.Arbitrary<Contact | null> = fc.tuple(arriving, arriving, edit, clock, clock, clock, clock).map(([first, again, change, t1, t2, t3, t4]) => {
  if (!first) return null;
  let c = receiveCard(undefined, first, t1, newId);
  // Met again: another card with the same email (found by it), filed on this contact.
  if (again && c.card.email) c = receiveCard(c, { ...again, card: { ...again.card, email: c.card.email } }, t2, newId);
  const card = change.card && typed(change.card, true);
  const followUp = change.pick === 'tomorrow' ? followUpFromInput(change.date, '') : followUpFromPick(change.pick, t3);
  const changes = { notes: cleanNotes(change.notes), tags: parseTagsText(change.tags), flags: [change.flag], ...(card ? { card } : {}), ...(change.parts ? { nameParts: change.parts } : {}), ...(followUp ? { followUpAt: followUp.at } : {}) };
  c = applyContactPatch(c, makeContactPatch(c, changes), t3);
  return applyExpiry(c, t4) ?? c;
});

/** An event from the form, or from the quick add that needs only a name. */
const event: fc.Arbitrary<MeishiEvent | null> = fc
  .record({ name: trickyField(EVENT_TEXT_CAP), date: fc.constantFrom('', '2026-11-24', '1970-01-01', '2199-12-31', '0001-01-01', '2200-01-01'), place: trickyField(EVENT_TEXT_CAP), notes: trickyField(NOTE_CAP), url: website, quick: fc.boolean(), at: clock })
  .map(({ quick, at, ...f }) => {
    if (quick) return capLine(f.name, EVENT_TEXT_CAP) ? makeEvent(capLine(f.name, EVENT_TEXT_CAP), at, newId) : null;
    const { value, ok } = validateEvent({ name: f.name, date: f.date, place: f.place, organizer: f.place, organizerUrl: f.url, notes: f.notes });
    return ok ? { ...makeEvent(value.name, at, newId), ...value } : null;
  });

/** One of my cards, from its form. */
const myCard: fc.Arbitrary<MyCard | null> = fc.tuple(cardInput, trickyField(LABEL_CAP), clock, fc.boolean()).map(([input, label, at, perEvent]) => {
  const card = typed(input, false);
  const checked = validateLabel(label);
  return card && !checked.error ? makeMyCard(card, checked.value, at, perEvent) : null;
});

const state: fc.Arbitrary<BackupData> = fc
  .record({
    cards: fc.array(myCard, { maxLength: 3 }),
    contacts: fc.array(contact, { maxLength: 3 }),
    events: fc.array(event, { maxLength: 3 }),
    template: fc.option(fc.record({ subject: trickyField(TEMPLATE_CAPS.subject), body: trickyField(TEMPLATE_CAPS.body) }), { nil: null }),
    shows: fc.array(fc.tuple(clock, fc.constantFrom(3_600_000, 30 * DAY)), { maxLength: 3 }),
    backedUp: clock,
  })
  .map(({ cards, contacts, events, template, shows, backedUp }) => {
    const kept = <T,>(list: (T | null)[]) => list.filter((item): item is T => item !== null);
    const people = kept(contacts);
    // A contact merged from another device's backup (same person, another record) is reachable too.
    if (people.length >= 2) people[0] = mergeSamePerson(people[0]!, people[1]!);
    // Showing my card while an event is current: its per-event address and the current-event log.
    let tags = addressForShow({ enabled: true, email: 'taro@example.com', eventId: 'event-1', tags: [], expiresAt: 0, now: 0, randomBytes: bytes }).tags;
    let log = logCurrentEvent([], 'event-1', shows[0]?.[0] ?? 0);
    for (const [at, validity] of shows) {
      tags = addressForShow({ enabled: true, email: 'taro@example.com', eventId: 'event-1', tags, expiresAt: at + validity, now: at, randomBytes: bytes }).tags;
      log = logCurrentEvent(log, log.length % 2 ? null : 'event-1', at);
    }
    const settings = { emailTemplate: template && cleanEmailTemplate(template), currentEventLog: log, lastBackupAt: clampTime(backedUp) };
    return { cards: kept(cards), contacts: people.map((c, i) => ({ ...c, id: `contact-${i}` })), events: kept(events), eventTags: [...tags], photos: [], settings };
  });

function bytes(count: number): Uint8Array {
  return Uint8Array.from({ length: count }, (_, i) => (i * 37 + count) & 0xff);
}

describe('every state the app can reach backs up and restores exactly', () => {
  it('built through the real inputs, from tricky text and any clock', HEAVY, () => {
    fc.assert(
      fc.property(state, (data) => {
        const result = parseBackup(makeBackup(data, Date.UTC(2026, 10, 24), 'x'));
        if (!result.ok) expect.fail(JSON.stringify(result.error));
        expect(result.data).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });
});
