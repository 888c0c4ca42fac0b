import { describe, expect, it } from 'vitest';
import { applyContactPatch, combinePatches, isEmptyPatch, makeContactPatch } from '../../../../src/domain/contacts/contact-patch';
import { makeContact } from '../../../fixtures/make-contact';
import { NOTE_CAP, TAG_CAP, TAGS_PER_CONTACT, TIME_MAX } from '../../../../src/domain/caps';

const base = makeContact({ name: 'Ann', email: 'ann@example.com' }, { notes: 'first', tags: ['a'], flags: ['line'], updatedAt: 100 });

describe('contact patches: what a person changed, applied to what is stored', () => {
  it('sets only the fields that differ, and turns lists into additions and removals', () => {
    const patch = makeContactPatch(base, { notes: 'first', followUpDone: true, tags: ['a', 'b'], flags: [] });
    expect(patch).toEqual({ set: { followUpDone: true }, addTags: ['b'], removeTags: [], addFlags: [], removeFlags: ['line'], settleReceived: false });
    expect(isEmptyPatch(makeContactPatch(base, { notes: 'first', tags: ['a'] }))).toBe(true);
  });

  it('keeps an edit another tab stored meanwhile in another field', () => {
    const otherTab = { ...base, notes: 'written in the other tab', updatedAt: 200 };
    const mine = applyContactPatch(otherTab, makeContactPatch(base, { followUpAt: 5000 }), 300);
    expect(mine).toMatchObject({ notes: 'written in the other tab', followUpAt: 5000, updatedAt: 300 });
  });

  it('keeps tags and flags added in two tabs', () => {
    const otherTab = applyContactPatch(base, makeContactPatch(base, { tags: ['a', 'from-b'], flags: ['line', 'referral'] }), 200);
    const mine = applyContactPatch(otherTab, makeContactPatch(base, { tags: ['a', 'from-a'] }), 300);
    expect(mine.tags).toEqual(['a', 'from-b', 'from-a']);
    expect(mine.flags).toEqual(['line', 'referral']);
  });

  it('combines quick edits of one list as the person saw them (typing tags)', () => {
    const first = makeContactPatch(base, { tags: ['a', 'b'] });
    const afterFirst = { ...base, tags: ['a', 'b'] };
    const second = makeContactPatch(afterFirst, { tags: ['a', 'bc'] });
    const combined = combinePatches(first, second);
    expect(applyContactPatch(base, combined, 300).tags).toEqual(['a', 'bc']);
  });

  it('lets the later of two edits win a field, and never goes back in time', () => {
    const combined = combinePatches(makeContactPatch(base, { notes: 'one' }), makeContactPatch(base, { notes: 'two' }));
    const stored = { ...base, updatedAt: 900 };
    expect(applyContactPatch(stored, combined, 500)).toMatchObject({ notes: 'two', updatedAt: 900 });
  });

  it('stops adding tags at the cap, and cleans and caps notes and tags after NFC', () => {
    const full = { ...base, tags: Array.from({ length: TAGS_PER_CONTACT - 1 }, (_, i) => `t${i}`) };
    expect(applyContactPatch(full, makeContactPatch(base, { tags: ['a', 'x', 'y'] }), 300).tags).toEqual([...full.tags, 'x']);
    // U+FB2A is one unit as typed and two after NFC: the cap holds after normalisation.
    const typed = applyContactPatch(base, makeContactPatch(base, { notes: '\ufb2a'.repeat(NOTE_CAP), tags: ['a', ` ${'\u202e'}${'x'.repeat(TAG_CAP + 50)}`] }), 300);
    expect(typed.notes.length).toBeLessThanOrEqual(NOTE_CAP);
    expect(typed.tags).toEqual(['a', 'x'.repeat(TAG_CAP)]);
  });

  it('settles the cards received so far', () => {
    const withCard = { ...base, received: [{ at: 5, source: 'vcard' as const, card: { ...base.card, title: 'CTO' }, nameParts: null, settled: false }] };
    const patch = { ...makeContactPatch(withCard, {}), settleReceived: true };
    expect(applyContactPatch(withCard, patch, 300).received[0]?.settled).toBe(true);
  });

  it('replaces the card as a whole, copied', () => {
    const card = { ...base.card, title: 'CTO' };
    const result = applyContactPatch(base, makeContactPatch(base, { card }), 300);
    expect(result.card).toEqual(card);
    expect(result.card).not.toBe(card);
    expect(result.original).toEqual(base.original);
  });
});

describe('a patch on a device clock set far off', () => {
  it('stamps the edit, and a follow-up counted from that clock, within the range', () => {
    const later = Date.UTC(2300, 0, 1);
    const edited = applyContactPatch(base, makeContactPatch(base, { followUpAt: later + 86_400_000 }), later);
    expect(edited).toMatchObject({ updatedAt: TIME_MAX, followUpAt: TIME_MAX });
    expect(applyContactPatch(base, makeContactPatch(base, { notes: 'x' }), -1).updatedAt).toBe(base.updatedAt);
  });
});
