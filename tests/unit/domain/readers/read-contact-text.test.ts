import { describe, expect, it } from 'vitest';
import { MAX_CONTACT_TEXT_LENGTH, readContactText } from '../../../../src/domain/readers/read-contact-text';
import type { ReadResult } from '../../../../src/domain/readers/finish-card';
import { vcard } from './read-fixture';

function value(result: ReadResult) {
  if (!result.ok) throw new Error(`expected a card, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const NOT_A_CARD = { ok: false, error: { kind: 'not-a-card' } };

describe('readContactText: recognising the format', () => {
  it('reads a vCard, case-insensitively, after a BOM or blank lines', () => {
    for (const prefix of ['', '\uFEFF', '\r\n  \n', '\uFEFF\n']) {
      const read = value(readContactText(prefix + vcard('VERSION:3.0', 'FN:山田 太郎', 'EMAIL:taro@example.co.jp')));
      expect(read).toMatchObject({ source: 'vcard', card: { name: '山田 太郎', email: 'taro@example.co.jp' } });
    }
    expect(value(readContactText('begin:vcard\nfn:Taro\nemail:taro@example.com\nend:vcard')).card.name).toBe('Taro');
  });

  it('reads the first of several vCards in one code', () => {
    expect(value(readContactText(vcard('FN:One', 'EMAIL:one@example.com') + vcard('FN:Two', 'EMAIL:two@example.com'))).card.name).toBe('One');
  });

  it('reads a MECARD', () => {
    expect(value(readContactText('MECARD:N:山田,太郎;SOUND:やまだ,たろう;EMAIL:taro@example.co.jp;;'))).toMatchObject({
      source: 'mecard',
      card: { name: '山田 太郎', reading: 'やまだ たろう' },
    });
  });

  it('reads the first address of a mailto: link, ignoring subject and body', () => {
    const read = value(readContactText('mailto:taro@example.co.jp?subject=Hello&body=Nice%20to%20meet%20you'));
    expect(read).toEqual({
      card: { name: '', reading: '', org: '', title: '', email: 'taro@example.co.jp', website: '', tagline: '' },
      extraEmails: [],
      nameParts: null,
      source: 'mailto',
      note: '',
    });
    expect(value(readContactText('MAILTO:a@example.com,b@example.com?cc=c@example.com')).card.email).toBe('a@example.com');
    expect(value(readContactText('mailto:?to=to@example.com&subject=x')).card.email).toBe('to@example.com');
  });

  it('percent-decodes mailto: addresses', () => {
    expect(value(readContactText('mailto:taro.yamada%40example.co.jp')).card.email).toBe('taro.yamada@example.co.jp');
    expect(value(readContactText('mailto:a%2Bmeishi@Example.COM')).card.email).toBe('a+meishi@example.com');
    expect(value(readContactText('mailto:%E5%B1%B1%E7%94%B0@example.co.jp')).card.email).toBe('山田@example.co.jp');
  });

  it('refuses a mailto: link with a bad or missing address as malformed', () => {
    expect(readContactText('mailto:%E5%ZZ@example.com')).toEqual({ ok: false, error: { kind: 'malformed', detail: 'bad percent-encoding in mailto: link' } });
    for (const text of ['mailto:', 'mailto:not-an-address', 'mailto:?subject=hi', 'mailto:javascript:alert(1)']) {
      expect(readContactText(text), text).toEqual({ ok: false, error: { kind: 'malformed', detail: 'no valid address in mailto: link' } });
    }
  });

  it('reads a bare email address', () => {
    expect(value(readContactText('  Taro.Yamada@Example.CO.JP\n'))).toMatchObject({ source: 'mailto', card: { email: 'Taro.Yamada@example.co.jp' } });
  });

  it('says anything else is not a card', () => {
    for (const text of [
      '',
      '   ',
      'https://example.com/',
      'https://meishi.example/#m1~abc~1~Taro',
      'Hello world',
      'taro at example.com',
      'WIFI:S:cafe;T:WPA;P:secret;;',
      'tel:+81300000000',
      '<script>alert(1)</script>',
      '<html><body>BEGIN:VCARD</body></html>',
      'javascript:alert(1)',
    ]) {
      expect(readContactText(text), text).toEqual(NOT_A_CARD);
    }
  });
});

describe('readContactText: hostile input', () => {
  it(`refuses text over ${MAX_CONTACT_TEXT_LENGTH} UTF-16 units before parsing`, () => {
    expect(MAX_CONTACT_TEXT_LENGTH).toBe(8192);
    const huge = vcard('FN:x', 'EMAIL:x@example.com', `NOTE:${'a'.repeat(10 * 1024 * 1024)}`);
    expect(readContactText(huge)).toEqual({ ok: false, error: { kind: 'too-large', limit: MAX_CONTACT_TEXT_LENGTH } });
    // Even pathological text that no pattern would finish quickly on.
    expect(readContactText(' '.repeat(10_000_000) + 'x')).toEqual({ ok: false, error: { kind: 'too-large', limit: MAX_CONTACT_TEXT_LENGTH } });
  });

  it('reads text right at the limit', () => {
    const base = vcard('FN:x', 'EMAIL:x@example.com', 'NOTE:');
    const atLimit = base.replace('NOTE:', `NOTE:${'a'.repeat(MAX_CONTACT_TEXT_LENGTH - base.length)}`);
    expect(atLimit).toHaveLength(MAX_CONTACT_TEXT_LENGTH);
    expect(readContactText(atLimit).ok).toBe(true);
  });

  it('says binary garbage is not a card', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(readContactText(new TextDecoder('latin1').decode(bytes))).toEqual(NOT_A_CARD);
    expect(readContactText('\u0000\u0001\uFFFD\uD800')).toEqual(NOT_A_CARD);
  });

  it('reports a truncated vCard (a code cut short) as malformed', () => {
    expect(readContactText('BEGIN:VCARD\nVERSION:3.0\nFN:Taro\nEMAIL:taro@exa')).toEqual({ ok: false, error: { kind: 'malformed', detail: 'no END:VCARD' } });
  });

  it('refuses a vCard with no name and no email', () => {
    expect(readContactText(vcard('VERSION:3.0', 'TEL:0312345678'))).toEqual({ ok: false, error: { kind: 'empty-card' } });
  });
});
