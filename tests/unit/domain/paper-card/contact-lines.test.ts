import { describe, expect, it } from 'vitest';
import { emailOnLine, isAddressLine, isContactLine, isEmailLabelled, isPhoneLine, websiteOnLine } from '../../../../src/domain/paper-card/contact-lines';

describe('emailOnLine', () => {
  it('reads an address after the usual labels and signs', () => {
    for (const line of ['E-mail: taro@example.co.jp', 'Email taro@example.co.jp', 'Mail：taro@example.co.jp', 'メール taro@example.co.jp', '✉ taro@example.co.jp', '= taro@example.co.jp', 'taro@example.co.jp']) {
      expect(emailOnLine(line), line).toBe('taro@example.co.jp');
    }
  });

  it('reads full-width characters', () => {
    expect(emailOnLine('Ｅ－ｍａｉｌ：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ')).toBe('taro@example.co.jp');
  });

  it('undoes the engine’s misreads of @ and of .co.jp / .or.jp, and spaces inside the address', () => {
    const cases: [string, string][] = [
      ['m. yoshida@aoba-fudosan. co. jp', 'm.yoshida@aoba-fudosan.co.jp'],
      ['hanako@mirai-kobo. jp', 'hanako@mirai-kobo.jp'],
      ['info@example,or.jp', 'info@example.or.jp'],
      ['info@example.orjp', 'info@example.or.jp'],
      ['info@example.cojp', 'info@example.co.jp'],
      ['info@example.c0.jp', 'info@example.co.jp'],
      ['aoi.nishimura®educare.ne.jp', 'aoi.nishimura@educare.ne.jp'],
      ['fujita©fuji-kikaku.co.jp', 'fujita@fuji-kikaku.co.jp'],
      ['anna.schmidt@のbrightpath.com', 'anna.schmidt@brightpath.com'],
      ['E-mail: m.brown@⑧@pacificrim.co.jp', 'm.brown@pacificrim.co.jp'],
      ['info@shimizu-1aw.jp', 'info@shimizu-law.jp'],
      ['sales@example.c0m', 'sales@example.com'],
    ];
    for (const [line, address] of cases) expect(emailOnLine(line), line).toBe(address);
  });

  it('lower-cases the domain only, and drops a trailing full stop', () => {
    expect(emailOnLine('Taro.Yamada@Example.CO.JP.')).toBe('Taro.Yamada@example.co.jp');
  });

  it('finds nothing where there is no valid address', () => {
    for (const line of ['TEL 03-1234-5678', 'www.example.co.jp', 'taro@', '@example.com', 'taro@example', 'taro@example.c', 'a@b@c.example.com', '株式会社サンプル']) {
      expect(emailOnLine(line), line).toBe('');
    }
  });
});

describe('websiteOnLine', () => {
  it('adds https:// to a website printed without a scheme, and keeps a printed scheme and path', () => {
    const cases: [string, string][] = [
      ['www.example.co.jp', 'https://www.example.co.jp'],
      ['example.co.jp', 'https://example.co.jp'],
      ['acmerobotics.io', 'https://acmerobotics.io'],
      ['pixelforge.design', 'https://pixelforge.design'],
      ['http://www.example.or.jp', 'http://www.example.or.jp'],
      ['https://example.co.jp/', 'https://example.co.jp/'],
      ['URL: www.brightpath.com/en', 'https://www.brightpath.com/en'],
      ['Web www.example.com', 'https://www.example.com'],
      ['ｗｗｗ．ｅｘａｍｐｌｅ．ｊｐ', 'https://www.example.jp'],
    ];
    for (const [line, url] of cases) expect(websiteOnLine(line), line).toBe(url);
  });

  it('repairs the engine’s misreads: spaces, commas, "wWw", "https:/"', () => {
    const cases: [string, string][] = [
      ['www. mirai-Kobo. jp', 'https://www.mirai-kobo.jp'],
      ['Www, nextstep. co. jp', 'https://www.nextstep.co.jp'],
      ['mor ino. co. jp', 'https://morino.co.jp'],
      ['wwWWw.pacificrim.co.jp', 'https://www.pacificrim.co.jp'],
      ['waw.nextstep.co.jp', 'https://www.nextstep.co.jp'],
      ['https:/hanamaru-shobo.co.jp/', 'https://hanamaru-shobo.co.jp/'],
      ['http://www, machizukuri. or. jp', 'http://www.machizukuri.or.jp'],
      ['www.shimizu-1aw.jp', 'https://www.shimizu-law.jp'],
      ['https://www.jda.orjp', 'https://www.jda.or.jp'],
    ];
    for (const [line, url] of cases) expect(websiteOnLine(line), line).toBe(url);
  });

  it('does not take an email address, a company’s legal form or a name for a website', () => {
    for (const line of ['taro@example.co.jp', 'Pacific Rim Co., Ltd.', 'y.kobayashi', 'Mr.Smith', 'wave.co.jp is not www']) {
      expect(websiteOnLine(line), line).not.toMatch(/^https:\/\/(pacific|y\.|mr\.|www\.co)/i);
    }
    expect(websiteOnLine('taro@example.co.jp')).toBe('');
    expect(websiteOnLine('Pacific Rim Co., Ltd.')).toBe('');
    expect(websiteOnLine('y.kobayashi')).toBe('');
    expect(websiteOnLine('wave.co.jp')).toBe('https://wave.co.jp');
  });

  it('refuses what is not an http(s) link', () => {
    expect(websiteOnLine('javascript:alert(1)')).toBe('');
    expect(websiteOnLine('ftp://example.com')).not.toMatch(/^ftp/);
  });
});

describe('phone and address lines', () => {
  it('knows phone numbers, labelled or not', () => {
    for (const line of ['TEL 03-1234-5678', 'TEL 048-111-2222 FAX 048-111-2223', 'Phone +81 3 5555 0123', '+44 20 7946 0123', 'Mobile +1 312 555 0147', '携帯 090-1234-5678', '03-1234-5678']) {
      expect(isPhoneLine(line), line).toBe(true);
    }
    for (const line of ['山田 太郎', 'Emily Carter', '〒150-0001 東京都渋谷区神宮前1-2-3', 'taro@example.co.jp']) expect(isPhoneLine(line), line).toBe(false);
  });

  it('knows postal addresses in Japanese and English', () => {
    for (const line of ['〒150-0001 東京都渋谷区神宮前1-2-3', '名古屋市中区栄2-3-4', '10 Market Street, London EC2A 4NE', '22 Canal Road, Manchester', 'サンプルビル5F']) {
      expect(isAddressLine(line), line).toBe(true);
    }
    for (const line of ['株式会社サンプル', 'Blue Harbor Ltd.', '営業部 部長']) expect(isAddressLine(line), line).toBe(false);
  });

  it('counts email, website, phone and address lines as contact lines, and knows a mail label', () => {
    expect(['E-mail: a@example.jp', 'www.example.jp', 'TEL 03-1234-5678', '〒100-0001 東京都千代田区1-1'].every(isContactLine)).toBe(true);
    expect(isContactLine('山田 太郎')).toBe(false);
    expect(isEmailLabelled('Mail: infoexample.co.jp')).toBe(true);
    expect(isEmailLabelled('www.example.co.jp')).toBe(false);
  });
});
