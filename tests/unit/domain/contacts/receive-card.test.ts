import { describe, expect, it } from 'vitest';
import { capMeetings, cardDifferences, mergeNotes, receiveCard, type ReceivedCard } from '../../../../src/domain/contacts/receive-card';
import { MEETINGS_PER_CONTACT, CARD_HISTORY_CAP, NOTE_CAP, TIME_MAX } from '../../../../src/domain/caps';
import { cleanMultiline } from '../../../../src/domain/card/clean-text';
import { makeContact } from '../../../fixtures/make-contact';
import { makeEmptyNameParts } from '../../../../src/domain/card/person-name';
import { makeEmptyCard } from '../../../../src/domain/types';

const alice = makeContact(
  { name: 'Alice Example', title: 'Designer', email: 'alice@example.com', website: 'https://alice.example.com', tagline: 'Logos' },
  { id: 'alice', notes: 'Met at the bar', meetings: [{ at: 1000, eventId: 'e1', source: 'meishi' }], extraEmails: ['a@home.example'] },
);
const card = (over: Partial<ReceivedCard['card']>): ReceivedCard => ({
  card: { name: '', reading: '', org: '', title: '', email: 'alice@example.com', website: '', tagline: '', ...over },
  extraEmails: [],
  source: 'meishi',
  eventId: 'e2',
  expiresAt: null,
});

describe('a card for someone already in Contacts never silently changes what is known', () => {
  it('keeps every known detail when a stranger’s card claims the same email', () => {
    const spoof = card({ name: 'Alice Example', title: 'CFO', website: 'https://evil.example/pay', tagline: 'Pay here' });
    const after = receiveCard(alice, { ...spoof, extraEmails: ['attacker@evil.example'] }, 2000, () => 'unused');
    expect(after.card).toEqual(alice.card);
    expect(after.original).toEqual(alice.original);
    expect(after.extraEmails).toEqual(alice.extraEmails);
    expect(after.notes).toBe('Met at the bar');
    expect(after.meetings.map((m) => m.eventId)).toEqual(['e1', 'e2']);
    // The new card is kept in the history, and what differs is there to decide on.
    expect(after.received).toEqual([{ at: 2000, source: 'meishi', card: spoof.card, nameParts: null, settled: false }]);
    expect(cardDifferences(after)).toEqual({ version: after.received[0], fields: ['title', 'website', 'tagline'] });
  });

  it('has nothing to decide when the new card says nothing new (empty fields say nothing)', () => {
    const after = receiveCard(alice, card({ name: 'Alice Example', email: 'ALICE@example.com' }), 2000, () => 'unused');
    expect(after.received[0]?.settled).toBe(true);
    expect(cardDifferences(after)).toBeNull();
  });

  it('shows only the newest undecided card, and nothing once it is settled', () => {
    let contact = receiveCard(alice, card({ title: 'CTO' }), 2000, () => 'x');
    contact = receiveCard(contact, card({ title: 'CEO' }), 3000, () => 'x');
    expect(cardDifferences(contact)?.version.card.title).toBe('CEO');
    contact = { ...contact, received: contact.received.map((v) => ({ ...v, settled: true })) };
    expect(cardDifferences(contact)).toBeNull();
  });

  it('keeps the newest cards within the cap', () => {
    let contact = alice;
    for (let i = 0; i < CARD_HISTORY_CAP + 3; i++) contact = receiveCard(contact, card({ title: `T${i}` }), 2000 + i, () => 'x');
    expect(contact.received).toHaveLength(CARD_HISTORY_CAP);
    expect(contact.received.at(-1)?.card.title).toBe(`T${CARD_HISTORY_CAP + 2}`);
  });
});

describe('a new person', () => {
  it('gets a contact with the card as received, an empty history and the card’s note', () => {
    const contact = receiveCard(undefined, { ...card({ name: 'Bob' }), note: 'From the card\r\nline two\u0007' }, 5, () => 'id-1');
    expect(contact).toMatchObject({ id: 'id-1', card: { name: 'Bob' }, original: { name: 'Bob' }, received: [], notes: 'From the card\nline two', meetings: [{ at: 5, eventId: 'e2', source: 'meishi' }] });
  });
});

describe('capMeetings', () => {
  it('keeps the first meeting and the latest ones within the cap', () => {
    const meetings = Array.from({ length: MEETINGS_PER_CONTACT + 10 }, (_, i) => ({ at: i, eventId: null, source: 'meishi' as const }));
    const kept = capMeetings(meetings);
    expect(kept).toHaveLength(MEETINGS_PER_CONTACT);
    expect(kept[0]?.at).toBe(0);
    expect(kept[1]?.at).toBe(11);
    expect(kept.at(-1)?.at).toBe(MEETINGS_PER_CONTACT + 9);
  });
});

describe('a paper card’s photos and text', () => {
  const paper = { photoIds: ['front', 'back'], paperText: 'Alice Example\nalice@example.com' };

  it('come with a new contact', () => {
    const contact = receiveCard(undefined, { ...card({ name: 'Alice Example' }), source: 'paper', paper }, 2000, () => 'new');
    expect(contact).toMatchObject({ id: 'new', photoIds: ['front', 'back'], paperText: paper.paperText, meetings: [{ source: 'paper' }] });
    // A card typed in by hand or scanned has none.
    expect(receiveCard(undefined, card({}), 2000, () => 'x')).toMatchObject({ photoIds: [], paperText: '' });
  });

  it('join a known person who has none; one who has a paper card keeps theirs', () => {
    const joined = receiveCard(alice, { ...card({ title: 'CFO' }), source: 'paper', paper }, 2000, () => 'unused');
    expect(joined).toMatchObject({ id: 'alice', photoIds: ['front', 'back'], paperText: paper.paperText });
    expect(joined.card).toEqual(alice.card);
    const again = receiveCard(joined, { ...card({}), source: 'paper', paper: { photoIds: ['later'], paperText: 'later' } }, 3000, () => 'unused');
    expect(again).toMatchObject({ photoIds: ['front', 'back'], paperText: paper.paperText });
    expect(again.meetings).toHaveLength(3);
  });
});

describe('notes the person typed with the card', () => {
  it('are a new contact’s notes, and are added after a known contact’s own', () => {
    const typed = { ...card({}), source: 'manual' as const, ownNotes: 'Wants a logo\r\n' };
    expect(receiveCard(undefined, typed, 2000, () => 'new').notes).toBe('Wants a logo');
    expect(receiveCard(alice, typed, 2000, () => 'unused').notes).toBe('Met at the bar\n\nWants a logo');
    // A card's own note (someone else's text) never lands in a known contact's notes.
    expect(receiveCard(alice, { ...card({}), note: 'Call me!' }, 2000, () => 'unused').notes).toBe('Met at the bar');
  });
});

describe('mergeNotes', () => {
  it('cut at the cap right after the blank line, leaves no trailing newline (the notes restore as they were)', () => {
    const merged = mergeNotes('x'.repeat(NOTE_CAP - 1), 'more');
    expect(merged).toBe('x'.repeat(NOTE_CAP - 1));
    expect(cleanMultiline(merged)).toBe(merged);
  });
});

describe('receiveCard on a device clock set far off', () => {
  it('stamps the meeting, the card in the history and the contact within the range', () => {
    const later = Date.UTC(2300, 0, 1);
    const fresh = receiveCard(undefined, card({}), later, () => 'new');
    expect(fresh).toMatchObject({ createdAt: TIME_MAX, updatedAt: TIME_MAX, meetings: [{ at: TIME_MAX }] });
    const again = receiveCard(alice, card({ org: 'New Org' }), later, () => 'unused');
    expect(again.updatedAt).toBe(TIME_MAX);
    expect(again.received.at(-1)!.at).toBe(TIME_MAX);
    expect(again.meetings.at(-1)!.at).toBe(TIME_MAX);
  });
});

describe('receiveCard: the name’s parts', () => {
  const NOW = Date.UTC(2026, 10, 24);
  const ando = { ...makeEmptyNameParts(), family: ['Ando'], given: ['Roid'] };
  const card = (name: string, nameParts: ReceivedCard['nameParts']): ReceivedCard => ({
    card: { ...makeEmptyCard(), name, email: 'ando@example.com' },
    extraEmails: [],
    nameParts,
    source: 'vcard',
    eventId: null,
    expiresAt: null,
  });

  it('keeps the parts a new card gives, and none when it gives none', () => {
    expect(receiveCard(undefined, card('Ando Roid', ando), NOW, () => 'a').nameParts).toEqual(ando);
    expect(receiveCard(undefined, card('Ando Roid', undefined), NOW, () => 'a').nameParts).toBeNull();
  });

  it('never changes known parts: a later card’s parts stay with it in the history, to come along with its name', () => {
    const existing = receiveCard(undefined, card('Ando Roid', ando), NOW, () => 'a');
    const renamed = { ...ando, family: ['Ando-Smith'] };
    const again = receiveCard(existing, card('Roid Ando-Smith', renamed), NOW + 1, () => 'b');
    expect(again.nameParts).toEqual(ando);
    expect(again.received.at(-1)).toMatchObject({ card: { name: 'Roid Ando-Smith' }, nameParts: renamed });
    expect(receiveCard(existing, card('Ando Roid', null), NOW + 1, () => 'b').nameParts).toEqual(ando);
  });

  it('fills in the parts of a contact that had only a guess, from a card with the very same name', () => {
    const guessed = receiveCard(undefined, card('Ando Roid', null), NOW, () => 'a');
    expect(receiveCard(guessed, card('Ando Roid', ando), NOW + 1, () => 'b').nameParts).toEqual(ando);
    expect(receiveCard(guessed, card('Someone Else', ando), NOW + 1, () => 'b').nameParts).toBeNull();
  });
});
