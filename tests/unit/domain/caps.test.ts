import { describe, expect, it } from 'vitest';
import { clampDate, clampTime, DATE_MAX, DATE_MIN, isSaneDate, isSaneTime, TIME_MAX, TIME_MIN } from '../../../src/domain/caps';

describe('clampTime: a moment from the device clock, held to the range every stored time is in', () => {
  it('keeps a moment in range as it is', () => {
    for (const at of [TIME_MIN, 1_700_000_000_000.5, TIME_MAX]) expect(clampTime(at)).toBe(at);
  });

  it('moves one outside to the nearest end', () => {
    expect(clampTime(-1)).toBe(TIME_MIN);
    expect(clampTime(-Infinity)).toBe(TIME_MIN);
    expect(clampTime(Date.UTC(2300, 0, 1))).toBe(TIME_MAX);
    expect(clampTime(Infinity)).toBe(TIME_MAX);
    expect(clampTime(Number.NaN)).toBe(TIME_MIN);
  });

  it('always gives a time the backup check accepts', () => {
    for (const at of [-8.64e15, -0, 8.64e15, 1e300, Number.NaN]) expect(isSaneTime(clampTime(at))).toBe(true);
  });
});

describe('isSaneDate: an event date the app keeps', () => {
  it('is a real date from the first to the last whole day of the range of times', () => {
    expect([DATE_MIN, '2024-02-29', '2026-11-24', DATE_MAX].every(isSaneDate)).toBe(true);
    expect(Date.UTC(2199, 11, 31)).toBeLessThan(TIME_MAX);
  });

  it('refuses years a date input accepts but no time in range has, and dates that do not exist', () => {
    for (const date of ['0000-01-01', '0001-01-01', '1969-12-31', '2200-01-01', '9999-12-31', '2026-02-30', '2025-02-29', '2026-13-01', '26-11-24', '', ' 2026-11-24']) {
      expect(isSaneDate(date), date).toBe(false);
    }
  });
});

describe('clampDate: a stored event date, as a backup writes it', () => {
  it('keeps no date and a date in range, moves a real date outside to the nearest end, and drops anything else', () => {
    expect(clampDate('')).toBe('');
    expect(clampDate('2026-11-24')).toBe('2026-11-24');
    expect(clampDate('0001-01-01')).toBe(DATE_MIN);
    expect(clampDate('2200-01-01')).toBe(DATE_MAX);
    expect(clampDate('9999-12-31')).toBe(DATE_MAX);
    expect(clampDate('2026-02-30')).toBe('');
    expect(clampDate('tomorrow')).toBe('');
  });
});
