import { describe, expect, it } from 'vitest';
import { guessNameParts, makeEmptyNameParts, nameFromParts, partItems, partText, readingFromParts, sameNameParts, splitName, withReadings } from '../../../../src/domain/card/person-name';

describe('splitName', () => {
  it('splits a Japanese name family-first, with its reading', () => {
    expect(splitName('山田 太郎', 'やまだ たろう')).toEqual({ family: '山田', given: '太郎', familyReading: 'やまだ', givenReading: 'たろう' });
  });

  it('splits on the ideographic space too', () => {
    expect(splitName('山田\u3000太郎', 'ヤマダ\u3000タロウ')).toEqual({ family: '山田', given: '太郎', familyReading: 'ヤマダ', givenReading: 'タロウ' });
  });

  it('treats runs of mixed whitespace as one separator and ignores edges', () => {
    expect(splitName('  山田 \u3000\t太郎  ', ' やまだ  たろう ')).toEqual({ family: '山田', given: '太郎', familyReading: 'やまだ', givenReading: 'たろう' });
  });

  it('splits a Western name given-first: the last token is the family name', () => {
    expect(splitName('Jane Q. Doe', '')).toEqual({ family: 'Doe', given: 'Jane Q.', familyReading: '', givenReading: '' });
    expect(splitName('Jane Doe', '')).toEqual({ family: 'Doe', given: 'Jane', familyReading: '', givenReading: '' });
  });

  it('puts a single CJK token in the family name', () => {
    expect(splitName('山田太郎', 'やまだたろう')).toEqual({ family: '山田太郎', given: '', familyReading: 'やまだたろう', givenReading: '' });
  });

  it('puts a single non-CJK token in the given name, as phones do, with its reading', () => {
    expect(splitName('Madonna', '')).toEqual({ family: '', given: 'Madonna', familyReading: '', givenReading: '' });
    expect(splitName('Madonna', 'マドンナ')).toEqual({ family: '', given: 'Madonna', familyReading: '', givenReading: 'マドンナ' });
  });

  it('gives a one-token reading to the family name when the name has two parts', () => {
    expect(splitName('山田 太郎', 'やまだたろう')).toEqual({ family: '山田', given: '太郎', familyReading: 'やまだたろう', givenReading: '' });
  });

  it('keeps further tokens in the given name, for both name orders', () => {
    expect(splitName('山田 太郎 次郎', 'やまだ たろう じろう')).toMatchObject({ family: '山田', given: '太郎 次郎', familyReading: 'やまだ', givenReading: 'たろう じろう' });
    expect(splitName('Mary Ann Lee Smith', '')).toMatchObject({ family: 'Smith', given: 'Mary Ann Lee' });
  });

  it('splits a Western name’s reading by the same (given-first) positions', () => {
    expect(splitName('Jane Doe', 'ジェーン ドウ')).toEqual({ family: 'Doe', given: 'Jane', familyReading: 'ドウ', givenReading: 'ジェーン' });
  });

  it('recognises katakana, hiragana and Hangul names as family-first', () => {
    expect(splitName('スミス ジョン', '')).toMatchObject({ family: 'スミス', given: 'ジョン' });
    expect(splitName('やまだ たろう', '')).toMatchObject({ family: 'やまだ', given: 'たろう' });
    expect(splitName('김 철수', '')).toMatchObject({ family: '김', given: '철수' });
  });

  it('uses the reading’s script for the order when there is no name', () => {
    expect(splitName('', 'やまだ たろう')).toEqual({ family: '', given: '', familyReading: 'やまだ', givenReading: 'たろう' });
  });

  it('gives empty parts for empty input', () => {
    expect(splitName('', '')).toEqual({ family: '', given: '', familyReading: '', givenReading: '' });
    expect(splitName(' \u3000 ', ' ')).toEqual({ family: '', given: '', familyReading: '', givenReading: '' });
  });

  it('keeps combining marks, emoji and RTL text intact inside tokens', () => {
    expect(splitName('Jose\u0301 Garci\u0301a', '')).toMatchObject({ family: 'Garci\u0301a', given: 'Jose\u0301' });
    expect(splitName('😀 Smith', '')).toMatchObject({ family: 'Smith', given: '😀' });
    expect(splitName('דוד כהן', '')).toMatchObject({ family: 'כהן', given: 'דוד' });
  });
});

describe('name parts', () => {
  const empty = makeEmptyNameParts();

  it('guesses family and given (and their readings) from a one-line name', () => {
    expect(guessNameParts('山田 太郎', 'やまだ たろう')).toEqual({ ...empty, family: ['山田'], given: ['太郎'], familyReading: 'やまだ', givenReading: 'たろう' });
    expect(guessNameParts('Jane Doe', '')).toEqual({ ...empty, family: ['Doe'], given: ['Jane'] });
    expect(guessNameParts('', '')).toEqual(empty);
  });

  it('makes the one-line name and reading of parts in the name’s own order', () => {
    const western = { ...empty, family: ['Doe'], given: ['Jane'], middle: ['Q.'], prefix: ['Dr.'], suffix: ['Jr.'], familyReading: 'ドウ', givenReading: 'ジェーン' };
    expect(nameFromParts(western)).toBe('Dr. Jane Q. Doe Jr.');
    expect(readingFromParts(western, false)).toBe('ジェーン ドウ');
    const japanese = { ...empty, family: ['安藤'], given: ['ロイド'], familyReading: 'あんどう', givenReading: 'ろいど' };
    expect(nameFromParts(japanese)).toBe('安藤 ロイド');
    expect(readingFromParts(japanese, true)).toBe('あんどう ろいど');
  });

  it('fills missing readings from a one-line reading, and keeps given ones', () => {
    const parts = { ...empty, family: ['山田'], given: ['太郎'] };
    expect(withReadings(parts, 'やまだ たろう')).toMatchObject({ familyReading: 'やまだ', givenReading: 'たろう' });
    expect(withReadings({ ...parts, givenReading: 'タロウ' }, 'やまだ たろう')).toMatchObject({ familyReading: '', givenReading: 'タロウ' });
    expect(withReadings({ ...empty, given: ['Madonna'] }, 'マドンナ')).toMatchObject({ familyReading: '', givenReading: 'マドンナ' });
  });

  it('turns a part into a form field’s line and back', () => {
    expect(partText(['Philip', 'Paul'])).toBe('Philip, Paul');
    expect(partItems(' Philip ,Paul、 ポール，, ')).toEqual(['Philip', 'Paul', 'ポール']);
  });

  it('compares parts item by item', () => {
    expect(sameNameParts(empty, makeEmptyNameParts())).toBe(true);
    expect(sameNameParts(empty, { ...empty, given: ['a'] })).toBe(false);
    expect(sameNameParts(null, null)).toBe(true);
    expect(sameNameParts(null, empty)).toBe(false);
  });
});
