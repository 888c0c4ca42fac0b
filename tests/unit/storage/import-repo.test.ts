import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../../src/storage/db';
import { listContacts, saveReceivedCard } from '../../../src/storage/contacts-repo';
import { countKnownEmails, importCards } from '../../../src/storage/import-repo';
import type { ReceivedCard } from '../../../src/domain/contacts/receive-card';
import { makeEmptyCard } from '../../../src/domain/types';
import { CARD_HISTORY_CAP, MEETINGS_PER_CONTACT } from '../../../src/domain/caps';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

const imported = (name: string, email: string): ReceivedCard => ({
  card: { ...makeEmptyCard(), name, email },
  extraEmails: [],
  source: 'import',
  eventId: null,
  expiresAt: null,
});

beforeEach(async () => {
  await useDatabase(`import-${Math.random()}`);
});

describe('importing cards', () => {
  it('adds new people, merges known emails (stored or earlier in the same file), and reports progress', async () => {
    await saveReceivedCard({ ...imported('Known', 'known@example.com'), source: 'meishi', eventId: 'e1' }, 1);
    expect(await countKnownEmails(['known@example.com', 'new@example.com', 'known@example.com'])).toBe(1);
    const progress: number[] = [];
    const outcome = await importCards(
      [imported('Known Again', 'KNOWN@example.com'), imported('New', 'new@example.com'), imported('New Twice', 'new@example.com'), imported('No Email', '')],
      2,
      { onProgress: (n) => progress.push(n) },
    );
    expect({ added: outcome.added, merged: outcome.merged }).toEqual({ added: 2, merged: 2 });
    const all = await listContacts();
    expect(all).toHaveLength(3);
    const known = all.find((c) => c.card.email === 'known@example.com' || c.card.email === 'KNOWN@example.com')!;
    expect(known.meetings.map((m) => m.source)).toEqual(['meishi', 'import']);
    // Progress counts the file's cards.
    expect(progress.at(-1)).toBe(4);
  });

  it('hands each slice’s contacts, as filed, to the caller while they are written', HEAVY, async () => {
    // Cards 1100–1199 meet again the people of cards 0–99 (the same addresses).
    const cards = Array.from({ length: 1200 }, (_, i) => imported(`Person ${i}`, `p${i % 1100}@example.com`));
    const slices: { id: string; name: string }[][] = [];
    const outcome = await importCards(cards, 2, { onSlice: (filed) => slices.push(filed.map((c) => ({ id: c.id, name: c.card.name }))) });
    expect(slices.map((s) => s.length)).toEqual([500, 500, 200]);
    // The last slice: 100 new people, and the 100 met again, filed with their first card's contact.
    const first = new Map(slices[0]!.map((c) => [c.name, c.id]));
    expect(slices[2]!.find((c) => c.name === 'Person 1099')).toBeDefined();
    expect(slices[2]!.find((c) => c.name === 'Person 0')?.id).toBe(first.get('Person 0'));
    expect(new Set(slices.flat().map((c) => c.id)).size).toBe(1100);
    expect(outcome.added).toBe(1100);
  });

  it('writes in slices with progress, and stays all-or-nothing: a failure in a late slice leaves nothing', HEAVY, async () => {
    await saveReceivedCard(imported('Before', 'before@example.com'), 1);
    const cards = Array.from({ length: 1500 }, (_, i) => imported(`Person ${i}`, `p${i}@example.com`));
    // A value no database can store, in the third slice.
    (cards[1200]!.card as unknown as Record<string, unknown>).name = () => 'not storable';
    const progress: number[] = [];
    await expect(importCards(cards, 2, { onProgress: (n) => progress.push(n) })).rejects.toMatchObject({ name: 'StorageError' });
    // The first slice was written; the third fails as it is issued, while the second (in flight
    // beside it) is still being written, and the abort takes both back.
    expect(progress).toEqual([500]);
    expect((await listContacts()).map((c) => c.card.name)).toEqual(['Before']);
  });

  it('files 20,000 cards of one person as one contact, within the caps of its history and meetings', HEAVY, async () => {
    const cards = Array.from({ length: 20_000 }, (_, i) => imported(`Same ${i}`, 'same@example.com'));
    const outcome = await importCards(cards, 5);
    expect({ added: outcome.added, merged: outcome.merged }).toEqual({ added: 1, merged: 19_999 });
    const [only, ...others] = await listContacts();
    expect(others).toEqual([]);
    // The first card is what is known; the later ones wait in the history, capped.
    expect(only?.card.name).toBe('Same 0');
    expect(only?.received.length).toBeLessThanOrEqual(CARD_HISTORY_CAP);
    expect(only?.meetings.length).toBeLessThanOrEqual(MEETINGS_PER_CONTACT);
  });

  it('counts known addresses by walking the stored ones when the file has more', async () => {
    await saveReceivedCard(imported('Known', 'known@example.com'), 1);
    const keys = ['known@example.com', ...Array.from({ length: 50 }, (_, i) => `n${i}@example.com`)];
    expect(await countKnownEmails(keys)).toBe(1);
    expect(await countKnownEmails(['known@example.com'])).toBe(1);
  });

  it('writes 10,000 cards in one go', HEAVY, async () => {
    const cards = Array.from({ length: 10_000 }, (_, i) => imported(`Person ${i}`, `p${i}@example.com`));
    const outcome = await importCards(cards, 1);
    expect(outcome.added).toBe(10_000);
    expect(await listContacts()).toHaveLength(10_000);
  });
});
