import { describe, expect, it } from 'vitest';
import { FIELD_SEPARATOR, makeQuery, makeSearchText, matchesQuery, normalizeForSearch } from '../../../../src/domain/search/normalize-search';
import { makeContact } from '../../../fixtures/make-contact';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

const search = (haystack: string, query: string) => matchesQuery(haystack, makeQuery(query));

describe('normalizeForSearch', () => {
  it('writes hiragana, katakana and half-width katakana the same way', () => {
    expect(normalizeForSearch('やまだ')).toBe('やまだ');
    expect(normalizeForSearch('ヤマダ')).toBe('やまだ');
    expect(normalizeForSearch('ﾔﾏﾀﾞ')).toBe('やまだ');
    expect(normalizeForSearch('ｶﾞｯｺｳ')).toBe('がっこう');
    expect(normalizeForSearch('ヴァイオリン')).toBe('ゔぁいおりん');
    expect(normalizeForSearch('ヵヶ')).toBe('ゕゖ');
  });

  it('maps the katakana iteration marks and keeps the long vowel mark', () => {
    expect(normalizeForSearch('ヽヾ')).toBe('ゝゞ');
    expect(normalizeForSearch('ラーメン')).toBe('らーめん');
    expect(normalizeForSearch('ﾗｰﾒﾝ')).toBe('らーめん');
  });

  it('folds full-width letters and digits and case', () => {
    expect(normalizeForSearch('ＹＡＭＡＤＡ')).toBe('yamada');
    expect(normalizeForSearch('Yamada')).toBe('yamada');
    expect(normalizeForSearch('ｙａｍａｄａ')).toBe('yamada');
    expect(normalizeForSearch('０９０１２３')).toBe('090123');
    expect(normalizeForSearch('Ｔａｒｏ＠Ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('taro@example.com');
  });

  it('removes every kind of whitespace and invisible format characters', () => {
    expect(normalizeForSearch(' 山田\u3000太郎\t\n ')).toBe('山田太郎');
    expect(normalizeForSearch('ya\u00a0ma\u200bda\ufeff')).toBe('yamada');
  });

  it('never outputs the field separator', () => {
    expect(normalizeForSearch(`a${FIELD_SEPARATOR}b`)).toBe('ab');
  });

  it('leaves kanji alone', () => {
    expect(normalizeForSearch('山田太郎')).toBe('山田太郎');
  });
});

describe('makeQuery', () => {
  it('splits on ASCII and ideographic spaces, normalises and drops empties', () => {
    expect(makeQuery('  山田\u3000ﾃﾞｻﾞｲﾝ  ＷＥＢ ')).toEqual(['山田', 'でざいん', 'web']);
    expect(makeQuery('')).toEqual([]);
    expect(makeQuery(' \u3000 ')).toEqual([]);
  });
});

describe('matchesQuery', () => {
  const yamada = makeSearchText(
    makeContact(
      { name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'デザイナー', email: 'Taro.Yamada@example.co.jp', tagline: 'Web design' },
      { extraEmails: ['taro@home.example'], notes: 'カフェの話をした。\n来月連絡。', tags: ['クライアント候補'] },
    ),
    ['渋谷 異業種交流会'],
  );

  it('matches an empty query', () => {
    expect(matchesQuery(yamada, [])).toBe(true);
    expect(search(yamada, '   ')).toBe(true);
  });

  it('finds a reading in hiragana, katakana or half-width katakana', () => {
    expect(search(yamada, 'やまだ')).toBe(true);
    expect(search(yamada, 'ヤマダ')).toBe(true);
    expect(search(yamada, 'ﾔﾏﾀﾞ')).toBe(true);
    expect(search(yamada, 'やまだたろう')).toBe(true);
  });

  it('finds a name regardless of spaces', () => {
    expect(search(yamada, '山田太郎')).toBe(true);
    expect(search(yamada, '山田')).toBe(true);
  });

  it('ignores case and width in Latin text', () => {
    expect(search(yamada, 'yamada')).toBe(true);
    expect(search(yamada, 'ＹＡＭＡＤＡ')).toBe(true);
    expect(search(yamada, 'TARO.YAMADA@')).toBe(true);
  });

  it('searches organisation, title, tagline, extra emails, notes, tags and events', () => {
    expect(search(yamada, 'さんぷる')).toBe(true);
    expect(search(yamada, 'でざいなー')).toBe(true);
    expect(search(yamada, 'web design')).toBe(true);
    expect(search(yamada, 'home.example')).toBe(true);
    expect(search(yamada, 'カフェ')).toBe(true);
    expect(search(yamada, '来月連絡')).toBe(true);
    expect(search(yamada, 'クライアント')).toBe(true);
    expect(search(yamada, '異業種')).toBe(true);
  });

  it('requires every term (AND)', () => {
    expect(search(yamada, 'やまだ カフェ')).toBe(true);
    expect(search(yamada, 'ヤマダ\u3000ｻﾝﾌﾟﾙ')).toBe(true);
    expect(search(yamada, 'やまだ 鈴木')).toBe(false);
  });

  it('does not match across two fields', () => {
    // The name ends in 太郎 and the reading starts with やまだ: next to each other, never one term.
    expect(search(yamada, '太郎やまだ')).toBe(false);
    expect(search(yamada, 'たろう株式会社')).toBe(false);
    expect(search(yamada, 'サンプルデザイナー')).toBe(false);
  });

  it('finds digits whichever width they are written in', () => {
    const haystack = makeSearchText(makeContact({ name: 'Room ４０４' }, { notes: 'Met at table 12' }));
    expect(search(haystack, '404')).toBe(true);
    expect(search(haystack, '１２')).toBe(true);
  });

  it('finds the text read from a paper card, one line at a time', () => {
    const haystack = makeSearchText(makeContact({ name: '森 健太' }, { paperText: '株式会社ネクストステップ\n〒150-0002 東京都渋谷区\nTEL 03-1234-5678' }));
    expect(search(haystack, '渋谷区')).toBe(true);
    expect(search(haystack, '03-1234')).toBe(true);
    expect(search(haystack, 'ステップ〒150')).toBe(false);
  });

  it('does not find what is not there', () => {
    expect(search(yamada, 'suzuki')).toBe(false);
  });

  it('works for 10,000 contacts', HEAVY, () => {
    const contacts = Array.from({ length: 10_000 }, (_, i) =>
      makeContact({ name: `テスト ${i}`, reading: `てすと ${i}`, org: `Company ${i % 97}`, email: `user${i}@example.com` }, { notes: `note ${i} `.repeat(20) }),
    );
    const haystacks = contacts.map((contact) => makeSearchText(contact, ['交流会']));
    expect(haystacks.filter((h) => search(h, 'テスト 9999'))).toHaveLength(1);
    expect(haystacks.filter((h) => search(h, 'COMPANY96'))).toHaveLength(103);
    expect(haystacks.filter((h) => search(h, 'ﾃｽﾄ'))).toHaveLength(10_000);
    expect(haystacks.filter((h) => search(h, 'nobody'))).toHaveLength(0);
  });
});

describe('searching the people of an evening', () => {
  // The people and queries a person types into Contacts; the browser test keeps a few of them.
  const people = [
    makeContact({ name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'taro.yamada@example.co.jp' }),
    makeContact({ name: '安藤 花', reading: 'あんどう はな', org: 'Acme Corp', email: 'hana@acme.example' }),
    makeContact({ name: '佐藤 健', reading: 'さとう けん', org: '合同会社テスト', email: 'ken@sato.example' }, { notes: 'Wants a LOGO redesign before the spring sale' }),
    makeContact({ name: 'John Smith', org: 'Smith & Co', title: 'CTO', email: 'john@smith.example' }),
    makeContact({ name: '鈴木 一郎', reading: 'すずき いちろう', org: 'Suzuki Design' }),
  ];
  const haystacks = people.map((person) => ({ name: person.card.name, text: makeSearchText(person) }));
  const found = (query: string) => haystacks.filter((h) => search(h.text, query)).map((h) => h.name);

  it.each([
    ['やまだ', ['山田 太郎']],
    ['ヤマダ', ['山田 太郎']],
    ['ﾔﾏﾀﾞ', ['山田 太郎']],
    ['山田', ['山田 太郎']],
    ['たろう', ['山田 太郎']],
    ['Yamada', ['山田 太郎']],
    ['ＹＡＭＡＤＡ', ['山田 太郎']],
    ['acme', ['安藤 花']],
    ['ACME corp', ['安藤 花']],
    ['john@SMITH', ['John Smith']],
    ['cto', ['John Smith']],
    ['logo', ['佐藤 健']],
    ['spring LOGO', ['佐藤 健']],
    ['ごうどう', []],
    ['サンプル', ['山田 太郎']],
    ['suzuki design', ['鈴木 一郎']],
  ])('“%s” finds %j', (query, names) => {
    expect(found(query)).toEqual(names);
  });
});
