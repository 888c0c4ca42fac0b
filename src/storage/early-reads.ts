import { DB_NAME, changesChannelName, LISTED_BY, STORES } from './schema';

// The page's own script (first-look.ts) opens the database before any of the app's files have
// arrived. It also reads the few records every opening needs first — the owner's cards, the
// settings, the events: what Show draws at the door — and the repos take those answers for their
// first read instead of asking again after the app has started (by then the page is busy, and
// each answer waits behind its work). An answer is good only while nothing can have changed
// since: any write in this tab, or a change announced by another, drops them all.

// Each store read early, by the index its repo lists it by (the same order).
const EARLY_READS: Record<EarlyStore, string | null> = { cards: LISTED_BY.cards, settings: null, events: LISTED_BY.events };

/** The stores read early. */
export type EarlyStore = typeof STORES.cards | typeof STORES.settings | typeof STORES.events;

// How long unclaimed answers are kept: a start-up takes far less; a later first read asks anew.
const KEEP_MS = 3000;

type Reads = Partial<Record<EarlyStore, Promise<unknown[]>>>;
interface EarlyReads {
  reads: Reads;
  drop: () => void;
}
const KEY = '__meishiEarlyReads';
const holder = globalThis as unknown as { [KEY]?: EarlyReads };

/** Reads the early stores in `db` (the page's own script, with the app's database open at its version). */
export function startEarlyReads(db: IDBDatabase): void {
  const names = Object.keys(EARLY_READS) as EarlyStore[];
  const tx = db.transaction(names, 'readonly');
  const reads: Reads = {};
  for (const store of names) {
    const index = EARLY_READS[store];
    const request = index ? tx.objectStore(store).index(index).getAll() : tx.objectStore(store).getAll();
    const read = new Promise<unknown[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = (event) => {
        event.preventDefault();
        reject(request.error);
      };
    });
    read.catch(() => undefined); // an answer nobody claims must not be an unhandled rejection
    reads[store] = read;
  }
  // Heard from the start, so no other tab's write between this read and the app's can be missed.
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(changesChannelName(DB_NAME));
  const timer = setTimeout(() => drop(), KEEP_MS);
  const drop = () => {
    clearTimeout(timer);
    channel?.close();
    if (holder[KEY]?.reads === reads) delete holder[KEY];
  };
  if (channel) channel.onmessage = drop;
  holder[KEY] = { reads, drop };
}

/** A store's records: the early answer, once, while it holds; else (or if it failed) `read()`. */
export function earlyOr<T>(store: EarlyStore, read: () => Promise<T[]>): Promise<T[]> {
  const early = holder[KEY];
  const answer = early?.reads[store];
  if (!early || !answer) return read();
  delete early.reads[store];
  if (Object.keys(early.reads).length === 0) early.drop();
  return (answer as Promise<T[]>).catch(read);
}

/** Forgets every early answer (a write in this tab: they may no longer hold). */
export function dropEarlyReads(): void {
  holder[KEY]?.drop();
}
