import { describe, expect, it } from 'vitest';
import { flatten } from '@solid-primitives/i18n';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the Japanese and English dictionaries', () => {
  const flatEn = flatten(en) as Record<string, unknown>;
  const flatJa = flatten(ja) as Record<string, unknown>;

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
