import { describe, expect, it } from 'vitest';
import { decodeVCardBytes } from '../../../../src/domain/readers/vcard-file';
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
