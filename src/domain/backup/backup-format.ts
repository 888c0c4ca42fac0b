import type { Contact, MeishiEvent, MyCard } from '../types';
import { canonicalContact, canonicalEvent, canonicalMyCard, canonicalSettings } from './canonical-records';

// A backup file: `{ format, version, exportedAt, appVersion, data: { cards, contacts, events, settings } }`.
// This module writes it and keeps the ladder that brings older versions up to date;
// parse-backup.ts reads it.

/** The `format` every Meishi backup file names itself with. */
export const BACKUP_FORMAT = 'meishi-backup';
/** The format version this code writes; it reads this one and every earlier one. */
export const BACKUP_VERSION = 2;
/** Longest backup text (UTF-16 units) the reader looks at; checked before JSON.parse. */
export const MAX_BACKUP_LENGTH = 50_000_000;

/** Settings by key; only keys the app knows survive a parse. */
export type BackupSettings = { [key: string]: unknown };

/** Everything a backup holds. */
export interface BackupData {
  cards: MyCard[];
  contacts: Contact[];
  events: MeishiEvent[];
  settings: BackupSettings;
}

/** The backup file's text for `data`: fixed key order, 2-space indent, so two backups diff cleanly. */
export function makeBackup(data: BackupData, now: number, appVersion: string): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    appVersion,
    data: {
      cards: data.cards.map(canonicalMyCard),
      contacts: data.contacts.map(canonicalContact),
      events: data.events.map(canonicalEvent),
      settings: canonicalSettings(data.settings),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// The upgrade ladder for backup files. Each step takes the `data` of one version to the next,
// so a file of any earlier version walks every step in order and is then checked as current.
// To make version 2: raise BACKUP_VERSION, add `1: (data) => …` here, and add the fixture
// tests/fixtures/backups/v2.json. Never edit a released step; add one.

/** A step: the raw `data` of version N in, the raw `data` of version N + 1 out (unchecked both ways). */
export type BackupMigration = (data: unknown) => unknown;

/** The steps by the version they upgrade from. */
export const MIGRATIONS: Readonly<Record<number, BackupMigration>> = {
  // Version 2: contacts keep their name's parts (`nameParts`). Version 1 never had them, so
  // each contact gets null: its parts are guessed from its name, as version 1 did on export.
  1: (data) => mapRecords(data, 'contacts', (contact) => ({ ...contact, nameParts: null })),
};

/**
 * `data` with each record of one kind passed through `step`; anything that is not the expected
 * shape is passed on untouched, for the check after the ladder to refuse with a precise path.
 */
function mapRecords(data: unknown, kind: keyof BackupData, step: (record: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const list = (data as Record<string, unknown>)[kind];
  if (!Array.isArray(list)) return data;
  const records = list.map((item: unknown) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? step(item as Record<string, unknown>) : item));
  return { ...data, [kind]: records };
}

/** Walks `data` from `fromVersion` up to BACKUP_VERSION; null when a step is missing. */
export function upgradeBackupData(data: unknown, fromVersion: number): { data: unknown } | null {
  let current = data;
  for (let version = fromVersion; version < BACKUP_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return null;
    current = step(current);
  }
  return { data: current };
}
