import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import QRCode from 'qrcode';
import {
  CLOCK_SKEW_MS,
  MAX_PAYLOAD_LENGTH,
  decodeSharedCard,
  encodeSharedCard,
  isSharedCardFragment,
  issueMinute,
} from '../../../../src/domain/share/payload-codec';
import { validateCard } from '../../../../src/domain/card/card-validation';
import { FIELD_CAPS, TIME_MAX } from '../../../../src/domain/caps';
import type { CardFields } from '../../../../src/domain/types';
import { makeEmptyCard } from '../../../../src/domain/types';
import { REFERENCE_CARD } from '../../../fixtures/reference-card';

// Heavy on a loaded 2-core machine: an explicit budget instead of the 5 s default.
const HEAVY = { timeout: 60_000 };

const BASE = 'https://meishi.example/';
const NOW = Date.UTC(2026, 10, 24, 9, 30, 15);
const HOUR = 3_600_000;

const referenceCard = REFERENCE_CARD;

function roundTrip(card: CardFields) {
  const link = encodeSharedCard(BASE, card, NOW, NOW + HOUR);
  return { link, result: decodeSharedCard(link, NOW + 1000) };
}

describe('the shared-card link', () => {
  it('round-trips the reference card, valid from the issue minute for the chosen time', () => {
    const { link, result } = roundTrip(referenceCard);
    expect(link.startsWith(`${BASE}#m1~`)).toBe(true);
    expect(result).toEqual({
      ok: true,
      // Rounded up to the whole minute: never shorter than asked.
      value: { card: referenceCard, issuedAt: issueMinute(NOW), expiresAt: issueMinute(NOW) + HOUR + 60_000 },
    });
  });

  it('keeps the reference card at QR version 10 or lower, error correction M, on a 22-character origin', () => {
    const origin = 'https://meishi.example';
    expect(origin).toHaveLength(22);
    const link = encodeSharedCard(`${origin}/`, referenceCard, NOW, NOW + 30 * 24 * HOUR);
    const qr = QRCode.create(link, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBeLessThanOrEqual(10);
    // Today it is version 9 (53×53) at 154 bytes; the README quotes these figures.
    expect(qr.version).toBe(9);
    expect(new TextEncoder().encode(link).length).toBe(154);
  });

  it('round-trips cards with only an email (empty optional fields are left out)', () => {
    const card = { ...makeEmptyCard(), email: 'a@example.com' };
    const { link, result } = roundTrip(card);
    expect(link.endsWith('~a@example.com')).toBe(true);
    expect(result.ok && result.value.card).toEqual(card);
  });

  it('round-trips an http:// website with its scheme and an https:// one without', () => {
    for (const website of ['http://example.com/a?b=c&d=e#f', 'https://例え.jp/パス']) {
      const card = { ...referenceCard, website };
      expect(roundTrip(card).result.ok && roundTrip(card).result).toMatchObject({ value: { card: validateCard(card).value } });
    }
  });

  it('round-trips random Unicode: Japanese, emoji, RTL, combining marks, delimiters and escapes', HEAVY, () => {
    const samples = ['山田 太郎', '👩🏽‍💻 Dev', 'שלום עולם', 'مرحبا', 'e\u0301le\u0300ve', '100% ~tilde~ +plus+ #hash', 'a%20b', '　全角スペース　', 'x&y=z?', '\'quoted\' "double"'];
    for (const name of samples) {
      const card = validateCard({ ...referenceCard, name, tagline: name }).value;
      const { result } = roundTrip(card);
      expect(result.ok && result.value.card, name).toEqual(card);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        const card = validateCard({ ...referenceCard, name: a, org: b, tagline: a + b }).value;
        fc.pre(validateCard(card).ok);
        const { result } = roundTrip(card);
        expect(result.ok && result.value.card).toEqual(card);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every field at its maximum length', () => {
    const card: CardFields = {
      name: '名'.repeat(FIELD_CAPS.name),
      reading: 'な'.repeat(FIELD_CAPS.reading),
      org: 'O'.repeat(FIELD_CAPS.org),
      title: '🎨'.repeat(FIELD_CAPS.title / 2),
      email: `${'a'.repeat(64)}@${'b'.repeat(60)}.example.com`,
      website: `https://example.com/${'p'.repeat(400)}`,
      tagline: 'T'.repeat(FIELD_CAPS.tagline),
    };
    expect(validateCard(card).ok).toBe(true);
    const { link, result } = roundTrip(card);
    expect(link.length).toBeLessThan(MAX_PAYLOAD_LENGTH);
    expect(result.ok && result.value.card).toEqual(card);
  });

  it('accepts the fragment raw, percent-encoded (as iOS re-encodes links), or without the base URL', () => {
    const { link } = roundTrip(referenceCard);
    const reEncoded = new URL(link).href; // what a browser makes of it: non-ASCII and spaces encoded
    expect(reEncoded).not.toBe(link);
    expect(reEncoded).toContain('%E5%B1%B1');
    for (const form of [link, reEncoded, link.slice(link.indexOf('#')), link.slice(link.indexOf('#') + 1), new URL(link).hash]) {
      const result = decodeSharedCard(form, NOW);
      expect(result.ok && result.value.card, form).toEqual(referenceCard);
    }
  });

  it('has no place for a phone number or messaging ID: extra fields are refused', () => {
    const { link } = roundTrip(referenceCard);
    const padded = `${link}~tagline~LINE:taro123`;
    expect(decodeSharedCard(padded, NOW)).toEqual({ ok: false, error: { kind: 'malformed' } });
  });

  it('recognises Meishi fragments of any version', () => {
    expect(isSharedCardFragment('#m1~abc')).toBe(true);
    expect(isSharedCardFragment('m2~abc')).toBe(true);
    expect(isSharedCardFragment('#main')).toBe(false);
    expect(isSharedCardFragment('')).toBe(false);
  });
});

describe('decoding errors', () => {
  const { link } = roundTrip(referenceCard);

  it('refuses oversize input before parsing', () => {
    expect(decodeSharedCard(`${link}${'x'.repeat(MAX_PAYLOAD_LENGTH)}`, NOW)).toEqual({ ok: false, error: { kind: 'too-large' } });
  });

  it('says a link from a newer Meishi is an unsupported version', () => {
    expect(decodeSharedCard(link.replace('#m1~', '#m2~'), NOW)).toEqual({ ok: false, error: { kind: 'unsupported-version', version: 2 } });
  });

  it('refuses what is not a Meishi card', () => {
    for (const text of ['https://example.com/', 'https://example.com/#top', 'hello', '']) {
      expect(decodeSharedCard(text, NOW)).toEqual({ ok: false, error: { kind: 'not-meishi' } });
    }
  });

  it('refuses malformed links with a typed error, never an exception', () => {
    const bad = [
      link.replace(/#m1~[0-9a-z]+~/, '#m1~zz!~'),
      link.replace(/#m1~([0-9a-z]+)~[0-9a-z]+~/, '#m1~$1~~'),
      `${BASE}#m1~`,
      `${BASE}#m1~abc`,
      `${BASE}#m0~abc~1~a@example.com`,
      link.replace('taro.yamada@example.co.jp', 'not-an-email'),
      link.replace('山田', '%E5%B1'),
      link.replace('山田', '%ZZ'),
      `${BASE}#m1~${(NOW / 60000).toString(36)}~${(40 * 24 * 60).toString(36)}~Name~~~~a@example.com`,
      `${BASE}#m1~${Math.floor(NOW / 60000).toString(36)}~0~Name~~~~a@example.com`,
      link.replace(/~example\.co\.jp$/, '~javascript:alert(1)'),
      link.replace(/~example\.co\.jp$/, '~http://user:pw@example.co.jp'),
    ];
    for (const text of bad) {
      const result = decodeSharedCard(text, NOW);
      expect(result, text).toEqual({ ok: false, error: { kind: 'malformed' } });
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const result = decodeSharedCard(`${BASE}#m1~${tail}`, NOW);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('reports an expired card with its expiry and none of its details', () => {
    const issued = issueMinute(NOW - 2 * HOUR);
    const expired = encodeSharedCard(BASE, referenceCard, issued, issued + HOUR);
    const result = decodeSharedCard(expired, NOW);
    expect(result).toEqual({ ok: false, error: { kind: 'expired', expiresAt: issued + HOUR } });
    expect(JSON.stringify(result)).not.toContain('example.co.jp');
  });

  it('is valid up to its expiry minute and expired from then on', () => {
    const expiresAt = issueMinute(NOW) + HOUR;
    const card = encodeSharedCard(BASE, referenceCard, issueMinute(NOW), expiresAt);
    expect(decodeSharedCard(card, expiresAt - 1).ok).toBe(true);
    expect(decodeSharedCard(card, expiresAt).ok).toBe(false);
  });

  it('refuses a card issued in the future beyond the clock-skew allowance, and accepts small skew', () => {
    const soon = encodeSharedCard(BASE, referenceCard, NOW + CLOCK_SKEW_MS - 60_000, NOW + 2 * HOUR);
    expect(decodeSharedCard(soon, NOW).ok).toBe(true);
    const future = NOW + CLOCK_SKEW_MS + 5 * 60_000;
    const later = encodeSharedCard(BASE, referenceCard, future, future + HOUR);
    expect(decodeSharedCard(later, NOW)).toEqual({ ok: false, error: { kind: 'issued-in-future', issuedAt: issueMinute(future) } });
  });
});

describe('times outside the app’s range', () => {
  const MINUTE = 60_000;
  const linkAt = (issuedMinutes: number, lifetimeMinutes: number) => `${BASE}#m1~${issuedMinutes.toString(36)}~${lifetimeMinutes.toString(36)}~Name~~~~a@example.com`;

  it('a card issued after 2200 is refused as malformed, even on a clock that far ahead', () => {
    const issued = Date.UTC(2300, 0, 1) / MINUTE;
    expect(decodeSharedCard(linkAt(issued, 60), issued * MINUTE)).toEqual({ ok: false, error: { kind: 'malformed' } });
  });

  it('a card valid until after 2200 is refused as malformed', () => {
    const issued = TIME_MAX / MINUTE - 10;
    expect(decodeSharedCard(linkAt(issued, 60), issued * MINUTE)).toEqual({ ok: false, error: { kind: 'malformed' } });
  });

  it('the largest issue time the link syntax holds (nine base-36 digits) is refused, never an invalid date', () => {
    expect(decodeSharedCard(`${BASE}#m1~zzzzzzzzz~1~Name~~~~a@example.com`, 1e15)).toEqual({ ok: false, error: { kind: 'malformed' } });
  });

  it('a card issued and valid within the range still opens', () => {
    const issued = TIME_MAX / MINUTE - 120;
    expect(decodeSharedCard(linkAt(issued, 60), issued * MINUTE)).toMatchObject({ ok: true, value: { issuedAt: issued * MINUTE, expiresAt: (issued + 60) * MINUTE } });
  });
});
