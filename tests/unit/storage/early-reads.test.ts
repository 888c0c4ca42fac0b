import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCards, makeMyCard, putCard } from '../../../src/storage/cards-repo';
import { openMeishiDb, useDatabase } from '../../../src/storage/db';
import { dropEarlyReads, startEarlyReads } from '../../../src/storage/early-reads';
import { listEvents, putEvent } from '../../../src/storage/events-repo';
import { getAllSettings, setSetting } from '../../../src/storage/settings-repo';
import { changesChannelName, DB_NAME, STORES } from '../../../src/storage/schema';
import { makeEvent } from '../../../src/domain/events/make-event';
import { makeEmptyCard } from '../../../src/domain/types';

let name = '';
beforeEach(async () => {
  name = `early-${Math.random()}`;
  await useDatabase(name);
});
afterEach(() => dropEarlyReads());

const card = (label: string, at: number) => makeMyCard({ ...makeEmptyCard(), email: `${label.toLowerCase()}@example.com` }, label, at);

// What the page's own script does before the app has started: open the database and read early.
async function readEarly(): Promise<void> {
  const db = await openMeishiDb(name);
  startEarlyReads(unwrap(db));
  db.close();
}

// A record written behind the app's back (as by a tab that has not announced it yet).
async function putBehind(store: typeof STORES.cards, value: unknown): Promise<void> {
  const db = await openMeishiDb(name);
  await db.put(store, value as never);
  db.close();
}

describe('the records the page reads before the app starts', () => {
  it('answer each repo’s first read, in its order, once', async () => {
    await putCard(card('Work', 2000));
    await putCard(card('Side', 1000));
    await putEvent({ ...makeEvent('Old', 1, () => 'e1'), date: '2026-01-01' });
    await putEvent({ ...makeEvent('New', 2, () => 'e2'), date: '2026-03-01' });
    await setSetting('validity', '7d');
    await readEarly();
    // Changed after the early read, unannounced: the first read still gives the early answer...
    await putBehind(STORES.cards, card('Later', 3000));
    expect((await listCards()).map((c) => c.label)).toEqual(['Side', 'Work']);
    expect((await listEvents()).map((e) => e.name)).toEqual(['New', 'Old']);
    expect((await getAllSettings()).validity).toBe('7d');
    // ...and only the first: the next asks the database.
    expect((await listCards()).map((c) => c.label)).toEqual(['Side', 'Work', 'Later']);
  });

  it('are dropped by any write in this tab', async () => {
    await putCard(card('Work', 1000));
    await readEarly();
    await setSetting('validity', '1h');
    await putBehind(STORES.cards, card('Later', 3000));
    expect((await listCards()).map((c) => c.label)).toEqual(['Work', 'Later']);
    expect((await getAllSettings()).validity).toBe('1h');
  });

  it('are dropped when another tab announces a change', async () => {
    await putCard(card('Work', 1000));
    await readEarly();
    await putBehind(STORES.cards, card('Later', 3000));
    const otherTab = new BroadcastChannel(changesChannelName(DB_NAME));
    otherTab.postMessage({ store: 'cards' });
    otherTab.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await listCards()).map((c) => c.label)).toEqual(['Work', 'Later']);
  });

  it('are dropped when the app turns to another database', async () => {
    await putCard(card('Work', 1000));
    await readEarly();
    await useDatabase(`${name}-other`);
    expect(await listCards()).toEqual([]);
  });
});
