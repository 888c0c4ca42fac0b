import { describe, expect, it } from 'vitest';
import { isTitleLine, looksLikeName, looksLikeReading, organizationPart, organizationStrength } from '../../../../src/domain/paper-card/person-lines';

describe('organizations', () => {
  it('knows the legal forms in both languages', () => {
    for (const line of ['株式会社サンプル', 'サンプル株式会社', '(株)テックス', '有限会社山本工務店', '合同会社みらい', '一般社団法人日本デザイン協会', '特定非営利活動法人まちづくりネット', 'Acme Inc.', 'Blue Harbor Ltd.', 'Northwind LLC', 'Pacific Rim Co., Ltd.', 'Pixel Forge Co.', 'Brightpath GmbH']) {
      expect(organizationStrength(line), line).toBe(2);
    }
    for (const line of ['田中会計事務所', 'Shimizu Law Office', 'Hasegawa Architects']) expect(organizationStrength(line), line).toBe(1);
    for (const line of ['山田 太郎', 'Emily Carter', 'Product Manager', 'Cooper Smith']) expect(organizationStrength(line), line).toBe(0);
  });

  it('keeps the part with the legal form, without a logo read as letters or the engine’s spaces', () => {
    expect(organizationPart(['回', '一般社団法人日本デザイン協会'])).toBe('一般社団法人日本デザイン協会');
    expect(organizationPart(['B', 'Brightpath Solutions Inc.'])).toBe('Brightpath Solutions Inc.');
    expect(organizationPart(['MI 株式会社モリノ'])).toBe('株式会社モリノ');
    expect(organizationPart(['株式会社 サンプル'])).toBe('株式会社サンプル');
    expect(organizationPart(['A Team Inc.'])).toBe('A Team Inc.');
  });
});

describe('titles', () => {
  it('knows common titles in both languages, with a department', () => {
    for (const line of ['代表取締役社長', '営業部 部長', 'マーケティング部 マネージャー', 'Webデザイナー', '税理士', '一級建築士', 'Chief Executive Officer', 'Founder & CEO', 'Head of Marketing', 'UX Designer', 'Senior Consultant']) {
      expect(isTitleLine(line), line).toBe(true);
    }
    for (const line of ['山田 太郎', 'Emily Carter', '株式会社サンプル'.replace('株式会社', '')]) expect(isTitleLine(line), line).toBe(false);
  });
});

describe('names and readings', () => {
  it('takes a few kanji/kana or two to four capitalised words for a name', () => {
    for (const line of ['山田 太郎', '森 健太', '伊藤 さくら', '長谷川 悟', 'Emily Carter', 'Mary-Jane O’Neil', 'J. R. Smith']) expect(looksLikeName(line), line).toBe(true);
    for (const line of ['山', 'TEL 03-1234-5678', 'emily@example.com', 'emily carter', 'Web7 H+', '$A 一郎', 'A B C D E F', '東京都渋谷区神宮前一丁目二番三号サンプルビル']) expect(looksLikeName(line), line).toBe(false);
  });

  it('takes kana (three or more) or romaji for a reading', () => {
    for (const line of ['やまだ たろう', 'ヤマダ タロウ', 'Taro Yamada', 'YAMADA Taro']) expect(looksLikeReading(line), line).toBe(true);
    for (const line of ['ロロ', '山田 太郎', 'taro@example.co.jp', 'TEL 03']) expect(looksLikeReading(line), line).toBe(false);
  });
});
