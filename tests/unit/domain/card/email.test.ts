import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKey, isValidEmail, makeMailto } from '../../../../src/domain/card/email';
import { cleanLine, hasInvisible } from '../../../../src/domain/card/clean-text';
import { safeWebsite } from '../../../../src/domain/card/website';

describe('makeMailto', () => {
  it('builds a mailto: link from a valid address only', () => {
    expect(makeMailto('taro@example.co.jp')).toBe('mailto:taro@example.co.jp');
    expect(makeMailto('taro@example.co.jp?cc=evil@example.com')).toBeNull();
    expect(makeMailto('javascript:alert(1)//@example.com')).toBeNull();
    expect(makeMailto('a@example.com\r\nBcc: x@example.com')).toBeNull();
  });

  it('encodes subject and body so they cannot add headers', () => {
    const link = makeMailto('a+b@example.com', 'Nice to meet you & more', 'Line 1\nLine 2 日本語')!;
    expect(link.startsWith('mailto:a%2Bb@example.com?subject=')).toBe(true);
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Nice to meet you & more');
    expect(url.searchParams.get('body')).toBe('Line 1\nLine 2 日本語');
    expect(link).not.toContain('+');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('compares addresses case-insensitively', () => {
    expect(emailKey(' Taro@Example.CO.JP')).toBe(emailKey('taro@example.co.jp'));
  });
});

describe('safeWebsite', () => {
  it('allows only http and https links', () => {
    expect(safeWebsite('https://example.com/a')).toBe('https://example.com/a');
    expect(safeWebsite('www.example.com')).toBe('https://www.example.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', 'https://a b.com', 'https://user@example.com', 'localhost', '']) {
      expect(safeWebsite(bad), bad).toBeNull();
    }
  });
});

describe('addresses with characters nobody can see', () => {
  it('are refused, not cleaned: they exist only to pass for another address', () => {
    for (const address of ['\u3164@example.com', 'taro\u3164@example.com', 'taro@exa\u200bmple.com', 'ta\u200dro@example.com', 'taro@example.com\ufeff', 'ta\u00adro@example.com']) {
      expect(isValidEmail(address), JSON.stringify(address)).toBe(false);
      expect(makeMailto(address)).toBeNull();
    }
  });
});

describe('cleanLine on names', () => {
  it('drops invisible characters and direction overrides, so a name shows what it holds', () => {
    expect(cleanLine('Ta\u200bro\u3164 Ya\u2060ma\ufeffda\u00ad')).toBe('Taro Yamada');
    expect(cleanLine('\u202eadamaY\u202c \u0007Taro')).toBe('adamaY Taro');
    expect(cleanLine('\u3164')).toBe('');
    expect(cleanLine('\u200d Taro \u200c')).toBe('Taro');
  });

  it('keeps the joiners that real text needs', () => {
    expect(cleanLine('家族 👨\u200d👩\u200d👧')).toBe('家族 👨\u200d👩\u200d👧');
    expect(cleanLine('می\u200cخواهم')).toBe('می\u200cخواهم');
  });

  it('is idempotent', () => {
    for (const text of ['a\u200b b', '  \u3164 x ', 'Jose\u0301']) expect(cleanLine(cleanLine(text))).toBe(cleanLine(text));
  });
});

describe('the address check on ASCII and other text', () => {
  // The rule as written once for all text, with Unicode classes; isValidEmail takes a quicker
  // path on ASCII, which must decide every address the same way.
  const LOCAL = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
  const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
  const byTheRule = (value: string): boolean => {
    if (value.length > 254 || hasInvisible(value)) return false;
    const at = value.lastIndexOf('@');
    if (at <= 0 || at !== value.indexOf('@')) return false;
    const local = value.slice(0, at);
    const labels = value.slice(at + 1).split('.');
    if (local.length > 64 || !LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
    return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]!);
  };
  const piece = fc.constantFrom('a', 'Z', '0', '9', '.', '-', '_', '+', '@', '!', '~', ' ', '"', '\u0000', '\u007f', 'é', 'ａ', '１', '名', '\u200b', '\u200d', '\u3164', '²', 'Ⅻ');
  const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
  const asciiWord = fc.array(fc.constantFrom('a', 'Z', '0', '9', '-', '_', '+', '!'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  const anyWord = fc.array(piece.filter((p) => p !== '@' && p !== '.'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  const word = fc.oneof(asciiWord, anyWord);
  // Mostly shaped like an address, so that the checks past the first are reached.
  const address = fc.oneof(text, fc.tuple(word, fc.array(word, { minLength: 1, maxLength: 3 })).map(([local, labels]) => `${local}@${labels.join('.')}`));

  it('decides every address as the rule for all text does', () => {
    fc.assert(fc.property(fc.oneof(address, fc.string({ unit: 'grapheme', maxLength: 30 })), (value) => isValidEmail(value) === byTheRule(value)), { numRuns: 5000 });
    for (const value of ['taro@example.co.jp', 'タロウ@例え.jp', 'taro@例え.jp', 'a@b.c1', 'a@b.12', 'a²@example.com', 'a@ex²mple.com', 'a@-x.com', 'taro@3com.jp', 'taro@x-1.jp', '1@example.com'])
      expect(isValidEmail(value), value).toBe(byTheRule(value));
  });
});
