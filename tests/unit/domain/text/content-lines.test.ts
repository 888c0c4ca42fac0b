import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldLine, joinCrlf, utf8Length } from '../../../../src/domain/text/content-lines';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;
const unfold = (folded: string) => folded.replace(/\r\n /g, '');
const physicalLines = (folded: string) => folded.split('\r\n');

describe('utf8Length', () => {
  it('matches TextEncoder for ASCII, Latin, Japanese, emoji and a lone surrogate', () => {
    for (const text of ['', 'abc', 'é', '山田', '👍🏽', 'a\u0301', 'שלום', '\ud800x', 'x\udc00']) {
      expect(utf8Length(text)).toBe(octets(text));
    }
  });

  it('matches TextEncoder on any string', () => {
    // Any UTF-16 units, lone surrogates included.
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 64 });
    fc.assert(fc.property(units, (codes) => utf8Length(String.fromCharCode(...codes)) === octets(String.fromCharCode(...codes))));
  });
});

describe('foldLine', () => {
  it('leaves a line of up to 75 octets alone', () => {
    const line = 'N:'.padEnd(75, 'x');
    expect(foldLine(line)).toBe(line);
    expect(foldLine('NOTE:山田')).toBe('NOTE:山田');
  });

  it('folds ASCII at exactly 75 octets, continuation lines holding a space and 74 more', () => {
    const line = 'x'.repeat(75 + 74 + 10);
    const lines = physicalLines(foldLine(line));
    expect(lines.map((l) => l.length)).toEqual([75, 75, 11]);
    expect(lines[1]?.startsWith(' ')).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('never splits a Japanese character (3 octets) across lines', () => {
    const line = `NOTE:${'山'.repeat(60)}`;
    const folded = foldLine(line);
    for (const l of physicalLines(folded)) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\ufffd');
    }
    // 5 ASCII + 23 × 3 = 74: the 24th 山 would make 77, so it starts the next line.
    expect(physicalLines(folded)[0]).toBe(`NOTE:${'山'.repeat(23)}`);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a surrogate pair (emoji)', () => {
    const line = `X:${'😀'.repeat(40)}`;
    const folded = foldLine(line);
    for (const l of physicalLines(folded)) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      // A split pair would leave a lone surrogate at an edge.
      expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(l.trimStart())).toBe(false);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('respects a custom limit', () => {
    const folded = foldLine('abcdefghij', 5);
    expect(folded).toBe('abcde\r\n fghi\r\n j');
  });

  it('refuses a limit too small to make progress', () => {
    expect(() => foldLine('😀😀😀😀😀😀', 4)).toThrow(RangeError);
  });

  it('keeps every physical line within the limit and unfolds to the input, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 5, max: 120 }), (line, limit) => {
        const folded = foldLine(line, limit);
        return unfold(folded) === line && physicalLines(folded).every((l) => octets(l) <= limit);
      }),
    );
  });
});

describe('joinCrlf', () => {
  it('joins with CRLF and ends with CRLF', () => {
    expect(joinCrlf(['BEGIN:VCARD', 'END:VCARD'])).toBe('BEGIN:VCARD\r\nEND:VCARD\r\n');
  });

  it('gives nothing for no lines', () => {
    expect(joinCrlf([])).toBe('');
  });
});
