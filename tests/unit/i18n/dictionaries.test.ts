import { describe, expect, it } from 'vitest';
import { flatten } from '@solid-primitives/i18n';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { screensEn } from '../../../src/i18n/en-screens';
import { screensJa } from '../../../src/i18n/ja-screens';
import { INVALID_REASONS } from '../../../src/domain/backup/backup-error';

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the Japanese and English dictionaries', () => {
  // With the parts loaded later (DictionaryParts), which must not reuse a key of the first-paint part.
  const flatEn = flatten({ ...en, ...screensEn }) as Record<string, unknown>;
  const flatJa = flatten({ ...ja, ...screensJa }) as Record<string, unknown>;

  it('keep each part’s keys apart from the first-paint dictionary', () => {
    const base = Object.keys(flatten(en));
    expect(Object.keys(flatten(screensEn)).filter((key) => base.includes(key))).toEqual([]);
  });

  it('have the same keys', () => {
    expect(Object.keys(flatJa).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it('translate every message (no empty strings) with the same placeholders', () => {
    for (const [key, value] of Object.entries(flatEn)) {
      const other = flatJa[key];
      if (typeof value === 'string') {
        expect(value.trim(), key).not.toBe('');
        expect(typeof other, key).toBe('string');
        expect((other as string).trim(), key).not.toBe('');
        expect(placeholders(other as string), key).toEqual(placeholders(value));
      } else if (typeof value === 'function') {
        expect(typeof other, key).toBe('function');
      }
    }
  });
});

describe('why a backup was refused', () => {
  it('is said in words in both languages, never as the English code', () => {
    const flatEn = flatten(screensEn) as Record<string, unknown>;
    const flatJa = flatten(screensJa) as Record<string, unknown>;
    for (const reason of INVALID_REASONS) {
      const key = `backup.errors.reasons.${reason}`;
      expect(typeof flatEn[key], key).toBe('string');
      expect(flatJa[key], key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(flatJa[key], key).not.toContain(reason);
    }
  });
});

describe('message keys', () => {
  it('are checked by the compiler, including keys built from a list of ids', () => {
    // `npm test` type-checks the tests: each line below would fail the build if the compiler
    // accepted a key the dictionaries lack, so a missing entry cannot reach the UI.
    type Key = Parameters<typeof import('../../../src/i18n/i18n').t>[0];
    const known: Key = 'nav.contacts';
    // @ts-expect-error — not a message key
    const unknown: Key = 'nav.nowhere';
    const flag = 'line' as 'line' | 'referral' | 'network';
    const built: Key = `flags.${flag}`;
    const missing = 'line' as 'line' | 'nowhere';
    // @ts-expect-error — `flags.nowhere` is not in the dictionary
    const builtMissing: Key = `flags.${missing}`;
    expect([known, unknown, built, builtMissing]).toHaveLength(4);
  });
});

describe('the parts of the dictionary', () => {
  it('never share a section, so merging them loses no message', async () => {
    const parts = await Promise.all(['shell', 'card', 'scan', 'contacts', 'events', 'data', 'settings', 'mail', 'paper', 'receive'].map((name) => import(`../../../src/i18n/en/${name}.ts`)));
    const sections = parts.flatMap((module) => Object.keys(Object.values(module)[0] as object));
    expect(sections.length).toBe(new Set(sections).size);
  });
});
