import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeVCard, writeVCards } from '../../../../src/domain/vcard/vcard-write';
import { parseVCardFile } from '../../../../src/domain/readers/vcard-file';
import { readContactText } from '../../../../src/domain/readers/read-contact-text';
import { cleanLine } from '../../../../src/domain/card/clean-text';
import { makeEmptyCard, type CardFields } from '../../../../src/domain/types';

// The writer and the project's own reader must agree: what Meishi exports, Meishi imports.
const hostile = ['a,b;c\\d', 'line1\nline2\r\nline3\rline4', 'ＡＢＣ 全角', '山田 太郎', '👩🏽‍💻 emoji', 'e\u0301', 'x'.repeat(90), 'END:VCARD', '\nEMAIL:evil@example.com'];

function roundTrip(card: CardFields, version: '3.0' | '4.0' = '3.0') {
  const result = readContactText(writeVCard({ card }, { version }));
  if (!result.ok) throw new Error(`not read back: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('vCard writer → the project’s reader', () => {
  it('brings back name, reading, organization, title, email and website for hostile values', () => {
    for (const value of hostile) {
      for (const version of ['3.0', '4.0'] as const) {
        const card: CardFields = {
          ...makeEmptyCard(),
          name: cleanLine(`${value} Name`),
          org: cleanLine(value),
          title: cleanLine(value),
          email: 'taro@example.co.jp',
          website: 'https://example.co.jp/a,b;c',
        };
        const back = roundTrip(card, version);
        expect(back.card.name, `${version} ${value}`).toBe(card.name);
        expect(back.card.org).toBe(card.org);
        expect(back.card.title).toBe(card.title);
        expect(back.card.email).toBe(card.email);
        expect(back.extraEmails).toEqual([]);
      }
    }
  });

  it('keeps Japanese readings', () => {
    const back = roundTrip({ ...makeEmptyCard(), name: '山田 太郎', reading: 'やまだ たろう', email: 'taro@example.co.jp' });
    expect(back.card).toMatchObject({ name: '山田 太郎', reading: 'やまだ たろう' });
  });

  it('keeps a 500-character multi-line note exactly', () => {
    const note = `${'メモ, with; commas\\ and\nnewlines '.repeat(17)}`.slice(0, 500);
    const parsed = parseVCardFile(writeVCard({ card: { ...makeEmptyCard(), name: 'N', email: 'n@example.com' }, note }));
    expect(parsed.cards[0]?.note).toBe(note.trim());
  });

  it('round-trips random one-line text in every field the reader keeps', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const name = cleanLine(a);
        fc.pre(name.length > 0);
        const card = { ...makeEmptyCard(), name, org: cleanLine(b), email: 'p@example.com' };
        const back = roundTrip(card);
        expect(back.card.name).toBe(card.name);
        expect(back.card.org).toBe(card.org);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a Latin sort key, so van der Harten still sorts under H after import and export', () => {
    // The examples of RFC 6350 §5.9 (SORT-AS) and RFC 2426 §3.6.5 (SORT-STRING).
    const examples = [
      ['VERSION:4.0', 'FN:Rene van der Harten', 'N;SORT-AS="Harten,Rene":van der Harten;Rene,J.;Sir;R.D.O.N.', 'EMAIL:rene@example.com'],
      ['VERSION:3.0', 'FN:Rene van der Harten', 'N:van der Harten;Rene;J.;Sir;R.D.O.N.', 'SORT-STRING:Harten', 'EMAIL:rene@example.com'],
    ];
    for (const lines of examples) {
      const first = parseVCardFile(['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n')).cards[0]!;
      expect(first.nameParts?.familyReading, lines[0]).toBe('Harten');
      for (const version of ['3.0', '4.0'] as const) {
        const text = writeVCard({ card: first.card, nameParts: first.nameParts }, { version });
        // What phones sort by: the family name's sort text, first in each.
        expect(text).toMatch(version === '3.0' ? /\r\nSORT-STRING:Harten[ \r]/ : /\r\nN;SORT-AS="Harten[,"]/);
        expect(text).toContain('\r\nX-PHONETIC-LAST-NAME:Harten\r\n');
        const back = parseVCardFile(text).cards[0]!;
        expect([back.card, back.nameParts], `${lines[0]} → ${version}`).toEqual([first.card, first.nameParts]);
      }
    }
  });

  it('reads back many cards from one export', () => {
    const cards = Array.from({ length: 50 }, (_, i) => ({ card: { ...makeEmptyCard(), name: `Person ${i}`, email: `p${i}@example.com` } }));
    const parsed = parseVCardFile(writeVCards(cards));
    expect(parsed.errors).toEqual([]);
    expect(parsed.cards.map((c) => c.card.email)).toEqual(cards.map((c) => c.card.email));
  });
});
