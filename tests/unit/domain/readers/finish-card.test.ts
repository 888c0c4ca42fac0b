import { describe, expect, it } from 'vitest';
import { EXTRA_EMAILS_CAP, READ_CAPS } from '../../../../src/domain/caps';
import { finishCard, type RawCard } from '../../../../src/domain/readers/finish-card';

const empty: RawCard = { name: '', reading: '', nameParts: null, org: '', title: '', emails: [], websites: [], note: '' };

describe('field caps', () => {
  it('are the agreed numbers', () => {
    expect(READ_CAPS).toEqual({ name: 100, reading: 100, org: 100, title: 100, email: 254, website: 2048, tagline: 140, note: 2000 });
    expect(EXTRA_EMAILS_CAP).toBe(20);
  });
});

describe('finishCard', () => {
  it('cuts a long field without leaving a trailing space or half a surrogate pair', () => {
    const spaced = finishCard({ ...empty, name: `${'a'.repeat(99)} b` }, 'vcard');
    expect(spaced.ok && spaced.value.card.name).toBe('a'.repeat(99));
    const emoji = finishCard({ ...empty, name: `${'a'.repeat(99)}😀` }, 'vcard');
    expect(emoji.ok && emoji.value.card.name).toBe('a'.repeat(99));
  });

  it('keeps a note’s line breaks but drops its other controls', () => {
    const result = finishCard({ ...empty, name: 'x', note: '  one\r\ntwo\rthree\t\u0000\n\n' }, 'mecard');
    expect(result.ok && result.value.note).toBe('one\ntwo\nthree');
  });

  it('deduplicates addresses case-insensitively and keeps the first spelling', () => {
    const result = finishCard({ ...empty, emails: ['Taro@Example.com', 'taro@example.COM', 'TARO@EXAMPLE.COM', 'b@example.com'] }, 'vcard');
    expect(result.ok && [result.value.card.email, ...result.value.extraEmails]).toEqual(['Taro@example.com', 'b@example.com']);
  });

  it('accepts internationalised domains and local parts', () => {
    const result = finishCard({ ...empty, emails: ['山田@例え.jp'] }, 'vcard');
    expect(result.ok && result.value.card.email).toBe('山田@例え.jp');
  });

  it('refuses a card with neither name nor email', () => {
    expect(finishCard({ ...empty, org: 'Org', title: 'Title', note: 'note', websites: ['https://example.com'] }, 'vcard')).toEqual({ ok: false, error: { kind: 'empty-card' } });
  });
});
