import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../../../src/domain/card/email';
import {
  PROVIDERS,
  PROVIDER_IDS,
  TAG_ALPHABET,
  TAG_LENGTH,
  isEventTag,
  makeTaggedAddress,
  plusSupport,
  providerOf,
  readTaggedAddress,
} from '../../../../src/domain/mail/plus-address';

describe('plusSupport', () => {
  it('accepts addresses at providers that deliver tagged mail, saying how firm the evidence is', () => {
    expect(plusSupport('taro@fastmail.com')).toEqual({ ok: true, provider: 'fastmail', confidence: 'provider' });
    expect(plusSupport('taro@proton.me')).toEqual({ ok: true, provider: 'proton', confidence: 'provider' });
    expect(plusSupport('Taro.Yamada@GMAIL.com')).toEqual({ ok: true, provider: 'gmail', confidence: 'secondary' });
    expect(plusSupport('taro@icloud.com')).toMatchObject({ ok: true, provider: 'icloud' });
  });

  it('accepts an unknown domain (an own domain) as unknown, to be tested by the person', () => {
    expect(plusSupport('taro.yamada@example.co.jp')).toEqual({ ok: true, provider: null, confidence: 'unknown' });
  });

  it('refuses Japanese carrier mail, Yahoo! JAPAN and Yahoo, naming the provider', () => {
    const cases: [string, string][] = [
      ['taro@docomo.ne.jp', 'docomo'],
      ['taro@ezweb.ne.jp', 'au'],
      ['taro@au.com', 'au'],
      ['taro@i.softbank.jp', 'softbank'],
      ['taro@softbank.ne.jp', 'softbank'],
      ['taro@yahoo.co.jp', 'yahoo-japan'],
      ['taro@yahoo.com', 'yahoo'],
      ['taro@aol.com', 'yahoo'],
    ];
    for (const [address, provider] of cases) {
      expect(plusSupport(address), address).toEqual({ ok: false, reason: 'provider-no-plus', provider });
    }
  });

  it('refuses an address that already has a tag, is invalid, or would grow past 64 characters', () => {
    expect(plusSupport('taro+work@gmail.com')).toEqual({ ok: false, reason: 'already-tagged' });
    for (const bad of ['', 'taro', 'taro@', '@example.com', 'a@b@example.com', 'taro@example.com\r\nBcc: x@example.com', 'taro@example.com?cc=x@example.com']) {
      expect(plusSupport(bad), bad).toEqual({ ok: false, reason: 'invalid-address' });
    }
    const longest = 'a'.repeat(64 - 1 - TAG_LENGTH);
    expect(plusSupport(`${longest}@example.com`).ok).toBe(true);
    expect(plusSupport(`${longest}a@example.com`)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('knows each domain under one provider only', () => {
    const domains = PROVIDER_IDS.flatMap((id) => PROVIDERS[id].domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const id of PROVIDER_IDS) for (const domain of PROVIDERS[id].domains) expect(providerOf(`x@${domain.toUpperCase()}`)).toBe(id);
  });
});

describe('tagged addresses', () => {
  it('builds local+tag@domain and reads the tag and base back', () => {
    const address = makeTaggedAddress(' Taro.Yamada@Example.CO.JP ', 'k7m2qx');
    expect(address).toBe('Taro.Yamada+k7m2qx@example.co.jp');
    expect(isValidEmail(address!)).toBe(true);
    expect(readTaggedAddress(address!)).toEqual({ base: 'Taro.Yamada@example.co.jp', tag: 'k7m2qx' });
    // Mail apps may change the case of the tag: it still reads back.
    expect(readTaggedAddress('taro+K7M2QX@example.com')).toEqual({ base: 'taro@example.com', tag: 'k7m2qx' });
  });

  it('round-trips every tag shape on every kind of accepted address', () => {
    for (const base of ['a@example.com', 'first.last@sub.example.co.jp', "o'neil_x-y@example.org", '山田@例え.jp']) {
      for (const tag of ['000000', 'zzzzzz', 'k7m2qx', TAG_ALPHABET.slice(0, TAG_LENGTH)]) {
        const address = makeTaggedAddress(base, tag)!;
        expect(address, `${base} ${tag}`).not.toBeNull();
        expect(readTaggedAddress(address)).toEqual({ base, tag });
      }
    }
  });

  it('refuses tags of any other shape and addresses that cannot take one', () => {
    for (const tag of ['', 'k7m2q', 'k7m2qxx', 'K7M2QX', 'ilouil', 'k7m2q@', 'k7+2qx', 'k7m2q\n']) {
      expect(makeTaggedAddress('taro@example.com', tag), JSON.stringify(tag)).toBeNull();
      expect(isEventTag(tag)).toBe(false);
    }
    expect(makeTaggedAddress('taro+work@example.com', 'k7m2qx')).toBeNull();
    expect(makeTaggedAddress('not an address', 'k7m2qx')).toBeNull();
  });

  it('reads no tag from addresses without one, or with a tag the app did not make', () => {
    for (const address of ['taro@example.com', '+k7m2qx@example.com', 'taro+work@example.com', 'taro+k7m2qx+x@example.com', 'taro+k7m2qx']) {
      expect(readTaggedAddress(address), address).toBeNull();
    }
  });
});
