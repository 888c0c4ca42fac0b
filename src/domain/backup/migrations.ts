import { BACKUP_VERSION } from './backup-format';

// The upgrade ladder for backup files. Each step takes the `data` of one version to the next,
// so a file of any earlier version walks every step in order and is then checked as current.
// To make version 2: raise BACKUP_VERSION, add `1: (data) => …` here, and add the fixture
// tests/fixtures/backups/v2.json. Never edit a released step; add one.

/** A step: the raw `data` of version N in, the raw `data` of version N + 1 out (unchecked both ways). */
export type BackupMigration = (data: unknown) => unknown;

/** The steps by the version they upgrade from. Empty while only version 1 exists. */
export const MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

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
