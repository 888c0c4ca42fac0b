import { describe, expect, it } from 'vitest';
import { parseMeCard } from '../../../../src/domain/readers/read-contact-text';
import type { ParsedCard } from '../../../../src/domain/readers/finish-card';

function card(text: string): ParsedCard {
  const result = parseMeCard(text);
  if (!result.ok) throw new Error(`expected a card, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('parseMeCard', () => {
  it('reads a card as Japanese QR generators make it', () => {
    expect(card('MECARD:N:山田,太郎;SOUND:やまだ,たろう;TEL:09000000000;EMAIL:taro@example.co.jp;URL:https://example.co.jp;ORG:株式会社サンプル;NOTE:よろしくお願いします;;')).toEqual({
      card: {
        name: '山田 太郎',
        reading: 'やまだ たろう',
        org: '株式会社サンプル',
        title: '',
        email: 'taro@example.co.jp',
        website: 'https://example.co.jp/',
        tagline: '',
      },
      extraEmails: [],
      // "family,given" is the name in its parts.
      nameParts: { family: ['山田'], given: ['太郎'], middle: [], prefix: [], suffix: [], familyReading: 'やまだ', givenReading: 'たろう', middleReading: '' },
      source: 'mecard',
      note: 'よろしくお願いします',
    });
  });

  it('widens a half-width katakana SOUND (docomo phones)', () => {
    expect(card('MECARD:N:佐藤,花子;SOUND:ｻﾄｳ,ﾊﾅｺ;TEL:08000000000;EMAIL:hanako@example.co.jp;;').card.reading).toBe('サトウ ハナコ');
  });

  it('resolves \\: \\; \\, \\\\ escapes (ZXing writes them)', () => {
    const read = card('MECARD:N:Doe,Jane;ORG:Smith\\, Jones \\; Co.;URL:http\\://www.example.com;EMAIL:jane@example.com;NOTE:a \\\\ b \\: c;;');
    expect(read.card).toMatchObject({ name: 'Doe Jane', org: 'Smith, Jones ; Co.', website: 'http://www.example.com/' });
    expect(read.note).toBe('a \\ b : c');
  });

  it('keeps an escaped comma inside a name part', () => {
    expect(card('MECARD:N:Doe\\, Jr.,John;EMAIL:j@example.com;;').card.name).toBe('Doe, Jr. John');
  });

  it('reads unescaped colons in URLs, a one-part name, several addresses and no terminator', () => {
    const read = card('mecard:N:Taro Yamada;EMAIL:taro@example.com;EMAIL:Taro@Example.com;EMAIL:t.yamada@example.co.jp;URL:https://example.com/a?b=c');
    expect(read.card).toMatchObject({ name: 'Taro Yamada', email: 'taro@example.com', website: 'https://example.com/a?b=c' });
    expect(read.extraEmails).toEqual(['t.yamada@example.co.jp']);
  });

  it('ignores TEL, ADR, BDAY and unknown fields', () => {
    const read = card('MECARD:N:x;TEL:0312345678;TEL-AV:09000000000;ADR:東京都;BDAY:19900101;NICKNAME:t;EMAIL:x@example.com;;');
    expect(JSON.stringify(read)).not.toMatch(/0312|0900|東京都|1990/);
  });

  it('reads TITLE and MEMO when a generator adds them', () => {
    const read = card('MECARD:N:x;TITLE:Designer;MEMO:met at the meetup;EMAIL:x@example.com;;');
    expect(read.card.title).toBe('Designer');
    expect(read.note).toBe('met at the meetup');
  });

  it('refuses a card with neither name nor email', () => {
    expect(parseMeCard('MECARD:TEL:0312345678;;')).toEqual({ ok: false, error: { kind: 'empty-card' } });
    expect(parseMeCard('MECARD:;;')).toEqual({ ok: false, error: { kind: 'empty-card' } });
    expect(parseMeCard('MECARD:N:;EMAIL:not-an-address;;')).toEqual({ ok: false, error: { kind: 'empty-card' } });
  });

  it('treats hostile values as plain text and drops unsafe links', () => {
    const read = card('MECARD:N:<script>alert(1)</script>;EMAIL:a@example.com;URL:javascript:alert(1);NOTE:\u202Egnp.exe;;');
    expect(read.card.name).toBe('<script>alert(1)</script>');
    expect(read.card.website).toBe('');
    expect(read.note).toBe('gnp.exe');
  });

  it('keeps an escaped field separator inside its value: no field can be injected', () => {
    const read = card('MECARD:N:Taro\\;EMAIL\\:evil@example.com;EMAIL:taro@example.com;;');
    expect(read.card.name).toBe('Taro;EMAIL:evil@example.com');
    expect(read.card.email).toBe('taro@example.com');
    expect(read.extraEmails).toEqual([]);
  });
});
