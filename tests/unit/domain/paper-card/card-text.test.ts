import { describe, expect, it } from 'vitest';
import { cjkCount, hasCjk, isKanaOnly, plausibleText, tidyLine } from '../../../../src/domain/paper-card/card-text';

describe('tidyLine', () => {
  it('joins a word the engine split into single kanji and kana', () => {
    expect(tidyLine('株 式 会 社 サ ン プ ル')).toBe('株式会社サンプル');
    expect(tidyLine('〒150-0001 東 京 都 渋 谷 区')).toBe('〒150-0001 東京都渋谷区');
  });

  it('keeps the printed space between a family name and a given name, even of one character each', () => {
    expect(tidyLine('山田 太郎')).toBe('山田 太郎');
    expect(tidyLine('森 健太')).toBe('森 健太');
    expect(tidyLine('林 翔')).toBe('林 翔');
  });

  it('folds full-width letters, digits and brackets, and drops the space after a bracketed legal form', () => {
    expect(tidyLine('（株） テックス')).toBe('(株)テックス');
    expect(tidyLine('ＴＥＬ　０３－１２３４－５６７８')).toBe('TEL 03-1234-5678');
    expect(tidyLine('  E-mail:\tTaro@example.jp  ')).toBe('E-mail: Taro@example.jp');
  });

  it('sets right katakana read for a kanji of the same shape, beside kanji only', () => {
    expect(tidyLine('山本 健ニ')).toBe('山本 健二');
    expect(tidyLine('ー般社団法人国際交流センター')).toBe('一般社団法人国際交流センター');
    expect(tidyLine('山本エ務店')).toBe('山本工務店');
    // Katakana words keep their katakana.
    expect(tidyLine('エンジニア センター')).toBe('エンジニア センター');
    expect(tidyLine('コーディネーター')).toBe('コーディネーター');
  });

  it('removes control and bidi characters (scanned text is hostile)', () => {
    expect(tidyLine('a\u202eb\u0000c')).toBe('a b c');
  });
});

describe('plausibleText', () => {
  it('refuses a prolonged-sound mark that follows nothing, a space, hiragana or kanji', () => {
    for (const text of ['マネージャー', 'センター', 'Webデザイナー', '山田 太郎', 'Emily Carter']) expect(plausibleText(text), text).toBe(true);
    for (const text of ['ーキすすキー', 'すごーい', '山ー', 'ア ーー']) expect(plausibleText(text), text).toBe(false);
  });
});

describe('character classes', () => {
  it('counts kanji and kana, not CJK punctuation or the postal mark', () => {
    expect(cjkCount('〒150 東京都、ビル')).toBe(5);
    expect(hasCjk('TEL 03')).toBe(false);
    expect(isKanaOnly('やまだ たろう')).toBe(true);
    expect(isKanaOnly('山田 たろう')).toBe(false);
    expect(isKanaOnly('   ')).toBe(false);
  });
});
