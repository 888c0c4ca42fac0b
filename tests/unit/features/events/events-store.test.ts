import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Store = typeof import('../../../../src/features/events/events-store');

const HOUR = 3_600_000;

// A fresh copy of the app's modules on a fresh database: one browser tab.
async function openTab(): Promise<Store> {
  vi.resetModules();
  const db = await import('../../../../src/storage/db');
  await db.useDatabase(`events-store-${Math.random()}`);
  const store = await import('../../../../src/features/events/events-store');
  await store.loadEvents();
  return store;
}

describe('the current event and its log', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTab();
  });

  it('remembers each change of the current event, and when, together with the choice', async () => {
    const a = await store.createEvent('Shibuya Mixer', { date: '2026-11-20' });
    const b = await store.createEvent('Kyoto Night', { date: '2026-11-24' });
    await store.setCurrentEvent(a.id, 1000);
    await store.setCurrentEvent(b.id, 2000);
    await store.setCurrentEvent(null, 3000);
    // This tab's copy of the repository, on this tab's database.
    const stored = await (await import('../../../../src/storage/settings-repo')).getAllSettings();
    expect(stored.currentEventId).toBeNull();
    expect(stored.currentEventLog).toEqual([
      { eventId: a.id, at: 1000 },
      { eventId: b.id, at: 2000 },
      { eventId: null, at: 3000 },
    ]);
  });

  it('files a card issued while an event was current under it, whatever is current now', async () => {
    const evening = Date.parse('2026-11-20T18:00:00');
    const a = await store.createEvent('Shibuya Mixer', { date: '2026-11-20' });
    const b = await store.createEvent('Kyoto Night', { date: '2026-11-24' });
    await store.setCurrentEvent(a.id, evening);
    await store.setCurrentEvent(b.id, evening + 4 * 24 * HOUR);
    expect(store.eventMetAtTime(evening + 3 * HOUR)).toBe(a.id);
    expect(store.eventMetAtTime(evening + 4 * 24 * HOUR + HOUR)).toBe(b.id);
  });
});
