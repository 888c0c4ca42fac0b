import { describe, expect, it } from 'vitest';
import { readScan } from '../../../../src/domain/scan/read-scan';
import { encodeSharedCard } from '../../../../src/domain/share/payload-codec';
import { REFERENCE_CARD } from '../../../fixtures/reference-card';
import { HOSTILE_TEXT } from '../../../fixtures/hostile-text';

const NOW = Date.UTC(2026, 2, 10, 10, 0);
const HOUR = 3_600_000;
const link = (issuedAt = NOW, expiresAt = NOW + HOUR) => encodeSharedCard('https://meishi.example/', REFERENCE_CARD, issuedAt, expiresAt);

describe('readScan: whatever a camera read', () => {
  it('reads a Meishi link as a card with its expiry', () => {
    const reading = readScan(link(), NOW);
    expect(reading).toMatchObject({ kind: 'card', source: 'meishi', card: { name: '山田 太郎', email: 'taro.yamada@example.co.jp' }, extraEmails: [] });
    expect(reading.kind === 'card' && reading.expiresAt).toBe(Math.ceil((NOW + HOUR) / 60_000) * 60_000);
  });

  it('refuses an expired Meishi link and says when it expired, without the details', () => {
    const reading = readScan(link(NOW - 2 * HOUR, NOW - HOUR), NOW);
    expect(reading).toEqual({ kind: 'expired', expiresAt: NOW - HOUR });
  });

  it('tells a link from a newer Meishi, a damaged one and one issued in the future apart', () => {
    expect(readScan(link().replace('#m1~', '#m9~'), NOW)).toEqual({ kind: 'newer-version' });
    expect(readScan('https://meishi.example/#m1~zz', NOW)).toEqual({ kind: 'damaged' });
    expect(readScan(link(NOW + 2 * HOUR, NOW + 3 * HOUR), NOW)).toEqual({ kind: 'clock-ahead' });
  });

  it('reads vCard, MECARD, mailto: and a bare address, with no expiry', () => {
    expect(readScan('BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEMAIL:ann@example.com\nEND:VCARD', NOW)).toMatchObject({ kind: 'card', source: 'vcard', expiresAt: null });
    expect(readScan('MECARD:N:Lee,Ann;EMAIL:ann@example.com;;', NOW)).toMatchObject({ kind: 'card', source: 'mecard', card: { email: 'ann@example.com' } });
    expect(readScan('mailto:ann@example.com', NOW)).toMatchObject({ kind: 'card', source: 'mailto' });
    expect(readScan('ann@example.com', NOW)).toMatchObject({ kind: 'card', card: { email: 'ann@example.com' } });
  });

  it('only treats an http(s) link with a Meishi fragment as a Meishi card', () => {
    const fragment = link().slice(link().indexOf('#'));
    expect(readScan(`javascript:alert(1)//${fragment}`, NOW).kind).toBe('not-a-card');
  });

  it('returns any other text as it is, to be shown as text', () => {
    expect(readScan('https://example.com/menu', NOW)).toEqual({ kind: 'not-a-card', text: 'https://example.com/menu' });
    expect(readScan('WIFI:S:venue;T:WPA;P:secret;;', NOW).kind).toBe('not-a-card');
  });

  it('refuses oversized input before parsing it', () => {
    expect(readScan(`BEGIN:VCARD\nNOTE:${'x'.repeat(100_000)}\nEND:VCARD`, NOW)).toEqual({ kind: 'too-large' });
  });

  it('never throws on hostile text', () => {
    for (const text of HOSTILE_TEXT) expect(() => readScan(text, NOW)).not.toThrow();
  });
});
