import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { guessCardFields, type PaperCardFields } from '../../../../src/domain/paper-card/guess-fields';
import type { CardReadings } from '../../../../src/domain/paper-card/ocr-page';

// Real engine output: what the app's reader (its image preparation and tesseract.js, Japanese
// and English) read on each test photo, recorded by tests/fixtures/paper-cards/record-engine-output.ts.
const dir = new URL('../../../fixtures/paper-cards/', import.meta.url);
const ids = readdirSync(new URL('recorded/', dir)).map((f) => f.replace(/\.json$/, ''));
const recorded = (id: string): CardReadings => (JSON.parse(readFileSync(new URL(`recorded/${id}.json`, dir), 'utf8')) as { readings: CardReadings }).readings;
const expected = (id: string): PaperCardFields => (JSON.parse(readFileSync(new URL(`photos/${id}.json`, dir), 'utf8')) as { expected: PaperCardFields }).expected;

describe('guessCardFields over the recorded test set', () => {
  it('has a recording for every photo', () => {
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(ids).toEqual(readdirSync(new URL('photos/', dir)).filter((f) => f.endsWith('.jpg')).map((f) => f.replace(/\.jpg$/, '')));
  });

  it('fills email, website, name and organization at least as often as the targets ask', () => {
    const hits = { email: 0, website: 0, name: 0, org: 0 };
    for (const id of ids) {
      const guess = guessCardFields([recorded(id)]).fields;
      for (const key of Object.keys(hits) as (keyof typeof hits)[]) if (guess[key] === expected(id)[key]) hits[key]++;
    }
    // The bench's targets: email ≥ 95 %, website ≥ 95 %, name ≥ 85 %, organization ≥ 80 %.
    expect(hits.email / ids.length).toBeGreaterThanOrEqual(0.95);
    expect(hits.website / ids.length).toBeGreaterThanOrEqual(0.95);
    expect(hits.name / ids.length).toBeGreaterThanOrEqual(0.85);
    expect(hits.org / ids.length).toBeGreaterThanOrEqual(0.8);
  });

  it('never guesses a phone number, a postcode or an address into a field', () => {
    for (const id of ids) {
      for (const value of Object.values(guessCardFields([recorded(id)]).fields)) {
        expect(value, id).not.toMatch(/\b\d{2,4}-\d{2,4}-\d{4}\b|〒|\d{3}-\d{4}|Street|Road|東京都|京都府|市中/);
      }
    }
  });

  it('lists every recognised line, tidied, top to bottom', () => {
    const { lines } = guessCardFields([recorded('01-ja-left-gothic')]);
    expect(lines).toEqual(['株式会社サンプル', 'Webデザイナー', 'やまだ たろう', '山田 太郎', 'TEL 03-1234-5678', 'E-mail: taro.yamada@example.co.jp', 'https://example.co.jp', '〒150-0001 東京都渋谷区神宮前1-2-3']);
  });
});

describe('guessCardFields on messy readings', () => {
  const fields = (id: string) => guessCardFields([recorded(id)]).fields;

  it('cuts a logo read as a character off the organization, and finds the address after a mail sign read as "="', () => {
    // Read as "回  一般社団法人日本デザイン協会" and "= suzuki@jda.or.jp".
    expect(fields('03-ja-logo-gothic-bold')).toMatchObject({ org: '一般社団法人日本デザイン協会', email: 'suzuki@jda.or.jp', website: 'https://www.jda.or.jp', title: '事務局長', reading: 'すずき いちろう' });
  });

  it('separates an organization and a title the page layout merged, and restores an @ the engine lost', () => {
    // The page read the organization and title as one garbled line; read again as a block they
    // come apart. "Mail: infomachizukuri,or. jp" has lost its @: the website's domain places it.
    expect(fields('08-ja-contact-top-mincho')).toEqual({ name: '渡辺 誠', reading: 'わたなべ まこと', org: '特定非営利活動法人まちづくりネット', title: '理事長', email: 'info@machizukuri.or.jp', website: 'http://www.machizukuri.or.jp' });
  });

  it('reads an organization beside a logo that garbled it on the page, and a mail label in Japanese', () => {
    expect(fields('11-ja-logo-gothic-bold')).toEqual({ name: '加藤 直樹', reading: 'かとう なおき', org: '株式会社グリーンフィールド', title: '代表取締役社長', email: 'kato@greenfield.co.jp', website: 'https://www.greenfield.co.jp' });
  });

  it('joins an address split by spaces around its dots ("m. yoshida@aoba-fudosan. co. jp")', () => {
    expect(fields('12-ja-left-mincho')).toMatchObject({ email: 'm.yoshida@aoba-fudosan.co.jp', website: 'https://aoba-fudosan.co.jp' });
  });

  it('reads "Www, nextstep. co. jp" as a website and takes the romaji line as the reading', () => {
    expect(fields('22-bi-left-gothic')).toEqual({ name: '森 健太', reading: 'Kenta Mori', org: '株式会社ネクストステップ', title: '営業 マネージャー', email: 'kenta.mori@nextstep.co.jp', website: 'https://www.nextstep.co.jp' });
  });

  it('joins a domain split inside a word ("mor ino. co. jp")', () => {
    expect(fields('32-bi-logo-gothic')).toMatchObject({ org: '株式会社モリノ', email: 'y.maeda@morino.co.jp', website: 'https://morino.co.jp' });
  });

  it('folds full-width brackets in a legal-form abbreviation: （株）テックス', () => {
    expect(fields('06-ja-centred-gothic-bold')).toMatchObject({ org: '(株)テックス', name: '高橋 翔', email: 'sho.takahashi@techs.co.jp' });
  });

  it('prefers the Japanese organization on a bilingual card with a Japanese name', () => {
    expect(fields('29-bi-contact-top-mincho')).toMatchObject({ org: '株式会社ミナト物流', name: '岡田 修', reading: 'Osamu Okada' });
  });

  it('reads an English card stored sideways (EXIF orientation) with contact details on top', () => {
    expect(fields('20-en-contact-top-serif-exif')).toEqual({ name: 'Robert Taylor', reading: '', org: 'Taylor Ventures LLC', title: 'Founder & CEO', email: 'robert@taylorventures.com', website: 'http://taylorventures.com' });
  });

  it('cuts a logo letter and a bar off an English organization ("B |   Brightpath Solutions Inc.")', () => {
    expect(fields('19-en-logo-serif')).toMatchObject({ org: 'Brightpath Solutions Inc.', website: 'https://www.brightpath.com/en' });
  });
});

describe('guessCardFields with a back side', () => {
  it('fills from the back only what the front left empty, and lists the back’s lines after the front’s', () => {
    // A front with the contact details cut away (they are on the back).
    const full = recorded('01-ja-left-gothic');
    const noContact = (page: CardReadings['jpn']) => ({ ...page, lines: page.lines.filter((l) => !/@|http|TEL|〒/.test(l.text)) });
    const front: CardReadings = { jpn: noContact(full.jpn), eng: noContact(full.eng), bands: [], rechecks: [] };
    const back = recorded('13-en-left-sans');
    const both = guessCardFields([front, back]);
    expect(both.fields).toEqual({ name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'emily.carter@blueharbor.com', website: 'https://www.blueharbor.com' });
    expect(both.lines[0]).toBe('株式会社サンプル');
    expect(both.lines.slice(-1)).toEqual(['10 Market Street, London EC2A 4NE']);
  });

  it('takes no reading from the back when the front has a name', () => {
    expect(guessCardFields([recorded('13-en-left-sans'), recorded('01-ja-left-gothic')]).fields).toMatchObject({ name: 'Emily Carter', reading: '' });
  });

  it('gives an empty form and no lines for a side with nothing read', () => {
    const empty = { jpn: { width: 1000, height: 600, lines: [] }, eng: { width: 1000, height: 600, lines: [] } };
    expect(guessCardFields([empty])).toEqual({ fields: { name: '', reading: '', org: '', title: '', email: '', website: '' }, lines: [] });
  });
});
