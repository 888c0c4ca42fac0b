import type { BackupData } from './backup-format';

/** Every reason a field of a backup can be refused (machine-readable; each has a message in both languages). */
export const INVALID_REASONS = [
  'missing',
  'expected object',
  'expected array',
  'expected string',
  'expected number',
  'time out of range',
  'expected boolean',
  'expected positive integer',
  'expected non-negative integer',
  'expected date',
  // A real date outside the days the app keeps (1970–2199).
  'date out of range',
  'empty',
  'too long',
  'duplicate id',
  'duplicate value',
  'unknown flag',
  'unknown sign',
  'unknown source',
  'unknown verdict',
  'unknown value',
  'invalid email',
  'unsafe website',
  'migration failed',
  'damaged line',
  // A photo's bytes are not base64, or not the image format it names.
  'damaged photo',
  // A contact names a photo the file does not hold, or a photo belongs to no contact that names it.
  'unknown photo',
] as const;

/** Why a field of a backup was refused. */
export type InvalidReason = (typeof INVALID_REASONS)[number];

/** Why a backup file cannot be restored. */
export type BackupError =
  | { kind: 'too-large'; max: number }
  | { kind: 'not-json' }
  | { kind: 'not-meishi' }
  /** The file ends before everything its header promised (a failed copy, a full disk). */
  | { kind: 'truncated' }
  /** Made by a newer Meishi: update the app first. */
  | { kind: 'newer-version'; version: number }
  /** `path` is like `data.contacts[3].card.email`. */
  | { kind: 'invalid'; path: string; reason: InvalidReason };

/** What a valid backup holds, for the "restore?" confirmation. */
export interface BackupSummary {
  cards: number;
  contacts: number;
  events: number;
  /** When it was made (epoch ms), or null when the file does not say. */
  exportedAt: number | null;
  /** The Meishi version that made it, or null when the file does not say. */
  appVersion: string | null;
  version: number;
}

/** The outcome of reading a backup: validated data, or a typed error — never an exception. */
export type ParseBackupResult = { ok: true; data: BackupData; summary: BackupSummary } | { ok: false; error: BackupError };

// The field checks throw this and the backup reader alone catches it, so the deep checks stay
// short; it never escapes the module's public functions.

/** A refused field, with where and why. */
export class InvalidBackup extends Error {
  constructor(
    readonly path: string,
    readonly reason: InvalidReason,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Refuses the backup at `path`. */
export function invalid(path: string, reason: InvalidReason): never {
  throw new InvalidBackup(path, reason);
}
