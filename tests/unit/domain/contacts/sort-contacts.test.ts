import { describe, expect, it } from 'vitest';
import { compareByName, nameSortKey } from '../../../../src/domain/contacts/sort-contacts';
import type { Contact } from '../../../../src/domain/types';
import { makeContact } from '../../../fixtures/make-contact';

const names = (contacts: Contact[]) => [...contacts].sort(compareByName).map((c) => c.card.name || c.card.email);

describe('nameSortKey', () => {
  it('uses the reading in hiragana, without spaces', () => {
    expect(nameSortKey(makeContact({ name: '山田 太郎', reading: 'ヤマダ タロウ' }))).toBe('やまだたろう');
    expect(nameSortKey(makeContact({ name: '山田 太郎', reading: 'ﾔﾏﾀﾞ ﾀﾛｳ' }))).toBe('やまだたろう');
  });

  it('reads the name’s parts family first where they have readings, as phones sort', () => {
    const parts = { family: ['van der Harten'], given: ['René'], middle: [], prefix: [], suffix: [], familyReading: 'Harten', givenReading: 'Rene', middleReading: '' };
    const rene = makeContact({ name: 'René van der Harten', reading: 'Rene Harten' }, { nameParts: parts });
    expect(nameSortKey(rene)).toBe('hartenrene');
    const yamada = makeContact({ name: '山田 太郎', reading: 'やまだ たろう' }, { nameParts: { ...parts, family: ['山田'], given: ['太郎'], familyReading: 'ヤマダ', givenReading: 'タロウ' } });
    expect(nameSortKey(yamada)).toBe('やまだたろう');
    expect(names([makeContact({ name: 'Ito' }), rene, makeContact({ name: 'Hana' }), makeContact({ name: 'Rachel' })])).toEqual(['Hana', 'René van der Harten', 'Ito', 'Rachel']);
  });

  it('falls back to the name, then the email', () => {
    expect(nameSortKey(makeContact({ name: ' Jane Doe ', reading: '  ' }))).toBe('Jane Doe');
    expect(nameSortKey(makeContact({ name: 'ｶﾀｶﾅ' }))).toBe('カタカナ');
    expect(nameSortKey(makeContact({ email: 'info@example.com' }))).toBe('info@example.com');
    expect(nameSortKey(makeContact())).toBe('');
  });
});

describe('compareByName', () => {
  it('sorts Japanese names by reading in gojūon order, whatever the kanji', () => {
    // By code point the kanji would give 伊藤 (U+4F0A) < 安部 (U+5B89) < 山田 (U+5C71).
    const contacts = [
      makeContact({ name: '山田 太郎', reading: 'やまだ たろう' }),
      makeContact({ name: '伊藤 花子', reading: 'いとう はなこ' }),
      makeContact({ name: '安部 一郎', reading: 'あべ いちろう' }),
      makeContact({ name: '渡辺 健', reading: 'ワタナベ ケン' }),
      makeContact({ name: '佐藤 美咲', reading: 'さとう みさき' }),
    ];
    expect(names(contacts)).toEqual(['安部 一郎', '伊藤 花子', '佐藤 美咲', '山田 太郎', '渡辺 健']);
  });

  it('treats voiced and small kana as in a Japanese dictionary', () => {
    const contacts = [makeContact({ name: 'C', reading: 'はば' }), makeContact({ name: 'A', reading: 'はし' }), makeContact({ name: 'B', reading: 'ばば' })];
    // は < ば at the second level, so はし (し < ば) comes before both.
    expect(names(contacts)).toEqual(['A', 'C', 'B']);
  });

  it('places a kana name without reading among the readings', () => {
    const contacts = [makeContact({ name: '山田', reading: 'やまだ' }), makeContact({ name: 'イトウ' }), makeContact({ name: '安部', reading: 'あべ' })];
    expect(names(contacts)).toEqual(['安部', 'イトウ', '山田']);
  });

  it('sorts Latin names case-insensitively and numbers numerically', () => {
    const contacts = [makeContact({ name: 'bob' }), makeContact({ name: 'Alice' }), makeContact({ name: 'Team 10' }), makeContact({ name: 'Team 9' }), makeContact({ name: 'Ｃａｒｏｌ' })];
    expect(names(contacts)).toEqual(['Alice', 'bob', 'Ｃａｒｏｌ', 'Team 9', 'Team 10']);
  });

  it('puts Latin before kana before kanji-only names', () => {
    const contacts = [makeContact({ name: '山田' }), makeContact({ name: 'やまだ' }), makeContact({ name: 'Yamada' })];
    expect(names(contacts)).toEqual(['Yamada', 'やまだ', '山田']);
  });

  it('uses the email when there is no name, and puts contacts with nothing last', () => {
    const empty = makeContact();
    const contacts = [empty, makeContact({ email: 'zed@example.com' }), makeContact({ name: 'Amy' })];
    const sorted = [...contacts].sort(compareByName);
    expect(sorted.map((c) => c.card.name || c.card.email)).toEqual(['Amy', 'zed@example.com', '']);
    expect(sorted[2]).toBe(empty);
  });

  it('breaks ties by creation time, then id', () => {
    const later = makeContact({ name: '山田', reading: 'やまだ' }, { id: 'a', createdAt: 2 });
    const earlier = makeContact({ name: '山田', reading: 'やまだ' }, { id: 'b', createdAt: 1 });
    const sameTime = makeContact({ name: '山田', reading: 'やまだ' }, { id: 'c', createdAt: 2 });
    expect([sameTime, later, earlier].sort(compareByName)).toEqual([earlier, later, sameTime]);
    expect(compareByName(later, later)).toBe(0);
  });
});

describe('sortByName', () => {
  it('gives the same order as sorting with compareByName', async () => {
    const { sortByName } = await import('../../../../src/domain/contacts/sort-contacts');
    const cards: [string, string, string][] = [['山田 太郎', 'やまだ たろう', ''], ['阿部 一', 'あべ はじめ', ''], ['Jane Doe', '', ''], ['伊藤', 'イトウ', ''], ['', '', ''], ['', '', 'x@example.com'], ['ｶﾀｶﾅ', '', ''], ['Team 10', '', ''], ['Team 9', '', '']];
    const list = cards.map(([name, reading, email], i) => makeContact({ name, reading, email }, { createdAt: 100 - i }));
    expect(sortByName(list).map((c) => c.id)).toEqual([...list].sort(compareByName).map((c) => c.id));
  });
});

describe('updateNameOrder', () => {
  const names = ['山田 太郎', 'やまだ', '阿部', 'Jane', 'jane', 'Team 10', 'Team 9', '', 'ｶﾀｶﾅ', 'カタカナ', 'Ōno', 'Zed'];
  const person = (id: number, name: number, createdAt: number) => makeContact({ name: names[name % names.length]!, email: `${id}@example.com` }, { id: `c${id}`, createdAt });

  it('gives the order a full sort gives, after any edits, additions and removals', async () => {
    const { sortByName, updateNameOrder, makeSortKeyCache } = await import('../../../../src/domain/contacts/sort-contacts');
    const fc = await import('fast-check');
    const contact = fc.tuple(fc.nat(40), fc.nat(30), fc.nat(5));
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 60 }), fc.array(contact, { maxLength: 20 }), fc.array(fc.nat(40), { maxLength: 10 }), (before, changes, removals) => {
        const keyOf = makeSortKeyCache();
        const start = new Map(before.map(([id, name, at]) => [`c${id}`, person(id, name, at)]));
        const sorted = sortByName([...start.values()], keyOf);
        const changed = [...new Map(changes.map(([id, name, at]) => [`c${id}`, person(id, name, at)])).values()];
        const removed = new Set(removals.map((id) => `c${id}`).filter((id) => !changed.some((c) => c.id === id)));
        const after = new Map(start);
        for (const id of removed) after.delete(id);
        for (const c of changed) after.set(c.id, c);
        const expected = sortByName([...after.values()]).map((c) => c.id);
        expect(updateNameOrder(sorted, changed, removed, keyOf).map((c) => c.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
