import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { BACKUP_VERSION, MIGRATIONS, upgradeBackupData } from '../../../../src/domain/backup/backup-format';
import { parseBackup } from '../../../../src/domain/backup/parse-backup';

const fixture = (version: number) => new URL(`../../../fixtures/backups/v${version}.json`, import.meta.url);
const versions = Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1);

describe('backups from every format version', () => {
  it('has one upgrade step for every version before the current one, and no other', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(versions.slice(0, -1));
  });

  it.each(versions)('accepts the frozen version-%i fixture', (version) => {
    // A new format version must add its fixture: files users already hold must keep restoring.
    expect(existsSync(fixture(version))).toBe(true);
    const result = parseBackup(readFileSync(fixture(version), 'utf8'));
    expect(result.ok && result.summary.version).toBe(version);
    expect(result.ok && result.summary.contacts).toBeGreaterThan(0);
  });

  it('leaves current-version data as it is', () => {
    const data = { cards: [] };
    expect(upgradeBackupData(data, BACKUP_VERSION)).toEqual({ data });
  });
});
