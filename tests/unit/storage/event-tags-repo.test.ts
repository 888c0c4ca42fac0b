import 'fake-indexeddb/auto';
import { randomFillSync } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, type DataChange } from '../../../src/storage/db';
import { claimShowAddress, listEventTags } from '../../../src/storage/event-tags-repo';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const randomBytes = (count: number) => randomFillSync(new Uint8Array(count));
const show = (over: Partial<Parameters<typeof claimShowAddress>[0]> = {}) =>
  claimShowAddress({ enabled: true, email: 'taro@example.com', eventId: 'event-1', expiresAt: NOW + HOUR, now: NOW, randomBytes, ...over });

beforeEach(async () => {
  await useDatabase(`event-tags-${Math.random()}`);
});

describe('handing out the address a shown card carries', () => {
  it('remembers a new tag for the event before returning its address', async () => {
    const shown = await show();
    expect(shown.address).toMatch(/^taro\+[0-9a-z]{6}@example\.com$/);
    expect(await listEventTags()).toEqual([shown.tag]);
  });

  it('gives the same event the same address, its expiry only ever pushed later', async () => {
    const first = await show();
    const later = await show({ expiresAt: NOW + 5 * HOUR, now: NOW + HOUR });
    const shorter = await show({ expiresAt: NOW + 2 * HOUR, now: NOW + 2 * HOUR });
    expect(new Set([first.address, later.address, shorter.address]).size).toBe(1);
    expect(await listEventTags()).toEqual([{ ...first.tag, expiresAt: NOW + 5 * HOUR }]);
  });

  it('agrees on one tag when two tabs show the card for a new event at once', async () => {
    const [a, b] = await Promise.all([show(), show()]);
    expect(a.address).toBe(b.address);
    expect(await listEventTags()).toHaveLength(1);
  });

  it('writes nothing, and needs no transaction, for the plain address', async () => {
    expect((await show({ enabled: false })).address).toBe('taro@example.com');
    expect((await show({ eventId: null })).address).toBe('taro@example.com');
    expect((await show({ email: 'taro@docomo.ne.jp' })).address).toBe('taro@docomo.ne.jp');
    expect(await listEventTags()).toEqual([]);
  });

  it('tells the other tabs only when the map changed', async () => {
    const name = `event-tags-announce-${Math.random()}`;
    await useDatabase(name);
    const changes: DataChange[] = [];
    // A channel delivers to its other instances only: listen as another tab would.
    const other = new BroadcastChannel(`${name}-changes`);
    other.onmessage = (event: MessageEvent<DataChange>) => changes.push(event.data);
    await show();
    await show();
    await show({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.close();
    expect(changes).toEqual([{ store: 'eventTags' }]);
  });
});
