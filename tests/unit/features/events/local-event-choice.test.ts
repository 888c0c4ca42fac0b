// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';

// A fresh copy of the app's modules on a fresh database: one browser tab.
async function openTab() {
  vi.resetModules();
  const db = await import('../../../../src/storage/db');
  await db.useDatabase(`local-event-choice-${Math.random()}`);
  const store = await import('../../../../src/features/events/events-store');
  const picker = await import('../../../../src/features/events/current-event-picker');
  await store.loadEvents();
  const settings = async () => (await import('../../../../src/storage/settings-repo')).getAllSettings();
  return { store, picker, settings };
}

describe('an event choice local to one screen (paper card, Add contact)', () => {
  it('starts at the current event, keeps what is picked on the screen, and never changes the current event', async () => {
    const { store, picker, settings } = await openTab();
    const tonight = await store.createEvent('Shibuya Mixer');
    const lastWeek = await store.createEvent('Kyoto Night');
    await store.setCurrentEvent(tonight.id, 1000);
    await createRoot(async (dispose) => {
      const choice = picker.createLocalEventChoice();
      expect(choice.id()).toBe(tonight.id);

      await choice.choose(lastWeek.id);
      expect(choice.id()).toBe(lastWeek.id);
      // The app's current event, in memory and stored, and its log, are as they were.
      expect(store.currentEventId()).toBe(tonight.id);
      expect((await settings()).currentEventId).toBe(tonight.id);
      expect((await settings()).currentEventLog).toEqual([{ eventId: tonight.id, at: 1000 }]);

      // The pick stands while the screen is open, whatever becomes current meanwhile.
      await store.setCurrentEvent(null, 2000);
      expect(choice.id()).toBe(lastWeek.id);
      await choice.choose(null);
      expect(choice.id()).toBeNull();
      await store.setCurrentEvent(tonight.id, 3000);
      expect(choice.id()).toBeNull();
      dispose();
    });
  });

  it('follows the current event until something is picked, and forgets a picked event that is deleted', async () => {
    const { store, picker } = await openTab();
    const a = await store.createEvent('Shibuya Mixer');
    const b = await store.createEvent('Kyoto Night');
    await createRoot(async (dispose) => {
      const choice = picker.createLocalEventChoice();
      expect(choice.id()).toBeNull();
      await store.setCurrentEvent(a.id);
      expect(choice.id()).toBe(a.id);
      await choice.choose(b.id);
      await store.removeEvent(b.id);
      expect(choice.id()).toBeNull();
      dispose();
    });
  });
});
