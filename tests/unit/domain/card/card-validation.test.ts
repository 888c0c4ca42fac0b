import { describe, expect, it } from 'vitest';
import { validateCard, validateLabel } from '../../../../src/domain/card/card-validation';
import { FIELD_CAPS, LABEL_CAP } from '../../../../src/domain/caps';
import { makeEmptyCard } from '../../../../src/domain/types';

const base = { ...makeEmptyCard(), name: 'Jane Doe', email: 'jane@example.com' };

describe('validateCard', () => {
  it('accepts a card with only an email', () => {
    expect(validateCard({ ...makeEmptyCard(), email: 'a@example.com' }).ok).toBe(true);
  });

  it('requires an email', () => {
    expect(validateCard({ ...base, email: '   ' }).errors).toEqual({ email: { code: 'required' } });
  });

  it('checks email syntax', () => {
    for (const email of ['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'a@b@example.com', 'jane@exa_mple.com', 'jane..doe@example.com', 'jane@1.2.3.4']) {
      expect(validateCard({ ...base, email }).errors.email, email).toEqual({ code: 'email' });
    }
    for (const email of ['jane.doe+meishi@example.co.jp', 'taro@例え.jp', 'o\'brien@example.ie']) {
      expect(validateCard({ ...base, email }).ok, email).toBe(true);
    }
  });

  it('lower-cases the email domain only', () => {
    expect(validateCard({ ...base, email: ' Jane.Doe@Example.COM ' }).value.email).toBe('Jane.Doe@example.com');
  });

  it('accepts only http(s):// websites', () => {
    for (const website of ['example.com', 'javascript:alert(1)', 'ftp://example.com', 'https://', 'https://user:pw@example.com', 'data:text/html,hi']) {
      expect(validateCard({ ...base, website }).errors.website, website).toEqual({ code: 'website' });
    }
    for (const website of ['https://example.com', 'http://example.com/path?q=1', 'https://例え.jp']) {
      expect(validateCard({ ...base, website }).ok, website).toBe(true);
    }
  });

  it('caps every field’s length, after trimming, without cutting silently', () => {
    for (const field of ['name', 'reading', 'org', 'title', 'tagline'] as const) {
      const max = FIELD_CAPS[field];
      expect(validateCard({ ...base, [field]: ` ${'あ'.repeat(max)} ` }).ok, field).toBe(true);
      const result = validateCard({ ...base, [field]: 'あ'.repeat(max + 1) });
      expect(result.errors[field]).toEqual({ code: 'too-long', max });
      expect(result.value[field]).toHaveLength(max + 1);
    }
    expect(validateCard({ ...base, website: `https://example.com/${'a'.repeat(2048)}` }).errors.website).toEqual({ code: 'too-long', max: 2048 });
  });

  it('trims, collapses whitespace to one line, normalises to NFC and drops control and bidi characters', () => {
    const result = validateCard({ ...base, name: '  e\u0301lise \n\t Dupont\u202e ', org: 'A\u0000B' });
    expect(result.value.name).toBe('\u00e9lise Dupont');
    expect(result.value.org).toBe('A B');
  });
});

describe('validateLabel', () => {
  it('trims and caps card labels', () => {
    expect(validateLabel('  Work ')).toEqual({ value: 'Work' });
    expect(validateLabel('x'.repeat(LABEL_CAP + 1)).error).toEqual({ code: 'too-long', max: LABEL_CAP });
  });
});
