import { describe, expect, it } from 'vitest';
import { emailKey, makeMailto } from '../../../../src/domain/card/email';
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
