import { describe, expect, it } from 'vitest';
import { QUICK_PICKS, followUpFromInput, followUpFromPick, toDateInput, toTimeInput } from '../../../../src/domain/reminders/quick-picks';

describe('followUpFromPick', () => {
  // A Wednesday evening.
  const now = new Date(2026, 10, 25, 21, 45).getTime();

  it('gives local midnight, date-only, 1, 3 or 7 days on', () => {
    expect(followUpFromPick('tomorrow', now)).toEqual({ at: new Date(2026, 10, 26).getTime(), hasTime: false });
    expect(followUpFromPick('in-3-days', now)).toEqual({ at: new Date(2026, 10, 28).getTime(), hasTime: false });
    // Same weekday a week later, not the next Monday.
    expect(followUpFromPick('next-week', now)).toEqual({ at: new Date(2026, 11, 2).getTime(), hasTime: false });
  });

  it('counts from the local date, even just before or after midnight', () => {
    expect(followUpFromPick('tomorrow', new Date(2026, 10, 25, 0, 0).getTime()).at).toBe(new Date(2026, 10, 26).getTime());
    expect(followUpFromPick('tomorrow', new Date(2026, 10, 25, 23, 59, 59).getTime()).at).toBe(new Date(2026, 10, 26).getTime());
  });

  it('rolls over month and year ends', () => {
    const newYearsEve = new Date(2026, 11, 31, 10).getTime();
    expect(followUpFromPick('tomorrow', newYearsEve).at).toBe(new Date(2027, 0, 1).getTime());
    expect(followUpFromPick('next-week', newYearsEve).at).toBe(new Date(2027, 0, 7).getTime());
    expect(followUpFromPick('in-3-days', new Date(2028, 1, 27).getTime()).at).toBe(new Date(2028, 2, 1).getTime());
  });

  it('lands on the right calendar date every day of the year, DST changes included', () => {
    const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let day = 0; day < 366; day++) {
      // The evening of each day of 2026, in local time.
      const now = new Date(2026, 0, 1 + day, 22, 30).getTime();
      const today = Date.UTC(2026, 0, 1 + day);
      for (const [pick, days] of [['tomorrow', 1], ['in-3-days', 3], ['next-week', 7]] as const) {
        const { at } = followUpFromPick(pick, now);
        expect(toDateInput(at)).toBe(ymd(today + days * 86_400_000));
        // Local midnight, or the first moment of a day whose midnight a DST change skips.
        expect(new Date(at).getMinutes()).toBe(0);
        expect(new Date(at).getHours()).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lists every pick', () => {
    expect(QUICK_PICKS).toEqual(['tomorrow', 'in-3-days', 'next-week']);
  });
});

describe('followUpFromInput', () => {
  it('reads a date as local midnight, date-only', () => {
    expect(followUpFromInput('2026-11-25', '')).toEqual({ at: new Date(2026, 10, 25).getTime(), hasTime: false });
    expect(followUpFromInput(' 2026-11-25 ', '  ')).toEqual({ at: new Date(2026, 10, 25).getTime(), hasTime: false });
  });

  it('reads a date and time as a local moment', () => {
    expect(followUpFromInput('2026-11-25', '14:30')).toEqual({ at: new Date(2026, 10, 25, 14, 30).getTime(), hasTime: true });
    expect(followUpFromInput('2026-11-25', '00:00')).toEqual({ at: new Date(2026, 10, 25).getTime(), hasTime: true });
    expect(followUpFromInput('2026-11-25', '23:59:30')).toEqual({ at: new Date(2026, 10, 25, 23, 59, 30).getTime(), hasTime: true });
    expect(followUpFromInput('2026-11-25', '09:05:00.000')).toEqual({ at: new Date(2026, 10, 25, 9, 5).getTime(), hasTime: true });
  });

  it('accepts 29 February in leap years only', () => {
    expect(followUpFromInput('2028-02-29', '')?.at).toBe(new Date(2028, 1, 29).getTime());
    expect(followUpFromInput('2000-02-29', '')).not.toBeNull();
    expect(followUpFromInput('2026-02-29', '')).toBeNull();
    expect(followUpFromInput('2100-02-29', '')).toBeNull();
  });

  it('refuses what an input would not produce', () => {
    for (const date of ['', '2026-13-01', '2026-00-10', '2026-11-31', '2026-11-00', '2026-1-5', '26-11-25', '2026/11/25', '0000-01-01', 'tomorrow']) {
      expect(followUpFromInput(date, ''), date).toBeNull();
    }
    for (const time of ['24:00', '12:60', '9:30', '12:30:60', 'noon', '12']) {
      expect(followUpFromInput('2026-11-25', time), time).toBeNull();
    }
  });

  it('refuses dates the app could not show or export (before 1970, after 2199)', () => {
    expect(followUpFromInput('0099-03-04', '')).toBeNull();
    expect(followUpFromInput('1969-12-31', '')).toBeNull();
    expect(followUpFromInput('275760-09-13', '')).toBeNull();
    expect(followUpFromInput('2200-01-02', '')).toBeNull();
    expect(toDateInput(followUpFromInput('2199-12-31', '')!.at)).toBe('2199-12-31');
  });
});

describe('toDateInput and toTimeInput', () => {
  it('write local values the inputs accept', () => {
    const at = new Date(2026, 0, 5, 7, 3, 59).getTime();
    expect(toDateInput(at)).toBe('2026-01-05');
    expect(toTimeInput(at)).toBe('07:03');
  });

  it('round-trip with followUpFromInput', () => {
    for (const at of [new Date(2026, 10, 25, 14, 30).getTime(), new Date(2026, 0, 1, 0, 0).getTime(), new Date(2027, 11, 31, 23, 59).getTime()]) {
      expect(followUpFromInput(toDateInput(at), toTimeInput(at))).toEqual({ at, hasTime: true });
      expect(followUpFromInput(toDateInput(at), '')?.at).toBe(new Date(new Date(at).setHours(0, 0, 0, 0)).getTime());
    }
  });

  it('give empty values for an invalid time', () => {
    expect(toDateInput(Number.NaN)).toBe('');
    expect(toTimeInput(Number.NaN)).toBe('');
    expect(toDateInput(Number.POSITIVE_INFINITY)).toBe('');
  });
});
