import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capLength, capLine, capMultiline, cleanAddress, cleanLine, cleanMultiline, cleanNotes, cleanTags, hasInvisible, parseTagsText } from '../../../../src/domain/card/clean-text';
import { isValidEmail } from '../../../../src/domain/card/email';
import { NOTE_CAP, TAG_CAP } from '../../../../src/domain/caps';
import { trickyText, trickyTextAt } from '../../../support/tricky-text';

// A backup check cleans what it reads again, so text cleaned twice must stay as it was stored.

describe('cleaning twice changes nothing (the cases an audit found)', () => {
  it('a joiner between two spaces leaves one space, not two', () => {
    expect(cleanLine('a \u200d b')).toBe('a b');
  });

  it('an invisible character between a letter and its accent: removed before NFC composes them', () => {
    expect(cleanLine('e\u200b\u0301')).toBe('\u00e9');
    expect(cleanNotes('e\u0007\u0301')).toBe('\u00e9');
    expect(cleanMultiline('e\u0007\u0301')).toBe('\u00e9');
  });

  it('a tag cut at its cap right after a joiner keeps no joiner', () => {
    const [tag] = cleanTags([`${'x'.repeat(TAG_CAP - 1)}\u200dy`]);
    expect(tag).toBe('x'.repeat(TAG_CAP - 1));
    expect(cleanLine(tag!)).toBe(tag);
  });

  it('notes cut between a letter and its accent lose the letter too, not only the accent', () => {
    const notes = cleanNotes(`${'x'.repeat(NOTE_CAP - 1)}q\u0301\u0323`);
    expect(notes).toBe('x'.repeat(NOTE_CAP - 1));
    expect(cleanMultiline(notes)).toBe(notes);
  });
});

describe('capLength', () => {
  it('never splits a surrogate pair, a letter from its marks, or Hangul jamo from their syllable', () => {
    expect(capLength('ab𠮷', 3)).toBe('ab');
    expect(capLength('abq\u0301\u0323', 4)).toBe('ab');
    expect(capLength('a\u1100\u1161\u11a8', 3)).toBe('a');
    expect(capLength('a👍\ufe0f', 3)).toBe('a');
  });

  it('leaves no joiner at the end', () => {
    expect(capLength('ab\u200d\u200cc', 4)).toBe('ab');
    expect(capLength('👨\u200d👩', 3)).toBe('👨');
  });

  it('leaves text within the cap as it is', () => {
    expect(capLength('ab\u200d', 3)).toBe('ab\u200d');
  });
});

describe('characters that show nothing', () => {
  const hidden = ['\u{e0041}', '\u{e007f}', '\ufe0f', '\ufe00', '\u{e0100}', '\u{e01ef}', '\u2800', '\u206a', '\u206f'];

  it('are dropped from names', () => {
    for (const c of hidden) expect(cleanLine(`Ta${c}ro`), JSON.stringify(c)).toBe('Taro');
  });

  it('make an email address refused, not cleaned into another', () => {
    for (const c of hidden) {
      expect(hasInvisible(`ta${c}ro@example.com`), JSON.stringify(c)).toBe(true);
      expect(isValidEmail(cleanAddress(`ta${c}ro@example.com`)), JSON.stringify(c)).toBe(false);
    }
  });
});

describe('every cleaning is idempotent', () => {
  const text = fc.oneof(trickyText(), trickyTextAt(TAG_CAP), fc.string({ unit: 'binary', maxLength: 30 }));
  const runs = { numRuns: 3000 };

  it.each([
    ['cleanLine', cleanLine],
    ['cleanAddress', cleanAddress],
    ['cleanMultiline', cleanMultiline],
    ['cleanNotes', cleanNotes],
  ] as const)('%s', (_, clean) => {
    fc.assert(
      fc.property(text, (value) => {
        const once = clean(value);
        expect(clean(once)).toBe(once);
      }),
      runs,
    );
  });

  it('notes at their cap', () => {
    fc.assert(
      fc.property(trickyTextAt(NOTE_CAP), (value) => {
        const once = cleanNotes(value);
        expect(once.length).toBeLessThanOrEqual(NOTE_CAP);
        expect(cleanNotes(once)).toBe(once);
        expect(cleanMultiline(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('capLine and capMultiline: within the cap, and clean as the unbounded cleaning sees it', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (value, max) => {
        const line = capLine(value, max);
        expect(line.length).toBeLessThanOrEqual(max);
        expect(cleanLine(line)).toBe(line);
        expect(capLine(line, max)).toBe(line);
        const multi = capMultiline(value, max);
        expect(multi.length).toBeLessThanOrEqual(max);
        expect(cleanMultiline(multi)).toBe(multi);
      }),
      runs,
    );
  });

  it('tags, as a list and as typed on one line', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (values) => {
        const tags = cleanTags(values);
        expect(cleanTags(tags)).toEqual(tags);
        for (const tag of tags) expect(cleanLine(tag)).toBe(tag);
        const typed = parseTagsText(values.join(','));
        expect(parseTagsText(typed.join(','))).toEqual(typed);
      }),
      runs,
    );
  });
});
