import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLDER_NAMES, FOLDER_NAME_CAP, changesSinceExport, folderName, planFilters } from '../../../../src/domain/mail/filter-plan';
import { filterSample } from './filter-sample';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

describe('planFilters', () => {
  const sample = filterSample(NOW);
  const rules = planFilters(sample);
  const byTag = new Map(rules.map((rule) => [rule.tag, rule]));

  it('has one rule per handed-out address, oldest first, naming the tagged address', () => {
    expect(rules).toHaveLength(sample.tags.length);
    expect(rules.map((rule) => rule.tag).slice(0, 4)).toEqual(['dea444', 'kep333', 'exp111', 'nwe222']);
    expect(byTag.get('nwe222')?.address).toBe('taro+nwe222@example.com');
    expect(byTag.get('dea444')?.address).toBe('Taro.Work+dea444@fastmail.com');
  });

  it('leaves out an entry whose tagged address cannot be made, rather than naming the plain address', () => {
    const broken = { ...sample.tags[0]!, tag: 'Not A Tag' };
    const plan = planFilters({ ...sample, tags: [broken, { ...sample.tags[1]!, baseEmail: 'taro+x@example.com' }] });
    expect(plan).toEqual([]);
  });

  it('marks expired addresses, but never one kept alive by a Done contact', () => {
    expect(rules.filter((rule) => rule.expired).map((rule) => rule.tag).sort()).toEqual([...sample.expect.expired].sort());
    expect(byTag.get('kep333')).toMatchObject({ expired: false, expiresAt: null });
    expect(byTag.get('nwe222')).toMatchObject({ expired: false, expiresAt: NOW + 6 * 3_600_000 });
  });

  it("names each event's folder from its name, and a deleted event's from the fallback", () => {
    expect(byTag.get('exp111')?.folder).toBe('Meishi: Shibuya Mixer');
    expect(byTag.get('kep333')?.folder).toBe('Meishi: 渋谷異業種交流会');
    expect(byTag.get('dea444')?.folder).toBe('Meishi: event');
    expect(planFilters({ ...sample, names: { ...DEFAULT_FOLDER_NAMES, eventFolder: 'Meishi {event} $& $1' } }).find((r) => r.tag === 'exp111')?.folder).toBe(
      'Meishi Shibuya Mixer $& $1',
    );
  });

  it('makes every folder name one line without nesting characters, within the cap', () => {
    for (const rule of rules) {
      expect(rule.folder).not.toMatch(/[/\\.\u0000-\u001f\u2028]/);
      expect(rule.folder.length).toBeLessThanOrEqual(FOLDER_NAME_CAP);
      expect(rule.folder.startsWith('Meishi: ')).toBe(true);
    }
    expect(folderName('  a/b\\c.d\r\ne  ')).toBe('a-b-c-d e');
  });
});

describe('changesSinceExport', () => {
  const HOUR = 3_600_000;
  const entry = (tag: string, createdAt: number, expiresAt: number) => ({ tag, eventId: `e-${tag}`, baseEmail: 'taro@example.com', createdAt, expiresAt });
  const tags = [
    entry('aaaaaa', NOW - 72 * HOUR, NOW - 48 * HOUR),
    entry('bbbbbb', NOW - 30 * HOUR, NOW - 2 * HOUR),
    entry('cccccc', NOW - 3 * HOUR, NOW + 5 * HOUR),
    entry('dddddd', NOW - 30 * HOUR, NOW - 1 * HOUR),
  ];

  it('counts the addresses that expired and those handed out after the last export', () => {
    expect(changesSinceExport(tags, new Set(), NOW - 24 * HOUR, NOW)).toEqual({ expired: 2, added: 1 });
  });

  it('leaves out an address a Done contact keeps alive', () => {
    expect(changesSinceExport(tags, new Set(['dddddd']), NOW - 24 * HOUR, NOW)).toEqual({ expired: 1, added: 1 });
  });

  it('counts everything when the filters were never exported, and nothing right after an export', () => {
    expect(changesSinceExport(tags, new Set(), null, NOW)).toEqual({ expired: 3, added: 4 });
    expect(changesSinceExport(tags, new Set(), NOW, NOW)).toEqual({ expired: 0, added: 0 });
  });
});
