import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../../src/storage/db';
import { listContacts, saveReceivedCard } from '../../../src/storage/contacts-repo';
import { countKnownEmails, importCards } from '../../../src/storage/import-repo';
import type { ReceivedCard } from '../../../src/domain/contacts/receive-card';
import { makeEmptyCard } from '../../../src/domain/types';

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
      (n) => progress.push(n),
    );
    expect({ added: outcome.added, merged: outcome.merged }).toEqual({ added: 2, merged: 2 });
    const all = await listContacts();
    expect(all).toHaveLength(3);
    const known = all.find((c) => c.card.email === 'known@example.com' || c.card.email === 'KNOWN@example.com')!;
    expect(known.meetings.map((m) => m.source)).toEqual(['meishi', 'import']);
    expect(progress.at(-1)).toBe(3);
  });

  it('writes 10,000 cards in one go', HEAVY, async () => {
    const cards = Array.from({ length: 10_000 }, (_, i) => imported(`Person ${i}`, `p${i}@example.com`));
    const outcome = await importCards(cards, 1);
    expect(outcome.added).toBe(10_000);
    expect(await listContacts()).toHaveLength(10_000);
  });
});
