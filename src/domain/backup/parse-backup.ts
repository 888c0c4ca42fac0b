import { APP_VERSION_CAP } from '../caps';
import type { BackupError, ParseBackupResult } from './backup-error';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_LENGTH, upgradeBackupData } from './backup-format';
import { checkBackupData } from './check-backup-data';
import { checkString, field } from './check-value';
import { InvalidBackup, invalid } from './backup-error';

/**
 * Reads a backup file's text: size, JSON, format, version (upgrading older ones), then every
 * record. Nothing is returned unless all of it is valid; never throws.
 */
export function parseBackup(text: string): ParseBackupResult {
  if (text.length > MAX_BACKUP_LENGTH) return fail({ kind: 'too-large', max: MAX_BACKUP_LENGTH });
  let raw: unknown;
  try {
    // Some editors save JSON with a byte-order mark, which JSON.parse refuses.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'not-json' });
  }
  try {
    return readEnvelope(raw);
  } catch (error) {
    if (error instanceof InvalidBackup) return fail({ kind: 'invalid', path: error.path, reason: error.reason });
    // Only a bug in a check could land here; still a result, not an exception.
    return fail({ kind: 'invalid', path: '', reason: 'unknown value' });
  }
}

function readEnvelope(raw: unknown): ParseBackupResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail({ kind: 'not-meishi' });
  const envelope = raw as Record<string, unknown>;
  if (field(envelope, 'format') !== BACKUP_FORMAT) return fail({ kind: 'not-meishi' });
  const version = field(envelope, 'version');
  if (!Number.isSafeInteger(version) || (version as number) < 1) invalid('version', 'expected positive integer');
  if ((version as number) > BACKUP_VERSION) return fail({ kind: 'newer-version', version: version as number });
  const exportedAt = field(envelope, 'exportedAt');
  const appVersion = field(envelope, 'appVersion');
  const upgraded = upgrade(field(envelope, 'data'), version as number);
  const data = checkBackupData(upgraded, 'data');
  return {
    ok: true,
    data,
    summary: {
      cards: data.cards.length,
      contacts: data.contacts.length,
      events: data.events.length,
      exportedAt: exportedAt === undefined ? null : parseTime(checkString(exportedAt, 'exportedAt', 100)),
      appVersion: appVersion === undefined ? null : checkString(appVersion, 'appVersion', APP_VERSION_CAP),
      version: version as number,
    },
  };
}

function upgrade(data: unknown, version: number): unknown {
  let upgraded: { data: unknown } | null;
  try {
    upgraded = upgradeBackupData(data, version);
  } catch {
    // A step met data it cannot read: the file is broken, not the app.
    invalid('data', 'migration failed');
  }
  // A missing step is a gap in the ladder (a bug); the migrations test guards against it.
  return upgraded ? upgraded.data : invalid('version', 'unknown value');
}

// The header time is informative only: an unreadable one is shown as unknown, not refused.
function parseTime(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

function fail(error: BackupError): ParseBackupResult {
  return { ok: false, error };
}
