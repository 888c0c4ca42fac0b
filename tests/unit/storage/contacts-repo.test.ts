import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, useDatabase } from '../../../src/storage/db';
import { getContact, listContacts, saveReceivedCard } from '../../../src/storage/contacts-repo';
import { STORES } from '../../../src/storage/schema';
import type { ReceivedCard } from '../../../src/domain/contacts/receive-card';
import { makeEmptyCard } from '../../../src/domain/types';

const received = (over: Partial<ReceivedCard> = {}): ReceivedCard => ({
  card: { ...makeEmptyCard(), name: '山田 太郎', reading: 'やまだ たろう', email: 'taro@example.co.jp' },
  extraEmails: [],
  source: 'meishi',
  eventId: 'ev1',
  expiresAt: 10_000,
  ...over,
});

beforeEach(async () => {
  await useDatabase(`contacts-${Math.random()}`);
});

describe('saving a received card', () => {
  it('creates a contact with a meeting under the current event and the card’s expiry', async () => {
    const { contact, merged } = await saveReceivedCard(received(), 1000);
    expect(merged).toBe(false);
    expect(contact.meetings).toEqual([{ at: 1000, eventId: 'ev1', source: 'meishi' }]);
    expect(contact.expiresAt).toBe(10_000);
    expect(await getContact(contact.id)).toEqual(contact);
    const record = await (await getDb()).get(STORES.contacts, contact.id);
    expect(record).toMatchObject({ emailKey: 'taro@example.co.jp', eventIds: ['ev1'], pendingExpiryAt: 10_000 });
  });

  it('adds a meeting to the same person (same email, any case) instead of a duplicate, keeping notes and details', async () => {
    const first = await saveReceivedCard(received(), 1000);
    const db = await getDb();
    await db.put(STORES.contacts, { ...(await db.get(STORES.contacts, first.contact.id))!, notes: 'Met at the bar' });
    const second = await saveReceivedCard(
      received({ card: { ...makeEmptyCard(), name: '山田 太郎', title: 'CTO', email: 'Taro@EXAMPLE.co.jp' }, eventId: 'ev2', expiresAt: 50_000 }),
      2000,
    );
    expect(second.merged).toBe(true);
    expect(second.contact.id).toBe(first.contact.id);
    expect(second.contact.notes).toBe('Met at the bar');
    // What is known stays; the new card waits in the history for the person to decide.
    expect(second.contact.card.title).toBe('');
    expect(second.contact.card.reading).toBe('やまだ たろう');
    expect(second.contact.received).toMatchObject([{ at: 2000, source: 'meishi', card: { title: 'CTO' }, settled: false }]);
    expect(second.contact.meetings.map((m) => m.eventId)).toEqual(['ev1', 'ev2']);
    expect(second.contact.expiresAt).toBe(50_000);
    expect(await listContacts()).toHaveLength(1);
    expect((await db.get(STORES.contacts, first.contact.id))?.eventIds).toEqual(['ev1', 'ev2']);
  });

  it('keeps a permanent card permanent when the same person later shares a time-limited one', async () => {
    await saveReceivedCard(received({ source: 'vcard', expiresAt: null }), 1000);
    const again = await saveReceivedCard(received(), 2000);
    expect(again.contact.expiresAt).toBeNull();
  });

  it('files cards without an email as separate contacts', async () => {
    await saveReceivedCard(received({ card: { ...makeEmptyCard(), name: 'A' } }), 1);
    await saveReceivedCard(received({ card: { ...makeEmptyCard(), name: 'A' } }), 2);
    expect(await listContacts()).toHaveLength(2);
  });
});
