import { t } from '../i18n/i18n';
import { StorageError } from '../storage/storage-error';
import { showToast } from './toast-store';

/** The translated explanation of a failed write. */
export function storageErrorMessage(error: unknown): string {
  const kind = error instanceof StorageError ? error.kind : 'unknown';
  return t(`storageError.${kind}`);
}

/** Shows a failed write to the user (nothing was half-written: each write is one transaction). */
export function reportStorageError(error: unknown): void {
  console.error(error);
  showToast({ message: storageErrorMessage(error), tone: 'error' });
}
