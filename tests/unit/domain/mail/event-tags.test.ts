import { randomFillSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidBackup } from '../../../../src/domain/backup/backup-error';
import {
  TAG_DRAWS,
  addressForShow,
  checkTagMap,
  keptAliveTags,
  makeEventTag,
  type EventTag,
  type RandomBytes,
  type ShowAddressInput,
} from '../../../../src/domain/mail/event-tags';
import { TAG_LENGTH, isEventTag, readTaggedAddress } from '../../../../src/domain/mail/plus-address';
import { TAG_MAP_CAP, TIME_MAX } from '../../../../src/domain/caps';

const cryptoBytes: RandomBytes = (count) => randomFillSync(new Uint8Array(count));

/** A repeatable byte stream (mulberry32), so a failure can be replayed. */
function seededBytes(seed: number): RandomBytes {
  let state = seed >>> 0;
  return (count) =>
    Uint8Array.from({ length: count }, () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) & 0xff;
    });
}

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 9, 0);

function show(overrides: Partial<ShowAddressInput>): ShowAddressInput {
  return { enabled: true, email: 'taro.yamada@example.co.jp', eventId: 'event-1', tags: [], expiresAt: NOW + HOUR, now: NOW, randomBytes: cryptoBytes, ...overrides };
}

function entry(overrides: Partial<EventTag> = {}): EventTag {
  return { tag: 'k7m2qx', eventId: 'event-1', baseEmail: 'taro@example.com', createdAt: NOW, expiresAt: NOW + HOUR, ...overrides };
}

describe('makeEventTag', () => {
  it('gives 10,000 events 10,000 different tags, each of the tag shape', () => {
    for (const randomBytes of [cryptoBytes, seededBytes(13)]) {
      const taken = new Set<string>();
      for (let i = 0; i < 10_000; i++) {
        const tag = makeEventTag(randomBytes, taken);
        expect(tag).not.toBeNull();
        expect(isEventTag(tag!)).toBe(true);
        expect(taken.has(tag!)).toBe(false);
        taken.add(tag!);
      }
      expect(taken.size).toBe(10_000);
    }
  });

  it('draws again when a tag is taken, and gives up on a source that only repeats itself', () => {
    const stuck: RandomBytes = (count) => new Uint8Array(count);
    expect(makeEventTag(stuck, new Set())).toBe('000000');
    expect(makeEventTag(stuck, new Set(['000000']))).toBeNull();
    let calls = 0;
    const secondTime: RandomBytes = (count) => new Uint8Array(count).fill(calls++ === 0 ? 0 : 1);
    expect(makeEventTag(secondTime, new Set(['000000']))).toBe('111111');
    expect(calls).toBe(2);
    expect(makeEventTag(() => new Uint8Array(TAG_LENGTH - 1), new Set())).toBeNull();
    expect(TAG_DRAWS).toBeGreaterThan(1);
  });
});

describe('addressForShow', () => {
  it('gives a current event a tagged address, remembered with the event and the card expiry', () => {
    const result = addressForShow(show({}));
    expect(result.tag).toMatchObject({ eventId: 'event-1', baseEmail: 'taro.yamada@example.co.jp', createdAt: NOW, expiresAt: NOW + HOUR });
    expect(result.address).toBe(`taro.yamada+${result.tag!.tag}@example.co.jp`);
    expect(readTaggedAddress(result.address)).toEqual({ base: 'taro.yamada@example.co.jp', tag: result.tag!.tag });
    expect(result.tags).toEqual([result.tag]);
  });

  it('carries nothing of the event: the tag depends on the random bytes alone', () => {
    // Event ids and names made of tag characters: if any of it leaked, the tags would differ.
    const first = addressForShow(show({ eventId: 'k7m2qx', randomBytes: seededBytes(7) }));
    const second = addressForShow(show({ eventId: 'zzzzzz-渋谷異業種交流会', randomBytes: seededBytes(7) }));
    expect(first.tag!.tag).toBe(second.tag!.tag);
    for (let seed = 0; seed < 500; seed++) {
      const eventId = `ev${seed}abcdef`;
      const { address } = addressForShow(show({ eventId, randomBytes: seededBytes(seed) }));
      const tag = readTaggedAddress(address)!.tag;
      expect(eventId.includes(tag)).toBe(false);
    }
  });

  it('reuses the event tag for the same card address, and pushes its expiry to the later card', () => {
    const first = addressForShow(show({}));
    const again = addressForShow(show({ tags: first.tags, expiresAt: NOW + 30 * HOUR, now: NOW + 2 * HOUR }));
    expect(again.address).toBe(first.address);
    expect(again.tags).toHaveLength(1);
    expect(again.tag).toEqual({ ...first.tag, expiresAt: NOW + 30 * HOUR });
    // A shorter card never shortens the address's life.
    const shorter = addressForShow(show({ tags: again.tags, expiresAt: NOW + 3 * HOUR }));
    expect(shorter.tag!.expiresAt).toBe(NOW + 30 * HOUR);
  });

  it('makes separate tags for another event or another card address', () => {
    const first = addressForShow(show({}));
    const otherEvent = addressForShow(show({ tags: first.tags, eventId: 'event-2' }));
    const otherCard = addressForShow(show({ tags: otherEvent.tags, email: 'taro@fastmail.com' }));
    expect(otherCard.tags).toHaveLength(3);
    expect(new Set(otherCard.tags.map((t) => t.tag)).size).toBe(3);
    expect(otherCard.address).toMatch(/^taro\+[0-9a-z]{6}@fastmail\.com$/);
  });

  it('keeps the plain address, and the map, when off, without an event, or for an address that cannot take a tag', () => {
    const tags = [entry()];
    for (const input of [
      show({ enabled: false, tags }),
      show({ eventId: null, tags }),
      show({ email: 'taro@docomo.ne.jp', tags }),
      show({ email: 'taro+work@example.com', tags }),
    ]) {
      const result = addressForShow(input);
      expect(result).toEqual({ address: input.email, tag: null, tags });
    }
  });

  it('keeps the plain address when the map is full or the random source is broken', () => {
    const full = Array.from({ length: TAG_MAP_CAP }, (_, i) => entry({ tag: String(i).padStart(6, '0'), eventId: `e${i}` }));
    expect(addressForShow(show({ tags: full })).tag).toBeNull();
    expect(addressForShow(show({ randomBytes: () => new Uint8Array(0) })).tag).toBeNull();
  });
});

describe('keptAliveTags', () => {
  it('keeps the tags of events where someone was followed up with (Done)', () => {
    const tags = [entry({ tag: 'aaaaaa', eventId: 'e1' }), entry({ tag: 'bbbbbb', eventId: 'e2' }), entry({ tag: 'cccccc', eventId: 'e3' })];
    const meeting = (eventId: string | null) => ({ at: NOW, eventId, source: 'meishi' as const });
    const contacts = [
      { meetings: [meeting('e1')], followUpDone: true },
      { meetings: [meeting('e2')], followUpDone: false },
      { meetings: [meeting(null), meeting('e3'), meeting('e4')], followUpDone: true },
    ];
    expect(keptAliveTags(tags, contacts)).toEqual(new Set(['aaaaaa', 'cccccc']));
    expect(keptAliveTags(tags, [])).toEqual(new Set());
  });
});

describe('checkTagMap', () => {
  const refusal = (value: unknown) => {
    try {
      checkTagMap(value, 'data.tags');
    } catch (error) {
      if (error instanceof InvalidBackup) return { path: error.path, reason: error.reason };
      throw error;
    }
    return null;
  };

  it('accepts what the app writes, as it wrote it', () => {
    const { tags } = addressForShow(show({}));
    const parsed = JSON.parse(JSON.stringify(tags)) as unknown;
    expect(checkTagMap(parsed, 'data.tags')).toEqual(tags);
    expect(checkTagMap([], 'data.tags')).toEqual([]);
  });

  it('accepts two tags for one event and address (two phones showed the card there, then merged)', () => {
    const merged = [entry(), entry({ tag: 'zzzzzz', baseEmail: 'TARO@example.com' })];
    expect(checkTagMap(merged, 'data.tags')).toEqual(merged);
  });

  it('still accepts an address at a provider since found not to deliver (its filters must still name it)', () => {
    expect(checkTagMap([entry({ baseEmail: 'taro@docomo.ne.jp' })], 'data.tags')).toHaveLength(1);
  });

  it('refuses every shape the app never writes, saying where', () => {
    const cases: [unknown, string, string][] = [
      [{}, 'data.tags', 'expected array'],
      [[null], 'data.tags[0]', 'expected object'],
      [[{ ...entry(), tag: undefined }], 'data.tags[0].tag', 'missing'],
      [[entry({ tag: 'K7M2QX' })], 'data.tags[0].tag', 'unknown value'],
      [[entry({ tag: 'Project X 2026' })], 'data.tags[0].tag', 'unknown value'],
      [[entry({ baseEmail: 'taro+work@example.com' })], 'data.tags[0].baseEmail', 'invalid email'],
      [[entry({ baseEmail: '' })], 'data.tags[0].baseEmail', 'invalid email'],
      [[entry({ baseEmail: 'x@example.com?bcc=y@example.com' })], 'data.tags[0].baseEmail', 'invalid email'],
      [[entry({ eventId: '' })], 'data.tags[0].eventId', 'empty'],
      [[entry({ expiresAt: Number.NaN })], 'data.tags[0].expiresAt', 'expected number'],
      [[{ ...entry(), createdAt: '2026-11-25' }], 'data.tags[0].createdAt', 'expected number'],
      [[entry(), entry({ eventId: 'event-2' })], 'data.tags[1].tag', 'duplicate value'],
    ];
    for (const [value, path, reason] of cases) expect(refusal(value), JSON.stringify(value)).toEqual({ path, reason });
  });

  it('refuses a map longer than the cap', () => {
    const tags = Array.from({ length: TAG_MAP_CAP + 1 }, () => null);
    expect(refusal(tags)).toEqual({ path: 'data.tags', reason: 'too long' });
    expect(refusal(tags.slice(1))).toEqual({ path: 'data.tags[0]', reason: 'expected object' });
  });
});

describe('addressForShow on a device clock set far off', () => {
  it('stamps the address and its expiry within the range', () => {
    const later = Date.UTC(2300, 0, 1);
    const first = addressForShow(show({ now: later, expiresAt: later + HOUR }));
    expect(first.tag).toMatchObject({ createdAt: TIME_MAX, expiresAt: TIME_MAX });
    const again = addressForShow(show({ tags: [entry({ eventId: 'event-1', baseEmail: 'taro.yamada@example.co.jp' })], now: later, expiresAt: later + HOUR }));
    expect(again.tag!.expiresAt).toBe(TIME_MAX);
  });
});
