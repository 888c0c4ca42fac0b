import { describe, expect, it } from 'vitest';
import { makeBackupLines, MAX_LINE_LENGTH } from '../../../../src/domain/backup/backup-format';
import { createBackupReader } from '../../../../src/domain/backup/parse-backup';
import { CARD_HISTORY_CAP, FIELD_CAPS, MEETINGS_PER_CONTACT, NAME_PART_CAP, NAME_PART_ITEMS_CAP, NOTE_CAP, TAG_CAP, TAGS_PER_CONTACT } from '../../../../src/domain/caps';
import type { CardFields, Contact, NameParts } from '../../../../src/domain/types';
import { makeContact } from '../../../fixtures/make-contact';

// Version 1 refused its own backups past 50 MB (about 4,560 contacts with full notes). Now a
// backup is read a line at a time, so any database the app can hold backs up and restores.

const NOW = Date.UTC(2026, 10, 25, 12, 0);

// Quotes and backslashes double in JSON: the heaviest notes a person can type.
const fullNotes = (i: number) => `${i}`.padEnd(NOTE_CAP, '"\\');

describe('a large database', () => {
  it('10,000 contacts with full notes back up and restore exactly', { timeout: 180_000 }, () => {
    const contacts = Array.from({ length: 10_000 }, (_, i) =>
      makeContact({ name: `Person ${i}`, email: `p${i}@example.com` }, { id: `c${i}`, notes: fullNotes(i), meetings: [{ at: NOW, eventId: null, source: 'meishi' }] }),
    );
    const lines = makeBackupLines({ cards: [], contacts, events: [], eventTags: [], photos: [], settings: {} }, NOW, 'x');
    const total = lines.reduce((sum, line) => sum + line.length, 0);
    // Four times the old 50 MB cap, in lines the reader takes one at a time.
    expect(total).toBeGreaterThan(200_000_000);
    const reader = createBackupReader();
    for (const line of lines) expect(reader.push(line.slice(0, -1))).toBe(true);
    const result = reader.finish();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.contacts).toHaveLength(10_000);
    for (let i = 0; i < contacts.length; i += 997) expect(result.data.contacts[i]).toEqual(contacts[i]);
    expect(result.data.contacts.every((c, i) => c.notes === contacts[i]!.notes)).toBe(true);
  });

  it('the largest contact the app can make fits well within one line', () => {
    const wide = (n: number) => '"\\'.repeat(n).slice(0, n);
    const card: CardFields = { name: wide(FIELD_CAPS.name), reading: wide(FIELD_CAPS.reading), org: wide(FIELD_CAPS.org), title: wide(FIELD_CAPS.title), email: `${'a'.repeat(64)}@${'b'.repeat(180)}.com`, website: `https://example.com/${wide(FIELD_CAPS.website - 20)}`, tagline: wide(FIELD_CAPS.tagline) };
    const part = Array.from({ length: NAME_PART_ITEMS_CAP }, () => wide(NAME_PART_CAP));
    const nameParts: NameParts = { family: part, given: part, middle: part, prefix: part, suffix: part, familyReading: wide(NAME_PART_CAP), givenReading: wide(NAME_PART_CAP), middleReading: wide(NAME_PART_CAP) };
    const contact: Contact = makeContact(card, {
      nameParts,
      received: Array.from({ length: CARD_HISTORY_CAP }, (_, i) => ({ at: i, source: 'vcard' as const, card, nameParts, settled: false })),
      extraEmails: Array.from({ length: 20 }, (_, i) => `${i}${'a'.repeat(60)}@${'b'.repeat(180)}.com`),
      meetings: Array.from({ length: MEETINGS_PER_CONTACT }, (_, i) => ({ at: NOW + i, eventId: `event-${'x'.repeat(80)}-${i}`, source: 'meishi' as const })),
      notes: wide(NOTE_CAP),
      tags: Array.from({ length: TAGS_PER_CONTACT }, (_, i) => `${i}${wide(TAG_CAP - 3)}`),
    });
    const line = makeBackupLines({ cards: [], contacts: [contact], events: [], eventTags: [], photos: [], settings: {} }, NOW, 'x')[1]!;
    expect(line.length).toBeLessThan(MAX_LINE_LENGTH / 4);
  });
});
