import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type MeishiSchema } from './schema';
import { upgradeDatabase } from './upgrade';

/** Something the user should know about the database connection. */
export type DbNotice = 'blocked' | 'version-change';
/** The open database. */
export type MeishiDb = IDBPDatabase<MeishiSchema>;

const listeners = new Set<(notice: DbNotice) => void>();
let current: Promise<MeishiDb> | null = null;
let name = DB_NAME;

/** Subscribes to connection notices; returns the unsubscribe function. */
export function onDbNotice(listener: (notice: DbNotice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(notice: DbNotice): void {
  for (const listener of listeners) listener(notice);
}

/** Opens a Meishi database by name, walking the upgrade ladder (`version` is for migration tests). */
export function openMeishiDb(dbName: string = DB_NAME, version: number = DB_VERSION): Promise<MeishiDb> {
  const opening = openDB<MeishiSchema>(dbName, version, {
    upgrade: upgradeDatabase,
    // Another tab still has an older version open: it must close before we can upgrade.
    blocked: () => notify('blocked'),
    // A newer version (another tab, after an update) wants to upgrade: step aside and say so.
    blocking: () => {
      void opening.then((db) => db.close());
      if (current === opening) current = null;
      notify('version-change');
    },
    // The browser closed the connection (storage cleared, crash): reopen on next use.
    terminated: () => {
      if (current === opening) current = null;
    },
  });
  return opening;
}

/** The app's shared connection, opened on first use and reopened if it was closed. */
export function getDb(): Promise<MeishiDb> {
  if (!current) {
    current = openMeishiDb(name);
    current.catch(() => {
      current = null;
    });
  }
  return current;
}

/** Points the app at another database (tests, and restore into a fresh profile). */
export async function useDatabase(dbName: string): Promise<void> {
  if (current) (await current.catch(() => null))?.close();
  current = null;
  name = dbName;
}
