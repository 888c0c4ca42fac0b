import { describe, expect, it } from 'vitest';
import { CURRENT_EVENT_LOG_CAP, TIME_MAX, TIME_MIN } from '../../../../src/domain/caps';
import { currentEventAt, eventMetAt, logCurrentEvent, type CurrentEventChange, type EventMetAtInput } from '../../../../src/domain/events/event-met-at';

const HOUR = 3_600_000;
// Days in UTC, so the test does not depend on the machine's time zone.
const at = (date: string, hour: number) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const shibuya = { id: 'shibuya', date: '2026-11-20', createdAt: at('2026-11-20', 9) };
const kyoto = { id: 'kyoto', date: '2026-11-24', createdAt: at('2026-11-24', 9) };
const osaka = { id: 'osaka', date: '2026-11-24', createdAt: at('2026-11-23', 9) };
const undated = { id: 'undated', date: '', createdAt: at('2026-11-01', 9) };

function input(over: Partial<EventMetAtInput>): EventMetAtInput {
  return { issuedAt: at('2026-11-20', 21), events: [shibuya, kyoto, undated], log: [], currentEventId: null, dayOf, ...over };
}

describe('the log of the current event', () => {
  it('records each change, not a repeat, and keeps the latest entries up to the cap', () => {
    let log: CurrentEventChange[] = [];
    log = logCurrentEvent(log, 'a', 1);
    log = logCurrentEvent(log, 'a', 2);
    log = logCurrentEvent(log, null, 3);
    expect(log).toEqual([
      { eventId: 'a', at: 1 },
      { eventId: null, at: 3 },
    ]);
    for (let i = 0; i < CURRENT_EVENT_LOG_CAP + 5; i++) log = logCurrentEvent(log, `e${i}`, 10 + i);
    expect(log).toHaveLength(CURRENT_EVENT_LOG_CAP);
    expect(log.at(-1)).toEqual({ eventId: `e${CURRENT_EVENT_LOG_CAP + 4}`, at: 10 + CURRENT_EVENT_LOG_CAP + 4 });
  });

  it('tells which event was current at a time, none, or that it does not reach back that far', () => {
    const log = [
      { eventId: 'b', at: 20 },
      { eventId: 'a', at: 10 },
      { eventId: null, at: 30 },
    ];
    expect(currentEventAt(log, 5)).toBeUndefined();
    expect(currentEventAt(log, 10)).toBe('a');
    expect(currentEventAt(log, 25)).toBe('b');
    expect(currentEventAt(log, 31)).toBeNull();
  });
});

describe('the event a card issued later is filed under', () => {
  it('is the event current when the card was issued, though another is current now', () => {
    const log = [
      { eventId: 'shibuya', at: at('2026-11-20', 18) },
      { eventId: 'kyoto', at: at('2026-11-24', 18) },
    ];
    expect(eventMetAt(input({ log, currentEventId: 'kyoto' }))).toBe('shibuya');
    // After midnight, still the same evening's event.
    expect(eventMetAt(input({ log, issuedAt: at('2026-11-21', 1), currentEventId: 'kyoto' }))).toBe('shibuya');
  });

  it('is the event dated that day when the one current then was left on from an earlier day', () => {
    const log = [{ eventId: 'shibuya', at: at('2026-11-20', 18) }];
    expect(eventMetAt(input({ log, issuedAt: at('2026-11-24', 20) }))).toBe('kyoto');
  });

  it('is the event dated that day when the log does not reach back, or said no event was current', () => {
    expect(eventMetAt(input({ currentEventId: 'kyoto' }))).toBe('shibuya');
    expect(eventMetAt(input({ log: [{ eventId: null, at: at('2026-11-20', 8) }], currentEventId: 'kyoto' }))).toBe('shibuya');
  });

  it('picks the current event, else the one made last, among several dated that day', () => {
    const events = [shibuya, kyoto, osaka];
    const issuedAt = at('2026-11-24', 20);
    expect(eventMetAt(input({ events, issuedAt, currentEventId: 'osaka' }))).toBe('osaka');
    expect(eventMetAt(input({ events, issuedAt, currentEventId: 'shibuya' }))).toBe('kyoto');
  });

  it('is the event current now when nothing ties the card to a day, else none', () => {
    const issuedAt = at('2026-11-22', 12);
    expect(eventMetAt(input({ issuedAt, currentEventId: 'undated' }))).toBe('undated');
    expect(eventMetAt(input({ issuedAt, currentEventId: null }))).toBeNull();
  });

  it('keeps the event current at the time even without a date match anywhere (an undated event)', () => {
    const log = [{ eventId: 'undated', at: at('2026-11-22', 9) }];
    expect(eventMetAt(input({ log, issuedAt: at('2026-11-22', 12), currentEventId: 'kyoto' }))).toBe('undated');
  });

  it('never names an event that no longer exists', () => {
    const log = [{ eventId: 'deleted', at: at('2026-11-22', 9) }];
    expect(eventMetAt(input({ log, issuedAt: at('2026-11-22', 12), currentEventId: 'also-deleted' }))).toBeNull();
    expect(eventMetAt(input({ log, issuedAt: at('2026-11-22', 12), currentEventId: 'kyoto' }))).toBe('kyoto');
  });
});

describe('time zones', () => {
  it('compares the issue time with event dates in the day the caller gives', () => {
    // 23:30 UTC on the 19th is the 20th in Tokyo.
    const tokyoDay = (ms: number) => new Date(ms + 9 * HOUR).toISOString().slice(0, 10);
    expect(eventMetAt(input({ issuedAt: at('2026-11-19', 23) + HOUR / 2, dayOf: tokyoDay }))).toBe('shibuya');
    expect(eventMetAt(input({ issuedAt: at('2026-11-19', 23) + HOUR / 2 }))).toBeNull();
  });
});

describe('the log on a device clock set far off', () => {
  it('records the change within the range', () => {
    expect(logCurrentEvent([], 'kyoto', Date.UTC(2300, 0, 1))).toEqual([{ eventId: 'kyoto', at: TIME_MAX }]);
    expect(logCurrentEvent([], 'kyoto', -1e12)).toEqual([{ eventId: 'kyoto', at: TIME_MIN }]);
  });
});
