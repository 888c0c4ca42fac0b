import { beforeAll, describe, expect, it, vi } from 'vitest';

// The app's translator (i18n.ts) in English, as a page would load it.
let i18n: typeof import('../../../src/i18n/i18n');

beforeAll(async () => {
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  i18n = await import('../../../src/i18n/i18n');
  await i18n.initI18n();
  await i18n.loadMessages('screens');
});

describe('translating a message with values', () => {
  it('puts each value in as written, however it reads as a replacement pattern', () => {
    // A scanned name is anyone's text: "$&", "$'", "$`" and "$$" mean something to String.replace.
    expect(i18n.t('ics.summary', { name: 'Tom $& Co' })).toBe('Follow up with Tom $& Co');
    expect(i18n.t('contacts.deleted', { name: "A$'B$`C$$D" })).toBe("Deleted A$'B$`C$$D.");
  });

  it('does not fill a value that looks like a slot', () => {
    expect(i18n.t('contacts.deleted', { name: '{{ name }}' })).toBe('Deleted {{ name }}.');
  });

  it('fills numbers and leaves a message without values as it is', () => {
    expect(i18n.t('contacts.deleted', { name: 42 })).toBe('Deleted 42.');
    expect(i18n.t('ics.summary')).toBe('Follow up with {{ name }}');
  });
});
