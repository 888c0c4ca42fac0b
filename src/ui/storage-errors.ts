import { t } from '../i18n/i18n';
import type { StorageError, StorageErrorKind } from '../storage/storage-error';
import { showToast } from './toast-store';

/** The translated explanation of a failed write. */
export function storageErrorMessage(error: unknown): string {
  // By name, not instanceof: screens get storage errors from stores and never load storage code.
  const kind: StorageErrorKind = (error as Partial<StorageError> | null)?.name === 'StorageError' ? (error as StorageError).kind : 'unknown';
  return t(`storageError.${kind}`);
}

/** Shows a failed write to the user (nothing was half-written: each write is one transaction). */
export function reportStorageError(error: unknown): void {
  console.error(error);
  showToast({ message: storageErrorMessage(error), tone: 'error' });
}
