import { describe, expect, it } from 'vitest';
import { applyExpiry, expireDue, expiryStatus } from '../../../../src/domain/contacts/expiry';
import type { Contact } from '../../../../src/domain/types';
import { TIME_MAX } from '../../../../src/domain/caps';
import { makeContact } from '../../../fixtures/make-contact';

const CREATED = new Date(2026, 10, 20, 19, 0).getTime();
const EXPIRES = new Date(2026, 10, 27, 19, 0).getTime();
const BEFORE = EXPIRES - 1;
const AFTER = EXPIRES + 86_400_000;

function limited(fields: Partial<Contact> = {}): Contact {
  return makeContact(
    { name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'デザイナー', email: 'taro@example.co.jp', website: 'https://example.co.jp/', tagline: 'Web design' },
    {
      extraEmails: ['taro@home.example'],
      meetings: [{ at: CREATED, eventId: 'event-1', source: 'meishi' }],
      notes: 'カフェの話をした',
      flags: ['line'],
      tags: ['候補'],
      followUpAt: new Date(2026, 10, 30).getTime(),
      expiresAt: EXPIRES,
      createdAt: CREATED,
      updatedAt: CREATED,
      ...fields,
    },
  );
}

describe('expiryStatus', () => {
  it('is null for a permanent card', () => {
    expect(expiryStatus(limited({ expiresAt: null }), AFTER)).toBeNull();
  });

  it('counts down before expiry', () => {
    expect(expiryStatus(limited(), BEFORE)).toEqual({ kind: 'expires', at: EXPIRES });
  });

  it('reads expired at and after expiry, even before the details are dropped', () => {
    expect(expiryStatus(limited(), EXPIRES)).toEqual({ kind: 'expired', at: EXPIRES });
    expect(expiryStatus(limited(), AFTER)).toEqual({ kind: 'expired', at: EXPIRES });
  });

  it('reads expired once the details are dropped', () => {
    const expired = applyExpiry(limited(), AFTER)!;
    expect(expiryStatus(expired, AFTER)).toEqual({ kind: 'expired', at: EXPIRES });
  });

  it('reads kept when the user has followed up, and normal once made permanent', () => {
    const done = limited({ followUpDone: true });
    expect(expiryStatus(done, BEFORE)).toEqual({ kind: 'kept' });
    expect(expiryStatus(done, AFTER)).toEqual({ kind: 'kept' });
    expect(expiryStatus(applyExpiry(done, AFTER)!, AFTER)).toBeNull();
  });
});

describe('applyExpiry', () => {
  it('changes nothing before expiry or for a permanent card', () => {
    expect(applyExpiry(limited(), BEFORE)).toBeNull();
    expect(applyExpiry(limited({ expiresAt: null }), AFTER)).toBeNull();
  });

  it('drops email addresses and website at expiry, keeping everything else', () => {
    const contact = limited();
    const snapshot = structuredClone(contact);
    const expired = applyExpiry(contact, EXPIRES)!;
    expect(expired).toEqual({
      ...snapshot,
      card: { ...snapshot.card, email: '', website: '' },
      original: { ...snapshot.original, email: '', website: '' },
      extraEmails: [],
      expiredAt: EXPIRES,
      updatedAt: EXPIRES,
    });
    expect(expired.notes).toBe('カフェの話をした');
    expect(expired.card.name).toBe('山田 太郎');
    expect(expired.card.reading).toBe('やまだ たろう');
    expect(expired.flags).toEqual(['line']);
    expect(expired.meetings).toEqual(snapshot.meetings);
    // The input is not mutated.
    expect(contact).toEqual(snapshot);
  });

  it('records the expiry moment, not when the sweep ran', () => {
    const expired = applyExpiry(limited(), AFTER)!;
    expect(expired.expiredAt).toBe(EXPIRES);
    expect(expired.updatedAt).toBe(AFTER);
  });

  it('keeps the details of a contact the user has followed up, and makes it permanent', () => {
    const contact = limited({ followUpDone: true });
    const kept = applyExpiry(contact, AFTER)!;
    expect(kept).toEqual({ ...contact, expiresAt: null, updatedAt: AFTER });
    expect(kept.card.email).toBe('taro@example.co.jp');
    expect(kept.extraEmails).toEqual(['taro@home.example']);
  });

  it('is idempotent', () => {
    const expired = applyExpiry(limited(), AFTER)!;
    expect(applyExpiry(expired, AFTER)).toBeNull();
    expect(applyExpiry(expired, AFTER + 86_400_000)).toBeNull();
    const kept = applyExpiry(limited({ followUpDone: true }), AFTER)!;
    expect(applyExpiry(kept, AFTER)).toBeNull();
  });

  it('does not bring back details once dropped even if the follow-up is later marked done', () => {
    const expired = applyExpiry(limited(), AFTER)!;
    expect(applyExpiry({ ...expired, followUpDone: true }, AFTER)).toBeNull();
  });
});

describe('expireDue', () => {
  it('returns only the contacts that change', () => {
    const due = limited({ id: 'due' });
    const kept = limited({ id: 'kept', followUpDone: true });
    const later = limited({ id: 'later', expiresAt: AFTER + 1 });
    const permanent = limited({ id: 'permanent', expiresAt: null });
    const changed = expireDue([due, kept, later, permanent], AFTER);
    expect(changed.map((c) => c.id)).toEqual(['due', 'kept']);
    expect(expireDue(changed, AFTER)).toEqual([]);
  });
});

describe('applyExpiry on a device clock set far off', () => {
  it('stamps the change within the range', () => {
    expect(applyExpiry(limited(), Date.UTC(2300, 0, 1))!.updatedAt).toBe(TIME_MAX);
    expect(applyExpiry(limited({ followUpDone: true }), Date.UTC(2300, 0, 1))!.updatedAt).toBe(TIME_MAX);
  });
});
