import { describe, expect, it } from 'vitest';
import { DATE_MAX, DATE_MIN, TIME_MAX, TIME_MIN } from '../../../../src/domain/caps';
import { validateEvent, type EventDetails } from '../../../../src/domain/events/event-validation';
import { makeEvent } from '../../../../src/domain/events/make-event';

const details = (over: Partial<EventDetails>): EventDetails => ({ name: 'Mixer', date: '2026-11-24', place: '', organizer: '', organizerUrl: '', notes: '', ...over });

describe('validateEvent: the date', () => {
  it('accepts a date from the first to the last day of the app’s range of times', () => {
    for (const date of [DATE_MIN, '2026-11-24', DATE_MAX]) expect(validateEvent(details({ date })).ok, date).toBe(true);
  });

  it('refuses a year a date input allows but the app cannot keep (0000–9999 are typed)', () => {
    for (const date of ['0000-01-01', '0001-01-01', '1969-12-31', '2200-01-01', '9999-12-31']) {
      expect(validateEvent(details({ date })).errors.date, date).toEqual({ code: 'required' });
    }
  });

  it('refuses a date that does not exist', () => {
    expect(validateEvent(details({ date: '2026-02-30' })).ok).toBe(false);
  });
});

describe('makeEvent on a device clock set far off', () => {
  it('stamps times, and dates the event, within the range', () => {
    const late = makeEvent('Mixer', Date.UTC(2300, 0, 1), () => 'e1');
    expect(late).toMatchObject({ createdAt: TIME_MAX, updatedAt: TIME_MAX, date: DATE_MAX });
    const early = makeEvent('Mixer', -1e12, () => 'e2');
    expect(early).toMatchObject({ createdAt: TIME_MIN, updatedAt: TIME_MIN });
    expect(early.date >= DATE_MIN).toBe(true);
  });
});
