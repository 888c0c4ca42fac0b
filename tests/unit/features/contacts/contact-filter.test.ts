import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterContacts, narrows, searchListing, type Listing } from '../../../../src/features/contacts/contact-filter';
import { makeContactRows, type ContactSort } from '../../../../src/features/contacts/contact-rows';
import { makeQuery, makeSearchText, matchesQuery } from '../../../../src/domain/search/normalize-search';
import type { Contact, MeishiEvent } from '../../../../src/domain/types';
import { makeContact } from '../../../fixtures/make-contact';

const alphabet = ['a', 'b', 'A', 'や', 'ヤ', 'ﾔ', 'ﾞ', 'か', 'が', 'ｶ', ' ', '　', '1', 'é', 'e\u0301'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((chars) => chars.join(''));
const events = new Map<string, MeishiEvent>([
  ['mixer', { id: 'mixer', name: 'Shibuya Mixer', date: '2026-03-03' } as MeishiEvent],
  ['talk', { id: 'talk', name: 'Design Talk', date: '2026-04-04' } as MeishiEvent],
]);
const textOf = (c: Contact) => makeSearchText(c);
// People met at one of the events or at none, as the list lays them out.
const people = fc.array(fc.tuple(text, text, fc.constantFrom('mixer', 'talk', null)), { minLength: 1, maxLength: 30 }).map((cards) =>
  cards.map(([name, org, eventId], i) => makeContact({ name, org }, { id: `c${i}`, meetings: [{ at: 1000 + i, eventId, source: 'meishi' }] })),
);
const listingOf = (list: Contact[], sort: ContactSort): Listing => ({ found: list, rows: makeContactRows(list, events, sort, 'No event') });

describe('narrowing a search', () => {
  it('knows a longer search of the same words can only find fewer people', () => {
    expect(narrows(makeQuery('yam'), makeQuery('yama'))).toBe(true);
    expect(narrows(makeQuery('yama'), makeQuery('yama ta'))).toBe(true);
    expect(narrows(makeQuery('yama'), makeQuery('yam'))).toBe(false);
    expect(narrows(makeQuery('ka'), makeQuery('kb'))).toBe(false);
    expect(narrows([], makeQuery('x'))).toBe(true);
  });

  it('finds exactly the rows a search of everyone finds, whenever it looks only through the last results', () => {
    fc.assert(
      fc.property(people, text, text, fc.constantFrom<ContactSort>('event', 'name'), (list, before, after, sort) => {
        const [previous, next] = [makeQuery(before), makeQuery(after)];
        fc.pre(previous.length > 0 && narrows(previous, next));
        const everyone = listingOf(list, sort);
        const last = searchListing(everyone, previous, textOf);
        expect(searchListing(last, next, textOf)).toEqual(searchListing(everyone, next, textOf));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a search', () => {
  it('keeps the list’s order and groups, with each heading over the people found under it and counting them', () => {
    fc.assert(
      fc.property(people, text, fc.constantFrom<ContactSort>('event', 'name'), (list, typed, sort) => {
        const terms = makeQuery(typed);
        const everyone = listingOf(list, sort);
        const searched = searchListing(everyone, terms, textOf);
        const { found, rows } = searched;
        const matching = (c: Contact) => matchesQuery(textOf(c), terms);
        // The people found: those matching, in the order the whole list shows them (or, when
        // everyone matches, the whole listing as it was).
        const shown = everyone.rows.flatMap((r) => (r.kind === 'contact' ? [r.contact] : []));
        expect(rows.flatMap((r) => (r.kind === 'contact' ? [r.contact] : []))).toEqual(shown.filter(matching));
        if (searched === everyone) expect(list.every(matching)).toBe(true);
        else expect(found).toEqual(shown.filter(matching));
        // Each heading the whole list has, over the people found in its group, and only if any are.
        const groups = everyone.rows.flatMap((r, i) => (r.kind === 'header' ? [{ key: r.key, at: i }] : []));
        const expected = groups.flatMap(({ key, at }) => {
          const end = everyone.rows.findIndex((r, j) => j > at && r.kind === 'header');
          const count = everyone.rows.slice(at + 1, end === -1 ? undefined : end).filter((r) => r.kind === 'contact' && matching(r.contact)).length;
          return count > 0 ? [{ key, count }] : [];
        });
        expect(rows.flatMap((r) => (r.kind === 'header' ? [{ key: r.key, count: r.count }] : []))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('that everyone passes gives back the same listing (so its rows are not laid out again), and one that leaves someone out a new one', () => {
    const list = [makeContact({ name: 'Ann', email: 'ann@example.com' }, { id: 'a' }), makeContact({ name: 'Bob', email: 'bob@example.com' }, { id: 'b' })];
    const everyone = listingOf(list, 'event');
    expect(searchListing(everyone, makeQuery('example'), textOf)).toBe(everyone);
    const found = searchListing(everyone, makeQuery('ann'), textOf);
    expect(found).not.toBe(everyone);
    expect(found.found.map((c) => c.id)).toEqual(['a']);
    expect(found.rows).toMatchObject([{ kind: 'header', title: 'No event', count: 1 }, { kind: 'contact', key: 'a' }]);
    expect(everyone.rows[0]).toMatchObject({ kind: 'header', count: 2 });
  });
});

describe('a filter', () => {
  it('keeps the people flagged, or met at one event, and gives back the same list when everyone passes', () => {
    const ann = makeContact({ name: 'Ann' }, { id: 'a', flags: ['line'], meetings: [{ at: 1, eventId: 'mixer', source: 'meishi' }] });
    const bob = makeContact({ name: 'Bob' }, { id: 'b', meetings: [{ at: 2, eventId: 'talk', source: 'meishi' }] });
    const list = [ann, bob];
    expect(filterContacts(list, 'all', 0)).toBe(list);
    expect(filterContacts(list, 'flagged', 0)).toEqual([ann]);
    expect(filterContacts(list, 'event:talk', 0)).toEqual([bob]);
    const both = [ann, { ...bob, meetings: [...bob.meetings, { at: 3, eventId: 'mixer', source: 'meishi' as const }] }];
    expect(filterContacts(both, 'event:mixer', 0)).toBe(both);
  });
});
