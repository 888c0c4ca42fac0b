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

describe('version 1 → 2: contacts keep their name’s parts', () => {
  it('gives every contact of a version-1 backup no parts (guessed from its name, as version 1 did)', () => {
    const result = parseBackup(readFileSync(fixture(1), 'utf8'));
    expect(result.ok && result.data.contacts.map((c) => c.nameParts)).toEqual([null, null]);
  });

  it('keeps the parts of a version-2 backup exactly, lists and readings', () => {
    const result = parseBackup(readFileSync(fixture(2), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const parts = new Map(result.data.contacts.map((c) => [c.id, c.nameParts]));
    expect(parts.get('contact-1')).toEqual({ family: ['佐藤'], given: ['花子'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'はなこ', middleReading: '' });
    expect(parts.get('contact-3')).toMatchObject({ middle: ['Philip', 'Paul'], prefix: ['Dr.'], suffix: ['Jr.', 'M.D.', 'A.C.P.'] });
    expect(parts.get('contact-2')).toBeNull();
  });

  it('leaves what is not a list of contacts for the check to refuse', () => {
    const step = MIGRATIONS[1]!;
    expect(step({ contacts: 'x' })).toEqual({ contacts: 'x' });
    expect(step({ contacts: [1, { id: 'a' }] })).toEqual({ contacts: [1, { id: 'a', nameParts: null }] });
    expect(step(null)).toBeNull();
  });

  it('refuses parts that no reader or form could produce', () => {
    const file = JSON.parse(readFileSync(fixture(2), 'utf8'));
    file.data.contacts[0].nameParts.given = ['', 'x'];
    expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: false, error: { path: 'data.contacts[0].nameParts.given[0]', reason: 'empty' } });
    file.data.contacts[0].nameParts.given = Array.from({ length: 11 }, (_, i) => `g${i}`);
    expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: false, error: { path: 'data.contacts[0].nameParts.given', reason: 'too long' } });
    delete file.data.contacts[0].nameParts;
    expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: false, error: { path: 'data.contacts[0].nameParts', reason: 'missing' } });
  });
});
