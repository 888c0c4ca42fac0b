import { describe, expect, it } from 'vitest';
import { mergeMeetings, mergeSamePerson } from '../../../../src/domain/backup/merge-same-person';
import { mergeNotes } from '../../../../src/domain/contacts/receive-card';
import { NOTE_CAP } from '../../../../src/domain/caps';
import type { Contact } from '../../../../src/domain/types';
import { sampleContact } from './backup-sample';

const local: Contact = { ...sampleContact, id: 'local', notes: 'Talked about logos', flags: ['line'], tags: ['design'], updatedAt: 2000, createdAt: 500 };
const other: Contact = {
  ...sampleContact,
  id: 'other',
  card: { ...sampleContact.card, email: 'Hanako@EXAMPLE.jp', title: 'CEO' },
  extraEmails: ['h.sato@example.net', 'hanako@other.example'],
  meetings: [sampleContact.meetings[0]!, { at: 1_600_000_000_000, eventId: 'event-0', source: 'mecard' }],
  notes: 'Wants a quote',
  flags: ['referral', 'line'],
  tags: ['quote', 'design'],
  followUpAt: null,
  updatedAt: 3000,
  createdAt: 100,
};

describe('merging two records of the same person', () => {
  it('keeps the existing id, unites meetings, flags and tags, appends notes, takes the newer card', () => {
    const merged = mergeSamePerson(local, other);
    expect(merged.id).toBe('local');
    expect(merged.card.title).toBe('CEO');
    expect(merged.meetings.map((m) => m.at)).toEqual([1_600_000_000_000, 1_700_000_400_000, 1_700_000_500_000]);
    expect(merged.flags).toEqual(['line', 'referral']);
    expect(merged.tags).toEqual(['design', 'quote']);
    expect(merged.notes).toBe('Talked about logos\n\nWants a quote');
    expect(merged.extraEmails).toEqual(['h.sato@example.net', 'hanako@other.example']);
    expect([merged.createdAt, merged.updatedAt]).toEqual([100, 3000]);
  });

  it('takes the name’s parts with the card they go with', () => {
    const parts = { family: ['佐藤'], given: ['花子'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'はなこ', middleReading: '' };
    expect(mergeSamePerson({ ...local, nameParts: null }, { ...other, nameParts: parts }).nameParts).toEqual(parts);
    expect(mergeSamePerson({ ...local, nameParts: parts, updatedAt: 4000 }, { ...other, nameParts: null }).nameParts).toEqual(parts);
    expect(mergeSamePerson({ ...local, nameParts: parts }, { ...other, nameParts: null }).nameParts).toBeNull();
  });

  it('keeps the existing card when the existing record is the newer one', () => {
    expect(mergeSamePerson({ ...local, updatedAt: 4000 }, other).card.title).toBe(local.card.title);
  });

  it('keeps the existing follow-up unless it has none', () => {
    expect(mergeSamePerson(local, other).followUpAt).toBe(local.followUpAt);
    const incoming = { ...other, followUpAt: 99, followUpHasTime: false, followUpDone: true };
    expect(mergeSamePerson({ ...local, followUpAt: null }, incoming)).toMatchObject({ followUpAt: 99, followUpHasTime: false, followUpDone: true });
  });

  it('keeps a permanent card permanent, otherwise the later expiry', () => {
    expect(mergeSamePerson({ ...local, expiresAt: null }, other).expiresAt).toBeNull();
    expect(mergeSamePerson({ ...local, expiresAt: 10 }, { ...other, expiresAt: 20 }).expiresAt).toBe(20);
  });

  it('adds nothing the second time (restoring the same file twice)', () => {
    const once = mergeSamePerson(local, other);
    expect(mergeSamePerson(once, other)).toEqual(once);
  });
});

describe('the merge pieces', () => {
  it('drops exact repeat meetings only', () => {
    const m = { at: 1, eventId: 'e', source: 'meishi' as const };
    expect(mergeMeetings([m], [m, { ...m, source: 'vcard' }, { ...m, at: 0 }])).toEqual([{ ...m, at: 0 }, m, { ...m, source: 'vcard' }]);
  });

  it('appends notes after a blank line, only when new, within the cap', () => {
    expect(mergeNotes('', 'b')).toBe('b');
    expect(mergeNotes('a', '')).toBe('a');
    expect(mergeNotes('a\n\nb', 'b')).toBe('a\n\nb');
    expect(mergeNotes('a'.repeat(NOTE_CAP), 'b')).toHaveLength(NOTE_CAP);
  });
});

describe('merging the paper cards of two records of the same person', () => {
  const paper = { photoIds: ['p1'], paperText: 'card text' };

  it('keeps the existing one’s, else takes the incoming one’s', () => {
    expect(mergeSamePerson({ ...local, ...paper }, { ...other, photoIds: ['p2'], paperText: 'other' })).toMatchObject(paper);
    expect(mergeSamePerson(local, { ...other, ...paper })).toMatchObject(paper);
    expect(mergeSamePerson(local, other)).toMatchObject({ photoIds: [], paperText: '' });
  });
});
