import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterContacts, narrows } from '../../../../src/features/contacts/contact-filter';
import { makeQuery, makeSearchText } from '../../../../src/domain/search/normalize-search';
import { makeContact } from '../../../fixtures/make-contact';

const alphabet = ['a', 'b', 'A', 'や', 'ヤ', 'ﾔ', 'ﾞ', 'か', 'が', 'ｶ', ' ', '　', '1', 'é', 'e\u0301'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((chars) => chars.join(''));

describe('narrowing a search', () => {
  it('knows a longer search of the same words can only find fewer people', () => {
    expect(narrows(makeQuery('yam'), makeQuery('yama'))).toBe(true);
    expect(narrows(makeQuery('yama'), makeQuery('yama ta'))).toBe(true);
    expect(narrows(makeQuery('yama'), makeQuery('yam'))).toBe(false);
    expect(narrows(makeQuery('ka'), makeQuery('kb'))).toBe(false);
    expect(narrows([], makeQuery('x'))).toBe(true);
  });

  it('finds exactly the people a search of everyone finds, whenever it looks only through the last results', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 30 }), text, text, (cards, before, after) => {
        const people = cards.map(([name, org], i) => makeContact({ name, org }, { id: `c${i}` }));
        const [previous, next] = [makeQuery(before), makeQuery(after)];
        fc.pre(narrows(previous, next));
        const textOf = (c: (typeof people)[number]) => makeSearchText(c);
        const lastFound = filterContacts(people, 'all', previous, textOf, 0);
        expect(filterContacts(lastFound, 'all', next, textOf, 0).map((c) => c.id)).toEqual(filterContacts(people, 'all', next, textOf, 0).map((c) => c.id));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a search', () => {
  it('that everyone passes gives back the same list (so its rows are not laid out again), and one that leaves someone out a new one', () => {
    const people = [makeContact({ name: 'Ann', email: 'ann@example.com' }, { id: 'a' }), makeContact({ name: 'Bob', email: 'bob@example.com' }, { id: 'b' })];
    const textOf = (c: (typeof people)[number]) => makeSearchText(c);
    expect(filterContacts(people, 'all', makeQuery('example'), textOf, 0)).toBe(people);
    const found = filterContacts(people, 'all', makeQuery('ann'), textOf, 0);
    expect(found).not.toBe(people);
    expect(found.map((c) => c.id)).toEqual(['a']);
    expect(people).toHaveLength(2);
  });
});
