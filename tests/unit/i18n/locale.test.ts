import { describe, expect, it } from 'vitest';
import { parsePreference, pickLocale } from '../../../src/i18n/locale';

describe('pickLocale', () => {
  it('follows the first supported browser language', () => {
    expect(pickLocale(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickLocale(['en-GB', 'ja'])).toBe('en');
    expect(pickLocale(['fr-FR', 'ja'])).toBe('ja');
    expect(pickLocale(['JA'])).toBe('ja');
  });

  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['de-DE', 'fr'])).toBe('en');
  });
});

describe('parsePreference', () => {
  it('accepts only known languages, anything else follows the browser', () => {
    expect(parsePreference('ja')).toBe('ja');
    expect(parsePreference('en')).toBe('en');
    expect(parsePreference(null)).toBe('auto');
    expect(parsePreference('<script>')).toBe('auto');
  });
});
