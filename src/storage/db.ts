import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { changesChannelName, DB_NAME, DB_VERSION, versionKey, type MeishiSchema } from './schema';
import { dropEarlyReads } from './early-reads';
import { upgradeDatabase, type RecordRewrite } from './upgrade';
import { guarded } from './storage-error';

/** Something the user should know about the database connection. */
export type DbNotice = 'blocked' | 'version-change';
/** The open database. */
export type MeishiDb = IDBPDatabase<MeishiSchema>;
/** A store of the Meishi database. */
export type MeishiStoreName = StoreNames<MeishiSchema>;
/** A transaction over some of the Meishi stores. */
export type MeishiTx<Names extends MeishiStoreName[], Mode extends IDBTransactionMode> = IDBPTransaction<MeishiSchema, Names, Mode>;

/**
 * What changed in the database, told to the app's other tabs so their stores can catch up
 * without re-reading whole tables (tldraw's pattern). `ids` are the records written or deleted;
 * `all` means "everything may have changed" (a restore).
 */
export type DataChange =
  | { store: 'contacts'; ids: string[] }
  | { store: 'cards' | 'events' | 'settings' | 'eventTags' }
  | { store: 'all' };

const listeners = new Set<(notice: DbNotice) => void>();
const changeListeners = new Set<(change: DataChange) => void>();
let current: Promise<MeishiDb> | null = null;
let name = DB_NAME;
let channel: BroadcastChannel | null | undefined;

/** Subscribes to connection notices; returns the unsubscribe function. */
export function onDbNotice(listener: (notice: DbNotice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(notice: DbNotice): void {
  for (const listener of listeners) listener(notice);
}

// Opened lazily (and named after the database, so tests on another database stay apart).
function changeChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(changesChannelName(name));
    if (channel) channel.onmessage = (event: MessageEvent<DataChange>) => {
      for (const listener of changeListeners) listener(event.data);
    };
  }
  return channel;
}

/** Subscribes to changes made by the app's other tabs; returns the unsubscribe function. */
export function onOtherTabChange(listener: (change: DataChange) => void): () => void {
  changeChannel();
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Tells the other tabs what this tab has just committed. */
export function announceChange(change: DataChange): void {
  try {
    changeChannel()?.postMessage(change);
  } catch {
    // A closed channel (page going away) has no one left to tell.
  }
}

/** Opens a Meishi database by name, walking the upgrade ladder (`version` is for migration tests). */
export async function openMeishiDb(dbName: string = DB_NAME, version: number = DB_VERSION): Promise<MeishiDb> {
  const rewrite = await recordRewriteFor(dbName, version);
  let connection: MeishiDb | undefined;
  const forget = () => {
    if (connection && current === opened.get(connection)) current = null;
  };
  connection = await openDB<MeishiSchema>(dbName, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(db, oldVersion, newVersion, tx, rewrite),
    // Another tab still has an older version open: it must close before we can upgrade.
    blocked: () => notify('blocked'),
    // A newer version (another tab, after an update) wants to upgrade: step aside and say so.
    blocking: () => {
      connection?.close();
      forget();
      notify('version-change');
    },
    // The browser closed the connection (storage cleared, crash): reopen on next use.
    terminated: forget,
  });
  // Written only when it changed: a storage write on every start costs the first screen time.
  if (knownVersion(dbName) !== connection.version) rememberVersion(dbName, connection.version);
  return connection;
}

// The version this page last opened, remembered synchronously: the next open of an up-to-date
// database (nearly every start) skips asking the browser which databases exist.
function knownVersion(dbName: string): number | null {
  try {
    return Number(localStorage.getItem(versionKey(dbName))) || null;
  } catch {
    return null;
  }
}

function rememberVersion(dbName: string, version: number): void {
  try {
    localStorage.setItem(versionKey(dbName), String(version));
  } catch {
    // Private mode without storage: the next start asks the browser again.
  }
}

// Rewriting stored records for a new version needs code no fresh install or current database
// does: it is loaded only when an older database is there (or when the browser cannot say).
async function recordRewriteFor(dbName: string, version: number): Promise<RecordRewrite | undefined> {
  if (version < 2 || knownVersion(dbName) === version) return undefined;
  let existing: number | null = null;
  try {
    if (typeof indexedDB.databases === 'function') existing = (await indexedDB.databases()).find((d) => d.name === dbName)?.version ?? 0;
  } catch {
    existing = null;
  }
  if (existing !== null && (existing === 0 || existing >= version)) return undefined;
  return (await import('./upgrade-records')).rewriteRecords;
}

// Which shared-connection promise each open connection came from (to forget the right one).
const opened = new WeakMap<MeishiDb, Promise<MeishiDb>>();

/** The app's shared connection, opened on first use and reopened if it was closed. */
export function getDb(): Promise<MeishiDb> {
  if (!current) {
    const opening = openMeishiDb(name);
    current = opening;
    opening.then(
      (db) => opened.set(db, opening),
      () => {
        if (current === opening) current = null;
      },
    );
  }
  return current;
}

/** Points the app at another database (tests, and restore into a fresh profile). */
export async function useDatabase(dbName: string): Promise<void> {
  if (current) (await current.catch(() => null))?.close();
  current = null;
  name = dbName;
  dropEarlyReads();
  channel?.close();
  channel = undefined;
}

/**
 * The one way to run a transaction: `work` issues its requests, then the transaction must
 * commit. `tx.done` is observed before `work` runs, so a failed request (a full disk) or an
 * abort never surfaces as an unhandled rejection; any failure aborts the whole transaction and
 * comes back as a StorageError, with nothing half-written.
 */
export function withTx<Names extends MeishiStoreName[], Mode extends IDBTransactionMode, T>(
  stores: Names,
  mode: Mode,
  work: (tx: MeishiTx<Names, Mode>) => Promise<T> | T,
): Promise<T> {
  // A write makes what the page's own script read at start-up (early-reads.ts) stale.
  if (mode !== 'readonly') dropEarlyReads();
  return guarded(async () => {
    const tx = (await getDb()).transaction(stores, mode);
    const done = tx.done;
    done.catch(() => {});
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request, or already finished.
      }
      await done.catch(() => {});
      throw error;
    }
  });
}
