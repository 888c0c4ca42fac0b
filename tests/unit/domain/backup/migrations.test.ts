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

  it('reads a version-1 file as version 2: every card’s per-event option off, an empty tag map, nothing else changed', () => {
    const v1 = JSON.parse(readFileSync(fixture(1), 'utf8'));
    const result = parseBackup(JSON.stringify(v1));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.cards).toEqual(v1.data.cards.map((card: object) => ({ ...card, perEventAddress: false })));
    expect(result.data.eventTags).toEqual([]);
    expect(result.data.contacts).toEqual(v1.data.contacts);
    expect(result.data.events).toEqual(v1.data.events);
    expect(result.data.settings).toEqual(v1.data.settings);
  });

  it('the version-1 step passes on what it cannot read, for the checks to refuse with a path', () => {
    const step = MIGRATIONS[1]!;
    expect(step(null)).toBeNull();
    expect(step({ cards: 'x' })).toEqual({ cards: 'x', eventTags: [] });
    expect(step({ cards: [null, 3] })).toEqual({ cards: [null, 3], eventTags: [] });
    expect(parseBackup(JSON.stringify({ format: 'meishi-backup', version: 1, data: { cards: [null], contacts: [], events: [], settings: {} } }))).toEqual({
      ok: false,
      error: { kind: 'invalid', path: 'data.cards[0]', reason: 'expected object' },
    });
  });

  it('leaves current-version data as it is', () => {
    const data = { cards: [] };
    expect(upgradeBackupData(data, BACKUP_VERSION)).toEqual({ data });
  });
});
