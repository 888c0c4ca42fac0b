import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeWebsite } from '../../../../src/domain/card/website';
import { plainWebsiteLabel, shownWebsite, websiteLabel } from '../../../../src/domain/card/website-label';

const label = (typed: string) => websiteLabel(safeWebsite(typed)!);

describe('websiteLabel: the address a link really opens', () => {
  it('shows plain hosts and paths as they are, without https://', () => {
    expect(label('https://example.co.jp')).toBe('example.co.jp');
    expect(label('www.example.com/portfolio?lang=ja')).toBe('www.example.com/portfolio?lang=ja');
    expect(label('http://example.com/')).toBe('http://example.com');
  });

  it('shows the host a backslash trick really opens, not the one it seems to name', () => {
    expect(safeWebsite('http://evil.example\\@good.example/')).toBe('http://evil.example/@good.example/');
    expect(label('http://evil.example\\@good.example/')).toBe('http://evil.example/@good.example/');
  });

  it('shows a host that mixes scripts in punycode, as browsers do', () => {
    // The second letter is Cyrillic а (U+0430).
    expect(label('https://eх\u0430mple.com')).toMatch(/^xn--/);
    expect(label('https://ex\u0430mple.com')).toBe('xn--exmple-4nf.com');
  });

  it('shows a Cyrillic host posing as Latin under a Latin top-level domain in punycode', () => {
    expect(label('https://\u0430\u0440\u0440\u04cf\u0435.com')).toMatch(/^xn--/);
  });

  it('shows real internationalised hosts in their own script', () => {
    expect(label('https://日本語ドメイン.jp')).toBe('日本語ドメイン.jp');
    expect(label('https://пример.рф')).toBe('пример.рф');
    expect(label('https://bücher.de')).toBe('bücher.de');
  });
});

describe('plainWebsiteLabel: the first look’s label, before the Unicode check is loaded', () => {
  it('shows every host as the link opens it, an international one in its xn-- form', () => {
    for (const typed of ['https://example.co.jp/', 'http://example.com:8080/work?x=1', 'https://exаmple.com/', 'https://例え.jp/', 'http://evil.example\\@good.example/']) {
      const href = safeWebsite(typed)!;
      const plain = plainWebsiteLabel(href);
      expect(plain).toMatch(/^[\x21-\x7e]+$/);
      // The same host, port and path as the full label, only never decoded to Unicode.
      expect(new URL(`http://${plain.replace(/^http:\/\//, '')}`).hostname).toBe(new URL(href).hostname);
      if (!new URL(href).hostname.includes('xn--')) expect(plain).toBe(websiteLabel(href));
    }
    expect(plainWebsiteLabel(safeWebsite('https://例え.jp/')!)).toBe('xn--r8jz45g.jp');
  });
});

describe('shownWebsite: a card’s website as text', () => {
  it('is the host its link really opens, a lookalike in punycode', () => {
    expect(shownWebsite('https://ex\u0430mple.com/pay')).toBe('xn--exmple-4nf.com/pay');
    expect(shownWebsite('http://evil.example\\@good.example/')).toBe('http://evil.example/@good.example/');
    expect(shownWebsite('www.example.co.jp')).toBe('www.example.co.jp');
  });

  it('is the text itself when it is no safe link, and nothing for none', () => {
    expect(shownWebsite('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(shownWebsite('')).toBe('');
  });
});

describe('safeWebsite on ASCII and other hosts', () => {
  // The rule for a bare host as written once for all text; safeWebsite takes a quicker path on
  // ASCII hosts, which must read every text the same way.
  const HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#:].*)?$/u;
  const byTheRule = (value: string): string | null => {
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > 2048 || /\s/.test(trimmed)) return null;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : HOST.test(trimmed) ? `https://${trimmed}` : trimmed;
    try {
      const url = new URL(withScheme);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.hostname.includes('.') ? url.href : null;
    } catch {
      return null;
    }
  };
  const piece = fc.constantFrom('a', 'Z', '0', '.', '-', '/', '?', '#', ':', '@', '_', '%', ' ', 'é', '例', 'ａ', '１', '²', '\u200b', '😀', 'http', 'www.', '.jp');
  const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

  it('reads every text as the rule for all text does', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 30 })), (value) => safeWebsite(value) === byTheRule(value)), { numRuns: 5000 });
    for (const value of ['example.co.jp', '例え.jp/about', 'example.com/日本', 'ex²mple.com', 'a.b:8080', '-a.b'])
      expect(safeWebsite(value), value).toBe(byTheRule(value));
  });
});
