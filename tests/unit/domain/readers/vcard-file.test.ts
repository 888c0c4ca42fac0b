import { describe, expect, it } from 'vitest';
import { decodeVCardBytes } from '../../../../src/domain/readers/vcard-bytes';
import { MAX_VCF_FILE_LENGTH, parseVCardFile } from '../../../../src/domain/readers/vcard-file';
import { fixtureBytes, vcard } from './read-fixture';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

function readFixture(name: string) {
  return parseVCardFile(decodeVCardBytes(fixtureBytes(name)));
}

describe('parseVCardFile on real-world exports', () => {
  it('reads an iOS Contacts 3.0 export: item groups, phonetic names, a folded photo', () => {
    const { cards, errors } = readFixture('ios-3.0.vcf');
    expect(errors).toEqual([]);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toEqual({
      card: {
        name: '山田 太郎',
        reading: 'やまだ たろう',
        org: '株式会社サンプル デザイン部',
        title: 'Webデザイナー',
        // type=pref wins over the first address; the domain only is lower-cased.
        email: 'taro@example.com',
        website: 'https://www.example.co.jp/taro',
        tagline: '',
      },
      // TARO@EXAMPLE.COM is the preferred address again, in other case: dropped.
      extraEmails: ['taro.yamada@example.co.jp'],
      nameParts: { family: ['山田'], given: ['太郎'], middle: [], prefix: [], suffix: [], familyReading: 'やまだ', givenReading: 'たろう', middleReading: '' },
      source: 'vcard',
      note: '東京の交流会で名刺交換\nフォローアップ: 来週',
    });
    expect(cards[1]?.card).toMatchObject({ name: 'Dr. Jane Q. Doe PhD', org: 'Example Corp.', email: 'jane.doe@example.com', website: 'https://example.com/jane' });
    expect(cards[1]?.extraEmails).toEqual(['jane@example.org']);
    expect(cards[1]?.nameParts).toEqual({ family: ['Doe'], given: ['Jane'], middle: ['Q.'], prefix: ['Dr.'], suffix: ['PhD'], familyReading: '', givenReading: '', middleReading: '' });
    // Nothing of the base64 photo leaks into any field.
    expect(JSON.stringify(cards)).not.toContain('/9j/');
  });

  it('reads an Android 2.1 export: UTF-8 quoted-printable with soft line breaks, a 2.1 photo', () => {
    const { cards, errors } = readFixture('android-2.1.vcf');
    expect(errors).toEqual([]);
    expect(cards.map((c) => c.card.name)).toEqual(['佐藤 花子', 'Ichiro Tanaka']);
    expect(cards[0]).toEqual({
      card: {
        name: '佐藤 花子',
        reading: 'さとう はなこ',
        org: '株式会社エグザンプル・ホールディングス マーケティング本部 デジタル戦略グループ',
        title: 'マネージャー',
        email: 'h-sato@example.co.jp',
        website: 'http://www.example.co.jp/hanako',
        tagline: '',
      },
      extraEmails: ['hanako.sato@example.com'],
      nameParts: { family: ['佐藤'], given: ['花子'], middle: [], prefix: [], suffix: [], familyReading: 'さとう', givenReading: 'はなこ', middleReading: '' },
      source: 'vcard',
      note: 'イベントで名刺交換しました。\n次回はランチの約束。とても長いメモなので、ソフト改行で何行にも分かれて書き出されます。',
    });
  });

  it('reads a Google Contacts 3.0 export with several cards', () => {
    const { cards, errors } = readFixture('google-contacts-3.0.vcf');
    expect(errors).toEqual([]);
    expect(cards.map((c) => c.card.name)).toEqual(['鈴木 一郎', 'Alex Smith', '', 'Maria García']);
    expect(cards[0]?.card).toMatchObject({ reading: 'すずき いちろう', org: 'サンプル商事', title: '営業部長', website: 'https://sample.example.co.jp/' });
    // The same address in another case is one address.
    expect(cards[1]?.card.email).toBe('alex.smith@example.com');
    expect(cards[1]?.extraEmails).toEqual(['alex@example.org']);
    expect(cards[1]?.note).toBe('Met at JS meetup, Shibuya; wants to collaborate on a Solid app.\nFollow up in May.');
    // A company card with an address but no person's name is still a card.
    expect(cards[2]?.card).toMatchObject({ name: '', org: 'Example Shop', email: 'info@example.net' });
    expect(cards[3]?.card.website).toBe('https://www.example.es/');
  });

  it('reads an Outlook 2.1 export in Windows-1252, skipping its label, design and photo blocks', () => {
    const { cards, errors } = readFixture('outlook-2.1.vcf');
    expect(errors).toEqual([]);
    expect(cards).toEqual([
      {
        card: {
          name: 'Jürgen Müller',
          reading: '',
          org: 'Example GmbH Vertrieb',
          title: 'Account Manager',
          email: 'juergen.mueller@example.de',
          website: 'https://www.example.de/',
          tagline: '',
        },
        extraEmails: ['j.mueller@example.com'],
        nameParts: { family: ['Müller'], given: ['Jürgen'], middle: [], prefix: [], suffix: [], familyReading: '', givenReading: '', middleReading: '' },
        source: 'vcard',
        note: 'Café owner, likes naïve design.\nSecond line.',
      },
    ]);
  });

  it('reads vCard 4.0: SORT-AS reading, PREF=1, a data: URI photo', () => {
    const { cards, errors } = readFixture('vcard-4.0.vcf');
    expect(errors).toEqual([]);
    expect(cards[0]?.card).toMatchObject({ name: '高橋 美咲', reading: 'たかはし みさき', org: 'エグザンプル合同会社', title: '代表', email: 'misaki@example.com' });
    expect(cards[0]?.extraEmails).toEqual(['m.takahashi@example.org', 'misaki.takahashi@example.co.jp']);
    expect(cards[0]?.note).toBe('デザイン勉強会の主催者。');
    // A Latin sort key is kept part by part: phones sort him under H.
    expect(cards[1]?.card).toMatchObject({ name: 'René van der Harten', reading: 'Rene Harten', email: 'rene@example.com' });
    expect(cards[1]?.nameParts).toMatchObject({ family: ['van der Harten'], familyReading: 'Harten', givenReading: 'Rene' });
  });

  it('reads a Japanese feature phone’s Shift_JIS file, with SOUND;X-IRMC-N readings', () => {
    const { cards, errors } = readFixture('feature-phone-sjis.vcf');
    expect(errors).toEqual([]);
    expect(cards.map((c) => c.card)).toEqual([
      { name: '山田 太郎', reading: 'ヤマダ タロウ', org: '', title: '', email: 'taro-yamada@example.co.jp', website: '', tagline: '' },
      // ソ is 0x83 0x5C in Shift_JIS: its second byte must not read as a backslash.
      { name: '宗谷 ソラ', reading: 'ソウヤ ソラ', org: '', title: '', email: 'sora@example.co.jp', website: '', tagline: '' },
    ]);
    expect(cards[1]?.note).toBe('表計算ソフトの話');
  });
});

describe('parseVCardFile errors', () => {
  it('reports each unreadable card by 1-based index and keeps the rest', () => {
    const { cards, errors } = readFixture('mixed-errors.vcf');
    expect(cards.map((c) => c.card.email)).toEqual(['one@example.com', 'nokia@example.com', 'two@example.com']);
    expect(errors).toEqual([
      { index: 2, reason: { kind: 'malformed', detail: 'broken quoted-printable in FN' }, excerpt: 'FN;ENCODING=QUOTED-PRINTABLE:Broken =ZZ value' },
      { index: 3, reason: { kind: 'empty-card' }, excerpt: 'TEL:+81 3 0000 0000' },
      { index: 6, reason: { kind: 'malformed', detail: 'no END:VCARD' }, excerpt: 'FN:Cut Short' },
    ]);
  });

  it('reports a card cut short by the next BEGIN:VCARD', () => {
    const text = 'BEGIN:VCARD\r\nFN:First\r\nEMAIL:first@example.com\r\n' + vcard('FN:Second', 'EMAIL:second@example.com');
    const { cards, errors } = parseVCardFile(text);
    expect(cards.map((c) => c.card.name)).toEqual(['Second']);
    expect(errors).toEqual([{ index: 1, reason: { kind: 'malformed', detail: 'no END:VCARD' }, excerpt: 'FN:First' }]);
  });

  it('keeps a card that holds nested cards (2.1), and reads the nested ones as cards of their own', () => {
    const { cards, errors } = readFixture('aosp/v21_nest.vcf');
    expect(errors).toEqual([]);
    // The outer card first, with its own properties only (its TEL comes after the nested cards).
    expect(cards.map((c) => c.card.name)).toEqual(['parent', 'nest1', 'nest2']);
  });

  it('loses no valid card after a nested, truncated or broken one', () => {
    const text = [
      vcard('VERSION:2.1', 'FN:Boss', 'AGENT:', 'BEGIN:VCARD', 'FN:Assistant', 'EMAIL:assistant@example.com', 'END:VCARD', 'EMAIL:boss@example.com'),
      'BEGIN:VCARD\r\nFN:Truncated\r\n',
      vcard('FN:After Truncated', 'EMAIL:after@example.com'),
      vcard('VERSION:2.1', 'FN;ENCODING=QUOTED-PRINTABLE:Broken =ZZ'),
      vcard('FN:Last', 'EMAIL:last@example.com'),
    ].join('');
    const { cards, errors } = parseVCardFile(text);
    expect(cards.map((c) => [c.card.name, c.card.email])).toEqual([
      ['Boss', 'boss@example.com'],
      ['Assistant', 'assistant@example.com'],
      ['After Truncated', 'after@example.com'],
      ['Last', 'last@example.com'],
    ]);
    expect(errors.map((e) => [e.index, e.reason.kind, e.excerpt])).toEqual([
      [3, 'malformed', 'FN:Truncated'],
      [5, 'malformed', 'FN;ENCODING=QUOTED-PRINTABLE:Broken =ZZ'],
    ]);
  });

  it('reads the UTF-8 file folded in the middle of characters in every script it holds', () => {
    const { cards, errors } = readFixture('utf8-folded-mid-character.vcf');
    expect(errors).toEqual([]);
    expect(cards.map((c) => c.card.name)).toEqual([
      'Δρ. Αλέξανδρος Γεώργιος Παπαδόπουλος',
      'Екатерина Сергеевна Иванова',
      'ㄓㄤ ㄒㄧㄠˇㄇㄧㄥˊ ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙ',
      '김 민준',
      '山田 花子',
      'Zoë 👩🏽‍💻 Smith',
    ]);
    expect(cards[0]?.card.org).toBe('Ελληνική Εταιρεία Λογισμικού Ανώνυμη Εταιρεία Τμήμα Έρευνας');
    expect(cards[4]?.card).toMatchObject({ reading: 'やまだ はなこ', title: 'シニアマネージャー（ブランド戦略担当）' });
    expect(cards[5]?.card.org).toBe('Emoji 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀 Rockets Ltd.');
  });

  it('reads real Shift_JIS feature-phone files (Android’s test suite) with their readings', () => {
    expect(readFixture('aosp/v21_japanese_2.vcf').cards.map((c) => [c.card.name, c.card.reading, c.nameParts?.family, c.nameParts?.given])).toEqual([
      ['安藤 ロイド 1', 'アンドウ ロイド1', ['安藤'], ['ロイド1']],
    ]);
    expect(readFixture('aosp/v21_multiple_entry.vcf').cards.map((c) => c.card.reading)).toEqual(['アンドウロイド3', 'アンドウロイド4', 'アンドウロイド5']);
    expect(readFixture('aosp/v30_japanese.vcf').cards[0]?.nameParts).toMatchObject({ family: ['伊能'], given: ['圭一'], middle: ['伊予'] });
  });

  it('refuses an oversize file with one error, before parsing', () => {
    const text = vcard('FN:A', 'EMAIL:a@example.com').repeat(Math.ceil(MAX_VCF_FILE_LENGTH / 40) + 1);
    expect(text.length).toBeGreaterThan(MAX_VCF_FILE_LENGTH);
    expect(parseVCardFile(text)).toEqual({ cards: [], errors: [{ index: 0, reason: { kind: 'too-large', limit: MAX_VCF_FILE_LENGTH }, excerpt: '' }] });
  });

  it('says a file with no card at all is not a card file', () => {
    expect(parseVCardFile('Name,Email\nTaro,taro@example.com\n')).toEqual({
      cards: [],
      errors: [{ index: 0, reason: { kind: 'not-a-card' }, excerpt: 'Name,Email' }],
    });
    expect(parseVCardFile('').errors[0]?.reason).toEqual({ kind: 'not-a-card' });
  });

  it('cleans excerpts like any other foreign text', () => {
    const { errors } = parseVCardFile('BEGIN:VCARD\nFN:\u202Eevil\u0007 ' + 'x'.repeat(500));
    expect(errors[0]?.excerpt).toMatch(/^FN: evil x+$/);
    expect(errors[0]?.excerpt.length).toBe(80);
  });
});

describe('parseVCardFile scale and line endings', () => {
  it('reads a huge hostile card without throwing: endless parameters, values and addresses', HEAVY, () => {
    const lines = [
      'BEGIN:VCARD',
      `EMAIL;TYPE=${'x,'.repeat(500_000)}pref:first@example.com`,
      `FN;${'X;'.repeat(200_000)}:${'名'.repeat(1_000_000)}`,
      // A quoted-printable note of 300,000 characters, soft-broken over 100,000 lines.
      `NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${'=E5=90=8D'.repeat(100_000)}=`,
      ...Array.from({ length: 100_000 }, () => '=E5=90=8D='),
      '=E5=90=8D',
      'junk without a colon',
      ...Array.from({ length: 50_000 }, (_, i) => `EMAIL:a${i}@example.com`),
      'END:VCARD',
    ];
    const text = lines.join('\r\n');
    const { cards, errors } = parseVCardFile(text);
    expect(errors).toEqual([]);
    expect(cards[0]?.card.email).toBe('first@example.com');
    expect(cards[0]?.card.name).toHaveLength(100);
    expect(cards[0]?.note).toBe('名'.repeat(2000));
  });


  it('reads 10,000 cards', HEAVY, () => {
    const card = (i: number) => vcard('VERSION:3.0', `N:Family${i};Given${i};;;`, `FN:Given${i} Family${i}`, `ORG:Company ${i % 97}`, `EMAIL;TYPE=INTERNET;TYPE=WORK:person${i}@example.com`, `TEL;TYPE=CELL:+81 90 0000 ${String(i).padStart(4, '0')}`, `NOTE:Card number ${i}`);
    const text = Array.from({ length: 10_000 }, (_, i) => card(i)).join('');
    const { cards, errors } = parseVCardFile(text);
    expect(errors).toEqual([]);
    expect(cards).toHaveLength(10_000);
    expect(cards[9_999]?.card).toMatchObject({ name: 'Given9999 Family9999', email: 'person9999@example.com' });
  });

  it('accepts LF-only and CR-only line endings', () => {
    for (const eol of ['\n', '\r']) {
      const text = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Line', ' Ending', 'EMAIL:eol@example.com', 'END:VCARD', 'BEGIN:VCARD', 'FN:Two', 'EMAIL:two@example.com', 'END:VCARD'].join(eol);
      const { cards, errors } = parseVCardFile(text);
      expect(errors).toEqual([]);
      expect(cards.map((c) => c.card.name)).toEqual(['LineEnding', 'Two']);
    }
  });

  it('ignores text outside cards, a BOM and indented markers', () => {
    const text = '\uFEFFexport 2024\r\n' + vcard('FN:One', 'EMAIL:one@example.com') + 'trailer\r\n  begin:vcard\r\nFN:Two\r\nEMAIL:two@example.com\r\nend:VCARD  \r\n';
    expect(parseVCardFile(text).cards.map((c) => c.card.name)).toEqual(['One', 'Two']);
  });
});
