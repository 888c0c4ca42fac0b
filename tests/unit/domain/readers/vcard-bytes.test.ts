import { describe, expect, it } from 'vitest';
import { decodeVCardBytes, isUtf8, joinSplitCharacters } from '../../../../src/domain/readers/vcard-bytes';
import { fixtureBytes } from './read-fixture';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeVCardBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    const utf8 = new TextEncoder().encode('FN:山田 太郎\r\n');
    expect(decodeVCardBytes(utf8)).toBe('FN:山田 太郎\r\n');
    expect(decodeVCardBytes(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8))).toBe('FN:山田 太郎\r\n');
  });

  it('reads UTF-16 files by their BOM', () => {
    const le = Uint8Array.of(0xff, 0xfe, ...[...'FN:山'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(decodeVCardBytes(le)).toBe('FN:山');
    const be = Uint8Array.of(0xfe, 0xff, ...[...'FN:山'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeVCardBytes(be)).toBe('FN:山');
  });

  it('reads bytes that are not UTF-8 as Shift_JIS, declared or not', () => {
    // 山田 in Shift_JIS.
    const name = Uint8Array.of(0x8e, 0x52, 0x93, 0x63);
    expect(decodeVCardBytes(concat(ascii('FN:'), name))).toBe('FN:山田');
    expect(decodeVCardBytes(concat(ascii('FN;CHARSET=SHIFT_JIS:'), name))).toBe('FN;CHARSET=SHIFT_JIS:山田');
  });

  it('trusts a declared CHARSET=SHIFT_JIS over a lucky UTF-8 decode', () => {
    // ﾃｽ (0xC3 0xBD) is also the valid UTF-8 for "ý".
    const bytes = concat(ascii('SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:'), Uint8Array.of(0xc3, 0xbd));
    expect(decodeVCardBytes(bytes)).toBe('SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾃｽ');
    // Undeclared, the same bytes are UTF-8.
    expect(decodeVCardBytes(concat(ascii('FN:'), Uint8Array.of(0xc3, 0xbd)))).toBe('FN:ý');
  });

  it('reads a file in a declared single-byte charset (Outlook, Windows-1252)', () => {
    expect(decodeVCardBytes(concat(ascii('NOTE;CHARSET=Windows-1252:Caf'), Uint8Array.of(0xe9)))).toBe('NOTE;CHARSET=Windows-1252:Café');
    expect(decodeVCardBytes(concat(ascii('FN;CHARSET="ISO-8859-1":Ren'), Uint8Array.of(0xe9)))).toBe('FN;CHARSET="ISO-8859-1":René');
  });

  it('decodes the Shift_JIS fixture to text with the 0x5C trail byte intact', () => {
    const text = decodeVCardBytes(fixtureBytes('feature-phone-sjis.vcf'));
    expect(text).toContain('N;CHARSET=SHIFT_JIS:山田;太郎');
    expect(text).toContain('SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾔﾏﾀﾞ;ﾀﾛｳ;;;');
    expect(text).toContain('NOTE;CHARSET=SHIFT_JIS:表計算ソフトの話');
  });
});

describe('decodeVCardBytes: UTF-8 is never misread as Shift_JIS (issue 14)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  // Folds a line into pieces of at most 75 bytes, each cut inside a character where one can be
  // (a byte-counting writer's folds land there more often than not).
  const foldBytes = (line: string) => {
    const bytes = utf8(line);
    const parts: Uint8Array[] = [];
    let start = 0;
    while (bytes.length - start > 75) {
      let cut = start + 74;
      while (cut > start + 70 && ((bytes[cut] as number) & 0xc0) !== 0x80) cut--;
      parts.push(start === 0 ? bytes.subarray(0, cut) : concat(ascii('\r\n '), bytes.subarray(start, cut)));
      start = cut;
    }
    parts.push(concat(ascii('\r\n '), bytes.subarray(start)));
    return concat(...parts);
  };

  it.each([
    ['Greek', 'Αλέξανδρος Γεώργιος Παπαδόπουλος Αλέξανδρος Γεώργιος Παπαδόπουλος'],
    ['Cyrillic', 'Екатерина Сергеевна Иванова Екатерина Сергеевна Иванова Иванова'],
    ['Bopomofo', 'ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦㄧㄨㄩ'],
    ['Japanese', '株式会社サンプル・ホールディングス 経営企画本部 デジタル戦略部 山田 花子'],
    ['emoji', '👩🏽‍💻🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀 Rockets'],
  ])('reads %s folded in the middle of its characters as the UTF-8 it is', (_, name) => {
    const bytes = concat(ascii('BEGIN:VCARD\r\n'), foldBytes(`FN:${name}`), ascii('\r\nEND:VCARD\r\n'));
    // The raw bytes are not valid UTF-8: a character is cut by the fold.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = decodeVCardBytes(bytes);
    expect(text).not.toMatch(/[\uff61-\uff9f\ufffd]/);
    expect(text.replace(/\r\n /g, '')).toContain(`FN:${name}`);
  });

  it('reads a UTF-8 card as UTF-8 even beside one that declares Shift_JIS', () => {
    const bytes = concat(ascii('BEGIN:VCARD\r\nN;CHARSET=SHIFT_JIS:'), Uint8Array.of(0x8e, 0x52, 0x93, 0x63), ascii('\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:'), utf8('Ελένη'), ascii('\r\nEND:VCARD\r\n'));
    const text = decodeVCardBytes(bytes);
    expect(text).toContain('N;CHARSET=SHIFT_JIS:山田');
    expect(text).toContain('FN:Ελένη');
  });

  it('reads undeclared non-UTF-8 lines as the card declares elsewhere (a feature phone)', () => {
    // 会社 in Shift_JIS on an ORG line with no CHARSET, in a card whose N declares Shift_JIS.
    const bytes = concat(ascii('BEGIN:VCARD\r\nN;CHARSET=SHIFT_JIS:'), Uint8Array.of(0x8e, 0x52, 0x93, 0x63), ascii('\r\nORG:'), Uint8Array.of(0x89, 0xef, 0x8e, 0xd0), ascii('\r\nEND:VCARD\r\n'));
    expect(decodeVCardBytes(bytes)).toContain('ORG:会社');
  });

  it('reads an undeclared file that is neither UTF-8 nor Shift_JIS as Windows-1252 (old Mac and Outlook exports)', () => {
    const text = decodeVCardBytes(fixtureBytes('ical4j-vcard/vcard-vCards-SAP.vcf'));
    expect(text).toContain('FN:Günther Blümchen');
    expect(text).toContain('FN:Ingrid Spaßlund');
  });

  it('leaves quoted-printable soft breaks and ASCII folds alone', () => {
    const bytes = ascii('NOTE;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=\r\n=E7=94=B0\r\nFN:a\r\n b\r\n');
    expect(joinSplitCharacters(bytes)).toBe(bytes);
    expect(decodeVCardBytes(bytes)).toBe('NOTE;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=\r\n=E7=94=B0\r\nFN:a\r\n b\r\n');
  });

  it('judges UTF-8 strictly: no overlong forms, surrogates or cut sequences', () => {
    expect(isUtf8(utf8('Ελένη 山田 👩🏽‍💻'))).toBe(true);
    expect(isUtf8(Uint8Array.of(0xc0, 0x80))).toBe(false);
    expect(isUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(false);
    expect(isUtf8(Uint8Array.of(0xe5, 0xb1))).toBe(false);
    expect(isUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(false);
  });
});
