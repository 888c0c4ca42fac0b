import type { InvalidReason } from './backup-error';

// The field checks throw this and `parseBackup` alone catches it, so the deep checks stay
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
