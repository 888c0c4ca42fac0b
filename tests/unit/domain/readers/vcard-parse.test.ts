import { describe, expect, it } from 'vitest';
import { EXTRA_EMAILS_CAP, READ_CAPS } from '../../../../src/domain/caps';
import type { ParsedCard, ReadResult } from '../../../../src/domain/readers/finish-card';
import { parseVCard } from '../../../../src/domain/readers/vcard-parse';
import { vcard } from './read-fixture';

function card(...lines: string[]): ParsedCard {
  const result = parseVCard(vcard(...lines));
  if (!result.ok) throw new Error(`expected a card, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function error(result: ReadResult) {
  return result.ok ? null : result.error;
}

describe('parseVCard: lines and parameters', () => {
  it('unfolds lines continued with a space or a tab, even inside a multi-byte word', () => {
    expect(card('VERSION:3.0', 'FN:山田 太', ' 郎', 'EMAIL:taro@exam', '\tple.com').card).toMatchObject({ name: '山田 太郎', email: 'taro@example.com' });
  });

  it('reads grouped properties (item1.EMAIL) and lower-case names', () => {
    expect(card('version:3.0', 'fn:Taro', 'item1.email;type=internet:taro@example.com', 'item1.X-ABLabel:work').card.email).toBe('taro@example.com');
  });

  it('puts the preferred address first in every dialect', () => {
    const others = ['EMAIL:a@example.com'];
    expect(card('FN:x', ...others, 'EMAIL;TYPE=work,pref:b@example.com').card.email).toBe('b@example.com');
    expect(card('FN:x', ...others, 'EMAIL;TYPE="work,pref":b@example.com').card.email).toBe('b@example.com');
    expect(card('FN:x', ...others, 'EMAIL;TYPE=INTERNET;TYPE=pref:b@example.com').card.email).toBe('b@example.com');
    expect(card('VERSION:2.1', 'FN:x', ...others, 'EMAIL;INTERNET;PREF:b@example.com').card.email).toBe('b@example.com');
    expect(card('VERSION:4.0', 'FN:x', ...others, 'EMAIL;PREF=2:b@example.com', 'EMAIL;PREF=1:c@example.com').card.email).toBe('c@example.com');
    const plain = card('FN:x', 'EMAIL:a@example.com', 'EMAIL:b@example.com');
    expect([plain.card.email, ...plain.extraEmails]).toEqual(['a@example.com', 'b@example.com']);
  });

  it('resolves escapes after splitting structured values', () => {
    const read = card('VERSION:3.0', 'N:O\\;Brien;Pat;;;', 'ORG:Smith\\, Jones & Co.;R\\&D', 'NOTE:back\\\\slash\\, comma\\; semi\\nline\\Nline');
    expect(read.card.name).toBe('Pat O;Brien');
    expect(read.card.org).toBe('Smith, Jones & Co. R\\&D');
    expect(read.note).toBe('back\\slash, comma; semi\nline\nline');
  });

  it('reads an escaped colon in URLs as Apple and Android write them', () => {
    expect(card('FN:x', 'URL:https\\://example.com/a').card.website).toBe('https://example.com/a');
  });

  it('skips base64 values, folded (3.0) or running to a blank line (2.1)', () => {
    const folded = card('VERSION:3.0', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg', ' AAQSkZJRgABAQAASABIAAD', ' /4QBMRXhpZgAATU0AKgAA', 'FN:Folded', 'EMAIL:f@example.com');
    expect(folded.card).toMatchObject({ name: 'Folded', email: 'f@example.com' });
    const bare = card('VERSION:2.1', 'PHOTO;ENCODING=BASE64;TYPE=GIF:R0lGODlhAQABAIAAAAAAAP', '///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', '', 'FN:Bare', 'EMAIL:b@example.com');
    expect(bare.card).toMatchObject({ name: 'Bare', email: 'b@example.com' });
    const logo = card('VERSION:2.1', 'FN:Logo', 'LOGO;BASE64:R0lGODlh', 'EMAIL:l@example.com');
    expect(logo.card.email).toBe('l@example.com');
  });

  it('reads cards with no VERSION, and versions 2.1, 3.0 and 4.0 alike', () => {
    for (const version of [[], ['VERSION:2.1'], ['VERSION:3.0'], ['VERSION:4.0']]) {
      expect(card(...version, 'FN:Taro', 'EMAIL:taro@example.com').card.name).toBe('Taro');
    }
  });

  it('ignores lines with no colon', () => {
    expect(card('FN:Taro', 'garbage line', 'EMAIL:taro@example.com').card.email).toBe('taro@example.com');
  });
});

describe('parseVCard: quoted-printable and charsets', () => {
  it('decodes UTF-8 quoted-printable with soft line breaks', () => {
    expect(card('VERSION:2.1', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0 =E5=', '=A4=AA=E9=83=8E', 'EMAIL:t@example.com').card.name).toBe('山田 太郎');
  });

  it('decodes the bytes with the declared charset', () => {
    expect(card('VERSION:2.1', 'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Ren=E9 L=F6w').card.name).toBe('René Löw');
    expect(card('VERSION:2.1', 'N;CHARSET=SHIFT_JIS;QUOTED-PRINTABLE:=8ER=93c;=91=BE=98Y').card.name).toBe('山田 太郎');
    expect(card('VERSION:2.1', 'FN;CHARSET=utf-8;ENCODING=quoted-printable:caf=c3=a9').card.name).toBe('café');
  });

  it('falls back to UTF-8 for an unknown charset, and keeps raw non-ASCII text as it is', () => {
    expect(card('FN;CHARSET=X-NONSENSE;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1').card.name).toBe('山');
    expect(card('FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:山=E7=94=B0').card.name).toBe('山田');
  });

  it('refuses broken quoted-printable as malformed', () => {
    expect(error(parseVCard(vcard('FN;ENCODING=QUOTED-PRINTABLE:=E5=B', 'EMAIL:a@example.com')))).toEqual({ kind: 'malformed', detail: 'broken quoted-printable in FN' });
  });

  it('ignores broken quoted-printable in a property Meishi does not read', () => {
    expect(card('VERSION:2.1', 'FN:x', 'LABEL;ENCODING=QUOTED-PRINTABLE:1 Street=0D=0A=ZZ', 'EMAIL:x@example.com').card.email).toBe('x@example.com');
  });

  it('does not run a soft line break past END:VCARD', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL:a@example.com\r\nNOTE;ENCODING=QUOTED-PRINTABLE:trailing=\r\nEND:VCARD\r\n';
    const result = parseVCard(text);
    expect(result.ok && result.value.note).toBe('trailing');
  });
});

describe('parseVCard: names and readings', () => {
  it('prefers FN, else builds the name from N in the name’s own order', () => {
    expect(card('N:Doe;Jane;;;', 'FN:Jane "JD" Doe').card.name).toBe('Jane "JD" Doe');
    expect(card('N:山田;太郎;;;').card.name).toBe('山田 太郎');
    expect(card('N:김;민준;;;').card.name).toBe('김 민준');
    expect(card('N:Doe;Jane;Q.;Dr.;Jr.', 'FN:').card.name).toBe('Dr. Jane Q. Doe Jr.');
    expect(card('N:Doe;;;;').card.name).toBe('Doe');
    expect(card('VERSION:4.0', 'N:van der Harten;René;J.,Stefan;Sir;R.D.O.N.').card.name).toBe('Sir René J. Stefan van der Harten R.D.O.N.');
    expect(card('N:Smith\\, Jr.;John;;;').card.name).toBe('John Smith, Jr.');
  });

  it('reads the reading from X-PHONETIC-* names (iOS, Android, Google)', () => {
    expect(card('N:山田;太郎;;;', 'X-PHONETIC-FIRST-NAME:たろう', 'X-PHONETIC-LAST-NAME:やまだ').card.reading).toBe('やまだ たろう');
    expect(card('N:Smith;John;;;', 'X-PHONETIC-FIRST-NAME:ジョン', 'X-PHONETIC-LAST-NAME:スミス').card.reading).toBe('ジョン スミス');
    expect(card('FN:山田', 'X-PHONETIC-LAST-NAME:やまだ').card.reading).toBe('やまだ');
  });

  it('reads sort keys (N;SORT-AS, SORT-STRING) as the reading: kana, and Latin sorting hints too', () => {
    expect(card('VERSION:4.0', 'N;SORT-AS="やまだ,たろう":山田;太郎;;;').card.reading).toBe('やまだ たろう');
    expect(card('VERSION:4.0', 'N;SORT-AS=ヤマダ,タロウ:山田;太郎;;;').card.reading).toBe('ヤマダ タロウ');
    expect(card('VERSION:3.0', 'FN:山田 太郎', 'SORT-STRING:やまだ たろう').card.reading).toBe('やまだ たろう');
    // Phones sort van der Harten under H because his card says so (RFC 6350 §5.9, RFC 2426 §3.6.5).
    expect(card('VERSION:4.0', 'N;SORT-AS="Harten,Rene":van der Harten;Rene;;;').card.reading).toBe('Rene Harten');
    expect(card('VERSION:3.0', 'FN:Rene van der Harten', 'N:van der Harten;Rene;;;', 'SORT-STRING:Harten').card.reading).toBe('Harten');
    expect(card('VERSION:3.0', 'FN:Jane Doe', 'SORT-STRING:Doe').card.reading).toBe('Doe');
    // A Han sort key is the name written again, which says nothing about how it is read.
    expect(card('VERSION:4.0', 'N;SORT-AS="山田,太郎":山田;太郎;;;').card.reading).toBe('');
  });

  it('reads SOUND;X-IRMC-N from feature phones, widening half-width katakana', () => {
    expect(card('VERSION:2.1', 'N:山田;太郎', 'SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾔﾏﾀﾞ;ﾀﾛｳ;;;').card.reading).toBe('ヤマダ タロウ');
    // A SOUND that is an audio clip is not a reading.
    expect(card('VERSION:3.0', 'FN:x', 'SOUND;TYPE=WAVE:https://example.com/x.wav').card.reading).toBe('');
  });

  it('falls back to X-KANA', () => {
    expect(card('FN:山田 太郎', 'X-KANA:やまだ たろう').card.reading).toBe('やまだ たろう');
  });

  it('joins every ORG unit into one line', () => {
    expect(card('FN:x', 'ORG:Example KK;Design;Web').card.org).toBe('Example KK Design Web');
    expect(card('FN:x', 'ORG:;Design').card.org).toBe('Design');
  });
});

describe('parseVCard: email only, cleaned and checked', () => {
  it('ignores telephone numbers, addresses and photos', () => {
    const read = card('FN:x', 'TEL;TYPE=CELL:090-0000-0000', 'ADR:;;1 Chome;Tokyo;;;Japan', 'PHOTO;VALUE=uri:https://example.com/p.jpg', 'EMAIL:x@example.com');
    expect(JSON.stringify(read)).not.toMatch(/090|Chome|p\.jpg/);
  });

  it('drops invalid addresses and keeps valid ones, lower-casing the domain only', () => {
    const read = card('FN:x', 'EMAIL;PREF=1:not an address', 'EMAIL:Taro.Yamada@Example.CO.JP', 'EMAIL:two@@example.com', 'EMAIL:mailto:m@example.com');
    expect(read.card.email).toBe('Taro.Yamada@example.co.jp');
    expect(read.extraEmails).toEqual(['m@example.com']);
  });

  it('keeps a card with a name and no valid address, and refuses one with neither', () => {
    expect(card('FN:Taro', 'EMAIL:broken').card).toMatchObject({ name: 'Taro', email: '' });
    expect(error(parseVCard(vcard('VERSION:3.0', 'TEL:+81 3 0000 0000', 'ORG:Only Org')))).toEqual({ kind: 'empty-card' });
    expect(error(parseVCard(vcard('FN:  \u202E ', 'EMAIL:broken')))).toEqual({ kind: 'empty-card' });
  });

  it(`keeps at most ${EXTRA_EMAILS_CAP} further addresses`, () => {
    const emails = Array.from({ length: 100 }, (_, i) => `EMAIL:p${i}@example.com`);
    const read = card('FN:x', ...emails);
    expect(read.card.email).toBe('p0@example.com');
    expect(read.extraEmails).toHaveLength(EXTRA_EMAILS_CAP);
  });

  it('keeps the first safe website and drops javascript:, data:, file: and the like', () => {
    expect(card('FN:x', 'URL:javascript:alert(1)').card.website).toBe('');
    expect(card('FN:x', 'URL:data:text/html,<script>alert(1)</script>').card.website).toBe('');
    expect(card('FN:x', 'URL:file:///etc/passwd').card.website).toBe('');
    expect(card('FN:x', 'URL:javascript:alert(1)', 'URL:https://example.com/ok').card.website).toBe('https://example.com/ok');
    expect(card('FN:x', 'URL:www.example.com').card.website).toBe('https://www.example.com/');
  });

  it('caps every field', () => {
    const read = card(`FN:${'名'.repeat(500)}`, `TITLE:${'t'.repeat(500)}`, `ORG:${'o'.repeat(500)}`, `X-KANA:${'か'.repeat(500)}`, `NOTE:${'n'.repeat(5000)}`, `EMAIL:${'a'.repeat(64)}@${'b'.repeat(200)}.example.com`, `URL:https://example.com/${'p'.repeat(3000)}`);
    expect(read.card.name).toHaveLength(READ_CAPS.name);
    expect(read.card.title).toHaveLength(READ_CAPS.title);
    expect(read.card.org).toHaveLength(READ_CAPS.org);
    expect(read.card.reading).toHaveLength(READ_CAPS.reading);
    expect(read.note).toHaveLength(READ_CAPS.note);
    // An address or link that is too long is not cut (it would be a different one): it is dropped.
    expect(read.card.email).toBe('');
    expect(read.card.website).toBe('');
  });

  it('never fills the tagline', () => {
    expect(card('FN:x', 'X-TAGLINE:hello', 'NOTE:hello').card.tagline).toBe('');
  });
});

describe('parseVCard: hostile input', () => {
  it('keeps an escaped newline inside its value: no property can be injected', () => {
    const read = card('FN:Taro\\nEMAIL:evil@example.com\\nURL:javascript:alert(1)', 'EMAIL:taro@example.com', 'NOTE:hi\\nEMAIL;PREF=1:evil@example.com');
    expect(read.card.name).toBe('Taro EMAIL:evil@example.com URL:javascript:alert(1)');
    expect(read.card.email).toBe('taro@example.com');
    expect(read.extraEmails).toEqual([]);
    expect(read.card.website).toBe('');
    expect(read.note).toBe('hi\nEMAIL;PREF=1:evil@example.com');
  });

  it('returns HTML as literal text', () => {
    const read = card('FN:<script>alert(1)</script>', 'ORG:<img src=x onerror=alert(1)>', 'EMAIL:x@example.com', 'NOTE:<b>bold</b>');
    expect(read.card.name).toBe('<script>alert(1)</script>');
    expect(read.card.org).toBe('<img src=x onerror=alert(1)>');
    expect(read.note).toBe('<b>bold</b>');
  });

  it('strips control and bidi-control characters and collapses whitespace', () => {
    const read = card('FN:Taro\u202E\u2066 \t Yamada\u200F', 'ORG:A\u0000\u0085B', 'TITLE:\u061CBoss\u200E', 'EMAIL:x@example.com', 'NOTE:line\u0007one\\nline\u202Atwo');
    expect(read.card.name).toBe('Taro Yamada');
    expect(read.card.org).toBe('A B');
    expect(read.card.title).toBe('Boss');
    expect(read.note).toBe('lineone\nlinetwo');
    expect(JSON.stringify(read)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('drops an address made to look like another with a bidi override', () => {
    expect(card('FN:x', 'EMAIL:moc.elpmaxe\u202E@example.com').card.email).toBe('');
  });

  it('normalises text to NFC', () => {
    expect(card('FN:Cafe\u0301', 'X-KANA:か\u3099').card).toMatchObject({ name: 'Caf\u00e9', reading: '\u304c' });
  });

  it('reports a vCard without END:VCARD as malformed', () => {
    expect(error(parseVCard('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Taro\r\nEMAIL:taro@example.com'))).toEqual({ kind: 'malformed', detail: 'no END:VCARD' });
  });

  it('survives an unbalanced quote in a parameter', () => {
    expect(card('EMAIL;TYPE="work:a@example.com', 'FN:x').card.name).toBe('x');
  });
});

describe('parseVCard: the name’s parts as received (issue 14)', () => {
  const parts = (...lines: string[]) => card(...lines).nameParts;

  it('keeps N’s five parts, each a list, as the card gives them', () => {
    expect(parts('N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.', 'FN:J. Doe')).toEqual({
      family: ['Stevenson'],
      given: ['John'],
      middle: ['Philip', 'Paul'],
      prefix: ['Dr.'],
      suffix: ['Jr.', 'M.D.', 'A.C.P.'],
      familyReading: '',
      givenReading: '',
      middleReading: '',
    });
    // An escaped comma is part of one item, not a second one.
    expect(parts('N:Doe;John;Richter\\, James;Mr.;Sr.', 'FN:x')).toMatchObject({ middle: ['Richter, James'], prefix: ['Mr.'], suffix: ['Sr.'] });
  });

  it('keeps family and given as received, whatever order FN is written in', () => {
    // Android's test card: FN family-first, N says which part is which.
    expect(parts('N:Ando;Roid;', 'FN:Ando Roid')).toMatchObject({ family: ['Ando'], given: ['Roid'] });
    expect(card('N:Ando;Roid;').card.name).toBe('Roid Ando');
  });

  it('has no parts for a card without N, and empty parts for an empty N', () => {
    expect(parts('FN:Frank Dawson', 'EMAIL:f@example.com')).toBeNull();
    expect(parts('N:;;;;', 'FN:Example Shop')).toEqual({ family: [], given: [], middle: [], prefix: [], suffix: [], familyReading: '', givenReading: '', middleReading: '' });
  });

  it('splits a SORT-AS reading into the parts: "," as RFC 6350 says, ";" as Android writes it', () => {
    const android = card('VERSION:4.0', 'FN:安藤 ロイド', 'N;SORT-AS="あんどう;ろいど":安藤;ロイド;;;');
    expect(android.nameParts).toMatchObject({ family: ['安藤'], given: ['ロイド'], familyReading: 'あんどう', givenReading: 'ろいど' });
    // Shown joined with a space.
    expect(android.card.reading).toBe('あんどう ろいど');
    expect(parts('VERSION:4.0', 'N;SORT-AS="やまだ,たろう":山田;太郎;;;')).toMatchObject({ familyReading: 'やまだ', givenReading: 'たろう' });
    // A Latin sort key is a sorting hint, kept part by part.
    expect(parts('VERSION:4.0', 'N;SORT-AS="Mann,James":de Mann;Henry,James;;')).toMatchObject({ familyReading: 'Mann', givenReading: 'James' });
    // Pinyin for a Chinese name is a reading.
    expect(parts('VERSION:4.0', 'N;SORT-AS="Wang,Xiaoming":王;小明;;;')).toMatchObject({ familyReading: 'Wang', givenReading: 'Xiaoming' });
  });

  it('takes the readings of the parts from X-PHONETIC-* and SOUND;X-IRMC-N, widening half-width kana', () => {
    expect(parts('N:Doe;John;;;', 'X-PHONETIC-LAST-NAME:Dow', 'X-PHONETIC-FIRST-NAME:Jon', 'X-PHONETIC-MIDDLE-NAME:Q')).toMatchObject({ familyReading: 'Dow', givenReading: 'Jon', middleReading: 'Q' });
    expect(parts('VERSION:2.1', 'N:山田;太郎', 'SOUND;X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;;')).toMatchObject({ familyReading: 'ヤマダ', givenReading: 'タロウ' });
  });

  it('splits a whole-string reading (SORT-STRING) over the parts family first, as RFC 2426 orders it', () => {
    const read = card('VERSION:3.0', 'N:山田;太郎;;;', 'SORT-STRING:やまだ たろう');
    expect(read.card.reading).toBe('やまだ たろう');
    expect(read.nameParts).toMatchObject({ familyReading: 'やまだ', givenReading: 'たろう' });
    // The family name's sort text comes first even for a name written given name first.
    const latin = card('VERSION:3.0', 'N:van der Harten;Rene;;;', 'SORT-STRING:Harten Rene');
    expect(latin.nameParts).toMatchObject({ familyReading: 'Harten', givenReading: 'Rene' });
    expect(latin.card.reading).toBe('Rene Harten');
    // Without N there are no parts to split over: the reading stays whole.
    expect(card('VERSION:3.0', 'FN:Rene van der Harten', 'SORT-STRING:Harten Rene').card.reading).toBe('Harten Rene');
  });

  it('cleans and caps each item like a name, and drops empty ones', () => {
    const long = 'x'.repeat(300);
    const read = parts(`N:${long};a,,\u202eb,${Array.from({ length: 20 }, (_, i) => `g${i}`).join(',')};;;`, 'FN:x');
    expect(read?.family).toEqual(['x'.repeat(READ_CAPS.name)]);
    expect(read?.given).toHaveLength(10);
    expect(read?.given.slice(0, 2)).toEqual(['a', 'b']);
  });
});

describe('parseVCard: addresses with a display name', () => {
  it('takes the address out of "Omega" <omega@example.com>, also folded over two lines (2.1)', () => {
    expect(card('VERSION:2.1', 'N:;Omega;;;', 'EMAIL;INTERNET:"Omega"', '  <omega@example.com>', 'FN:Omega').card.email).toBe('omega@example.com');
    expect(card('FN:x', 'EMAIL:Omega Team <team@example.com>').card.email).toBe('team@example.com');
    expect(card('FN:x', 'EMAIL:<bare@example.com>').card.email).toBe('bare@example.com');
    // Not an address even so.
    expect(card('FN:x', 'EMAIL:"Omega" <not an address>').card.email).toBe('');
  });
});

describe('parseVCard: work bounded by what is kept, not by what a card holds', () => {
  it('stops at the first few invalid values of a property', () => {
    const bad = Array.from({ length: 10 }, () => 'URL::');
    expect(card('FN:x', 'URL::', 'URL:https://ok.example.com').card.website).toBe('https://ok.example.com/');
    // After five refused values the rest are not tried.
    expect(card('FN:x', ...bad, 'URL:https://late.example.com').card.website).toBe('');
    const badEmails = Array.from({ length: 10 }, (_, i) => `EMAIL:bad${i}`);
    expect(card('FN:x', 'EMAIL:a@example.com', ...badEmails, 'EMAIL:late@example.com').extraEmails).toEqual([]);
  });

  it('reads a card with 300,000 invalid URL lines, keeping its name and address', () => {
    const text = `BEGIN:VCARD\nFN:Crafted\nEMAIL:c@example.com\n${'URL::\n'.repeat(300_000)}END:VCARD\n`;
    const read = parseVCard(text);
    expect(read.ok && read.value.card).toMatchObject({ name: 'Crafted', email: 'c@example.com', website: '' });
  });

  it('reads past the quoted-printable soft breaks of properties it does not keep', () => {
    const read = card('VERSION:2.1', ...Array.from({ length: 40 }, () => 'EMAIL:skip@example.com'), 'LABEL;ENCODING=QUOTED-PRINTABLE:a=', 'FN:Hidden', 'FN:Real Name');
    // The line after a soft break is still the label's, though the label is not read.
    expect(read.card.name).toBe('Real Name');
  });
});
