import { describe, expect, it } from 'vitest';
import { expectedText, HOSTILE_TEXT } from '../../../fixtures/hostile-text';
import { REFERENCE_CARD } from '../../../fixtures/reference-card';
import ICAL from 'ical.js';
import { readVCardTextAsTheRfcsSay } from './ical-text';
import { makeEmptyCard, type CardFields } from '../../../../src/domain/types';
import { vcardFileName, writeVCard, writeVCards, type VCardInput } from '../../../../src/domain/vcard/vcard-write';
import { escapeText as escapeVCardValue } from '../../../../src/domain/text/content-lines';
import { splitName } from '../../../../src/domain/card/person-name';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

type Prop = [string, Record<string, unknown>, string, ...unknown[]];

readVCardTextAsTheRfcsSay();

const REFERENCE: CardFields = REFERENCE_CARD;
const REV = Date.UTC(2026, 10, 24, 17, 53, 0);

const card = (fields: Partial<CardFields>): CardFields => ({ ...makeEmptyCard(), ...fields });

/** The properties of the one vCard in `text`, as ical.js parses them (jCard). */
function parse(text: string): Prop[] {
  const parsed = ICAL.parse(text) as unknown[];
  expect(parsed[0]).toBe('vcard');
  return parsed[1] as Prop[];
}
const all = (props: Prop[], name: string) => props.filter((p) => p[0] === name);
const one = (props: Prop[], name: string) => {
  const found = all(props, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const valueOf = (props: Prop[], name: string) => one(props, name)[3];
/** ical.js leaves unknown X- properties escaped; phones unescape them as text. */
const unescapeText = (raw: string) => raw.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Every physical line ends with CRLF, has no stray CR or LF and is at most 75 octets. */
function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
}

describe('writeVCard (3.0, the default)', () => {
  it('writes the reference card exactly', () => {
    const text = writeVCard({ card: REFERENCE, rev: REV });
    expect(text).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:山田;太郎;;;',
        'FN:山田 太郎',
        'SORT-STRING:やまだ たろう',
        'X-PHONETIC-LAST-NAME:やまだ',
        'X-PHONETIC-FIRST-NAME:たろう',
        'ORG:株式会社サンプル',
        'TITLE:Webデザイナー',
        'EMAIL;TYPE=INTERNET:taro.yamada@example.co.jp',
        'URL:https://example.co.jp/',
        'REV:20261124T175300Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('parses back with ical.js', () => {
    const props = parse(writeVCard({ card: REFERENCE, rev: REV, uid: 'contact-1', note: 'メモ', categories: ['交流会'] }));
    expect(valueOf(props, 'version')).toBe('3.0');
    expect(valueOf(props, 'n')).toEqual(['山田', '太郎', '', '', '']);
    expect(valueOf(props, 'fn')).toBe('山田 太郎');
    expect(valueOf(props, 'x-phonetic-last-name')).toBe('やまだ');
    expect(valueOf(props, 'x-phonetic-first-name')).toBe('たろう');
    expect(valueOf(props, 'org')).toBe('株式会社サンプル');
    expect(valueOf(props, 'email')).toBe('taro.yamada@example.co.jp');
    expect(one(props, 'email')[1]).toEqual({ type: 'INTERNET' });
    expect(valueOf(props, 'rev')).toBe('2026-11-24T17:53:00Z');
    expect(valueOf(props, 'uid')).toBe('contact-1');
    expect(valueOf(props, 'note')).toBe('メモ');
    expect(valueOf(props, 'categories')).toBe('交流会');
  });

  it('omits empty properties but always writes N and FN', () => {
    const text = writeVCard({ card: card({ email: 'a@example.com' }), note: '  ', categories: ['', ' '], uid: '' });
    expect(text).toBe('BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:a@example.com\r\nEMAIL;TYPE=INTERNET:a@example.com\r\nEND:VCARD\r\n');
  });

  it('falls back to the email for FN, then the organisation', () => {
    expect(valueOf(parse(writeVCard({ card: card({ email: 'a@example.com', org: 'Acme' }) })), 'fn')).toBe('a@example.com');
    expect(valueOf(parse(writeVCard({ card: card({ org: 'Acme' }) })), 'fn')).toBe('Acme');
  });

  it('puts the tagline first in NOTE, then the note', () => {
    const props = parse(writeVCard({ card: card({ name: 'A', tagline: 'I build websites' }), note: 'Met at the Shibuya meetup' }));
    expect(valueOf(props, 'note')).toBe('I build websites\nMet at the Shibuya meetup');
    expect(valueOf(parse(writeVCard({ card: card({ name: 'A', tagline: 'Only this' }) })), 'note')).toBe('Only this');
  });

  it('writes the preferred email first, then extra ones, without duplicates', () => {
    const input: VCardInput = { card: card({ name: 'A', email: 'main@example.com' }), extraEmails: ['other@example.com', 'MAIN@example.com', ' ', 'third@example.org'] };
    const emails = all(parse(writeVCard(input)), 'email');
    expect(emails.map((p) => p[3])).toEqual(['main@example.com', 'other@example.com', 'third@example.org']);
    expect(emails.map((p) => p[1])).toEqual([{ type: ['INTERNET', 'PREF'] }, { type: 'INTERNET' }, { type: 'INTERNET' }]);
  });

  it('writes only http(s) websites, and completes a bare domain', () => {
    expect(writeVCard({ card: card({ name: 'A', website: 'javascript:alert(1)' }) })).not.toContain('URL');
    expect(writeVCard({ card: card({ name: 'A', website: 'data:text/html,x' }) })).not.toContain('URL');
    expect(valueOf(parse(writeVCard({ card: card({ name: 'A', website: 'example.co.jp/a?b=1,2;3' }) })), 'url')).toBe('https://example.co.jp/a?b=1,2;3');
  });

  it('escapes each category but joins them with plain commas', () => {
    const props = parse(writeVCard({ card: card({ name: 'A' }), categories: ['a,b', 'c;d', 'e\\f', '交流会'] }));
    expect(one(props, 'categories').slice(3)).toEqual(['a,b', 'c;d', 'e\\f', '交流会']);
  });

  it('writes a Western name given-first and a one-word name as a given name', () => {
    expect(valueOf(parse(writeVCard({ card: card({ name: 'Jane Q. Doe' }) })), 'n')).toEqual(['Doe', 'Jane Q.', '', '', '']);
    expect(valueOf(parse(writeVCard({ card: card({ name: 'Madonna' }) })), 'n')).toEqual(['', 'Madonna', '', '', '']);
  });

  it('skips an invalid REV', () => {
    expect(writeVCard({ card: card({ name: 'A' }), rev: Number.NaN })).not.toContain('REV');
    expect(writeVCard({ card: card({ name: 'A' }), rev: 1e20 })).not.toContain('REV');
  });
});

describe('writeVCard (4.0)', () => {
  it('writes the reference card with SORT-AS on N and no SORT-STRING', () => {
    const text = writeVCard({ card: REFERENCE, rev: REV }, { version: '4.0' });
    expect(text).toContain('\r\nVERSION:4.0\r\n');
    expect(text).toContain('\r\nN;SORT-AS="やまだ,たろう":山田;太郎;;;\r\n');
    expect(text).toContain('\r\nX-PHONETIC-LAST-NAME:やまだ\r\nX-PHONETIC-FIRST-NAME:たろう\r\n');
    expect(text).toContain('\r\nEMAIL:taro.yamada@example.co.jp\r\n');
    expect(text).not.toContain('SORT-STRING');
    const props = parse(text);
    expect(one(props, 'n')[1]).toEqual({ 'sort-as': 'やまだ,たろう' });
    expect(valueOf(props, 'n')).toEqual(['山田', '太郎', '', '', '']);
    expect(valueOf(props, 'rev')).toBe('2026-11-24T17:53:00Z');
    expectWellFormed(text);
  });

  it('marks the preferred of several emails with PREF=1', () => {
    const text = writeVCard({ card: card({ name: 'A', email: 'a@example.com' }), extraEmails: ['b@example.com'] }, { version: '4.0' });
    expect(text).toContain('\r\nEMAIL;PREF=1:a@example.com\r\nEMAIL:b@example.com\r\n');
  });

  it('keeps a hostile reading inside the SORT-AS parameter', () => {
    const text = writeVCard({ card: card({ name: '山田 太郎', reading: 'や"ま:だ;^ た,ろう' }) }, { version: '4.0' });
    const props = parse(text);
    expect(one(props, 'n')[1]).toEqual({ 'sort-as': 'や"ま:だ;^,た ろう' });
    expect(valueOf(props, 'n')).toEqual(['山田', '太郎', '', '', '']);
  });
});

// Values that break naive writers. Each must come back exactly (trimmed; line breaks as LF).
const HOSTILE = [...HOSTILE_TEXT, '\nEMAIL:evil@x', 'x\r\nEMAIL;TYPE=INTERNET:evil@x\r\nEND:VCARD\r\nBEGIN:VCARD'];
const expected = expectedText;

describe('writeVCard with hostile values', () => {
  for (const version of ['3.0', '4.0'] as const) {
    it.each(HOSTILE)(`round-trips through ical.js (${version}): %s`, (value) => {
      const input: VCardInput = {
        card: card({ name: `${value} Doe`, org: value, title: value, email: 'a@example.com', tagline: '' }),
        note: value,
        categories: [value, 'plain'],
        uid: 'u1',
      };
      const text = writeVCard(input, { version });
      expectWellFormed(text);
      const props = parse(text);
      expect(valueOf(props, 'fn')).toBe(expected(`${value} Doe`));
      expect(valueOf(props, 'org')).toEqual(expected(value));
      expect(valueOf(props, 'title')).toBe(expected(value));
      expect(valueOf(props, 'note')).toBe(expected(value));
      expect(one(props, 'categories').slice(3)).toEqual([expected(value), 'plain']);
      const name = splitName(`${value} Doe`, '');
      expect(valueOf(props, 'n')).toEqual([name.family, name.given, '', '', '']);
      // Nothing injected: one EMAIL, one vCard.
      expect(all(props, 'email').map((p) => p[3])).toEqual(['a@example.com']);
      expect(text.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
    });
  }

  it('escapes a trailing backslash before a separator', () => {
    const text = writeVCard({ card: card({ name: 'Jane Doe\\', org: 'a\\' }), note: 'b\\', categories: ['c\\', 'd'] });
    // ical.js takes "\\," and "\\;" for escaped separators (it does not count backslashes), so
    // the structured and list values are checked on the raw text.
    expect(text).toContain('\r\nN:Doe\\\\;Jane;;;\r\n');
    expect(text).toContain('\r\nCATEGORIES:c\\\\,d\r\n');
    expect(text).toContain('\r\nORG:a\\\\\r\n');
    const props = parse(text);
    expect(valueOf(props, 'fn')).toBe('Jane Doe\\');
    expect(valueOf(props, 'note')).toBe('b\\');
  });

  it('keeps hostile readings in the phonetic properties', () => {
    const text = writeVCard({ card: card({ name: '山田 太郎', reading: 'や,ま;だ\\ た\nろう' }) });
    const props = parse(text);
    expect(unescapeText(valueOf(props, 'x-phonetic-last-name') as string)).toBe('や,ま;だ\\');
    // The reading's newline separates tokens, as any whitespace does.
    expect(unescapeText(valueOf(props, 'x-phonetic-first-name') as string)).toBe('た ろう');
    // SORT-STRING is the parts' readings joined family first, so the newline is a space there too.
    expect(valueOf(props, 'sort-string')).toBe('や,ま;だ\\ た ろう');
  });

  it('drops other control characters so none reaches the file', () => {
    const text = writeVCard({ card: card({ name: 'a\u0000b\u0007c\u001bd\u007fe\u0085f\tg' }) });
    expect(valueOf(parse(text), 'fn')).toBe('abcdefg');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('folds a 500-character Japanese note within 75 octets per line', () => {
    const note = 'あいうえお😀'.repeat(84).slice(0, 500);
    const text = writeVCard({ card: REFERENCE, note });
    expectWellFormed(text);
    expect(text.split('\r\n').length).toBeGreaterThan(20);
    expect(valueOf(parse(text), 'note')).toBe(note);
  });
});

describe('escapeVCardValue', () => {
  it('escapes backslash, comma, semicolon and every line break', () => {
    expect(escapeVCardValue('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  it('strips other controls', () => {
    expect(escapeVCardValue('a\u0000\u0008\t\u001f\u007fb')).toBe('ab');
  });
});

describe('writeVCards', () => {
  it('concatenates 10,000 cards that all parse', HEAVY, () => {
    const inputs: VCardInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      card: { ...REFERENCE, name: `山田 太郎${i}`, email: `taro${i}@example.co.jp`, tagline: 'Webデザイン、ロゴ制作' },
      note: `メモ ${i}: 交流会で会った; 次回はランチ😀`,
      categories: ['交流会', `event-${i % 7}`],
      rev: REV + i,
      uid: `contact-${i}`,
    }));
    const text = writeVCards(inputs);
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(10_000);
    expect(text.match(/^END:VCARD\r$/gm)).toHaveLength(10_000);
    const parsed = ICAL.parse(text) as unknown[][];
    expect(parsed).toHaveLength(10_000);
    const last = parsed[9_999]![1] as Prop[];
    expect(valueOf(last, 'fn')).toBe('山田 太郎9999');
    expect(valueOf(last, 'uid')).toBe('contact-9999');
  });

  it('writes nothing for no cards', () => {
    expect(writeVCards([])).toBe('');
  });
});

describe('vcardFileName', () => {
  it('names the file after the person', () => {
    expect(vcardFileName('山田 太郎')).toBe('山田 太郎.vcf');
    expect(vcardFileName('Jane Q. Doe')).toBe('Jane Q. Doe.vcf');
  });

  it('removes path separators, reserved and control characters', () => {
    expect(vcardFileName('../../etc/passwd')).toBe('etc passwd.vcf');
    expect(vcardFileName('a\\b/c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j.vcf');
    expect(vcardFileName('a\u0000b\nc\u202efdp.exe')).toBe('a b c fdp.exe.vcf');
  });

  it('trims spaces and dots and collapses whitespace', () => {
    expect(vcardFileName('  .hidden  name. ')).toBe('hidden name.vcf');
    expect(vcardFileName('山田\u3000\u3000太郎')).toBe('山田 太郎.vcf');
  });

  it('caps the length without splitting an emoji', () => {
    const name = vcardFileName('😀'.repeat(100));
    expect(name).toBe(`${'😀'.repeat(80)}.vcf`);
    expect(Array.from(vcardFileName('a'.repeat(200))).length).toBe(84);
  });

  it('falls back to contact.vcf', () => {
    expect(vcardFileName('')).toBe('contact.vcf');
    expect(vcardFileName(' /\\:*?"<>| ')).toBe('contact.vcf');
    expect(vcardFileName('...')).toBe('contact.vcf');
  });

  it('avoids Windows device names', () => {
    expect(vcardFileName('CON')).toBe('CON_.vcf');
    expect(vcardFileName('nul')).toBe('nul_.vcf');
  });
});

describe('writeVCard with the name’s parts (issue 14)', () => {
  const nLine = (input: VCardInput, version: '3.0' | '4.0' = '3.0') => writeVCard(input, { version }).split('\r\n').find((l) => /^N[;:]/.test(l));
  const parts = { family: ['Stevenson'], given: ['John'], middle: ['Philip', 'Paul'], prefix: ['Dr.'], suffix: ['Jr.', 'M.D.', 'A.C.P.'], familyReading: '', givenReading: '', middleReading: '' };

  it('writes the parts back unchanged, lists and all, whatever the one-line name says', () => {
    const card = { ...makeEmptyCard(), name: 'J. Doe' };
    expect(nLine({ card, nameParts: parts })).toBe('N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.');
    expect(nLine({ card: { ...card, name: 'Ando Roid' }, nameParts: { ...parts, family: ['Ando'], given: ['Roid'], middle: [], prefix: [], suffix: [] } })).toBe('N:Ando;Roid;;;');
    // A comma inside one item is escaped, so it stays one item.
    expect(nLine({ card, nameParts: { ...parts, middle: ['Richter, James'] } })).toBe('N:Stevenson;John;Richter\\, James;Dr.;Jr.,M.D.,A.C.P.');
  });

  it('guesses the parts from the name only when there are none', () => {
    expect(nLine({ card: { ...makeEmptyCard(), name: 'Jane Q. Doe' }, nameParts: null })).toBe('N:Doe;Jane Q.;;;');
    expect(nLine({ card: { ...makeEmptyCard(), name: '山田 太郎' } })).toBe('N:山田;太郎;;;');
  });

  it('writes each part’s reading: X-PHONETIC-* always, SORT-AS per part in 4.0, SORT-STRING whole in 3.0', () => {
    const card = { ...makeEmptyCard(), name: '安藤 ロイド', reading: 'あんどう ろいど' };
    const nameParts = { ...parts, family: ['安藤'], given: ['ロイド'], middle: [], prefix: [], suffix: [], familyReading: 'あんどう', givenReading: 'ろいど' };
    const v3 = writeVCard({ card, nameParts });
    expect(v3).toContain('\r\nN:安藤;ロイド;;;\r\n');
    expect(v3).toContain('\r\nSORT-STRING:あんどう ろいど\r\n');
    expect(v3).toContain('\r\nX-PHONETIC-LAST-NAME:あんどう\r\nX-PHONETIC-FIRST-NAME:ろいど\r\n');
    expect(nLine({ card, nameParts }, '4.0')).toBe('N;SORT-AS="あんどう,ろいど":安藤;ロイド;;;');
    expect(writeVCard({ card: { ...makeEmptyCard(), name: 'x' }, nameParts: { ...parts, middleReading: 'ミドル' } })).toContain('\r\nX-PHONETIC-MIDDLE-NAME:ミドル\r\n');
  });

  it('writes a Latin sort key back: SORT-AS per part in 4.0, SORT-STRING family first in 3.0, X-PHONETIC-* in both', () => {
    const card = { ...makeEmptyCard(), name: 'René van der Harten', reading: 'Rene Harten' };
    const nameParts = { ...parts, family: ['van der Harten'], given: ['René'], middle: [], prefix: [], suffix: [], familyReading: 'Harten', givenReading: 'Rene' };
    const v3 = writeVCard({ card, nameParts });
    // Family first, as RFC 2426 orders a sort string: "Rene Harten" would sort him under R.
    expect(v3).toContain('\r\nSORT-STRING:Harten Rene\r\n');
    expect(v3).toContain('\r\nX-PHONETIC-LAST-NAME:Harten\r\nX-PHONETIC-FIRST-NAME:Rene\r\n');
    expect(nLine({ card, nameParts }, '4.0')).toBe('N;SORT-AS="Harten,Rene":van der Harten;René;;;');
    // A typed one-line reading is in the name's order; SORT-STRING still puts the family first.
    expect(writeVCard({ card: { ...makeEmptyCard(), name: 'Greg Dartmouth', reading: 'Grregg Dart-mowth' } })).toContain('\r\nSORT-STRING:Dart-mowth Grregg\r\n');
  });

  it('splits a reading typed without its parts over the family and given names', () => {
    const card = { ...makeEmptyCard(), name: '山田 太郎', reading: 'やまだ たろう' };
    const nameParts = { ...parts, family: ['山田'], given: ['太郎'], middle: [], prefix: [], suffix: [] };
    expect(nLine({ card, nameParts }, '4.0')).toBe('N;SORT-AS="やまだ,たろう":山田;太郎;;;');
  });
});
