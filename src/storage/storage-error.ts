/** Why a write failed, in terms the UI can explain. */
export type StorageErrorKind = 'quota' | 'aborted' | 'unavailable' | 'unknown';

/** A failed read or write; nothing half-written remains (each write is one transaction). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`storage: ${kind}`, options);
  }
}

/** Turns whatever IndexedDB threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageError('quota', { cause: error });
  if (name === 'AbortError' || name === 'TransactionInactiveError') return new StorageError('aborted', { cause: error });
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') return new StorageError('unavailable', { cause: error });
  return new StorageError('unknown', { cause: error });
}

/** Runs a storage operation, rethrowing failures as StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
