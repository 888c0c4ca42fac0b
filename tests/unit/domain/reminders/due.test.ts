import { describe, expect, it } from 'vitest';
import { dueCount, dueStatus, groupDue } from '../../../../src/domain/reminders/due';
import type { Contact } from '../../../../src/domain/types';
import { makeContact } from '../../../fixtures/make-contact';

// Every moment is built with the local Date constructor, so the tests hold in any time zone.
const local = (day: number, hours = 0, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();
const dateOnly = (day: number, fields: Partial<Contact> = {}) => makeContact({ name: `date ${day}` }, { followUpAt: local(day), followUpHasTime: false, ...fields });
const timed = (day: number, hours: number, minutes = 0, fields: Partial<Contact> = {}) =>
  makeContact({ name: `timed ${day} ${hours}:${minutes}` }, { followUpAt: local(day, hours, minutes), followUpHasTime: true, ...fields });

describe('dueStatus', () => {
  it('is null without a follow-up or once it is done', () => {
    expect(dueStatus(makeContact(), local(25))).toBeNull();
    expect(dueStatus(dateOnly(20, { followUpDone: true }), local(25))).toBeNull();
    expect(dueStatus(timed(20, 9, 0, { followUpDone: true }), local(25))).toBeNull();
    expect(dueStatus(makeContact({}, { followUpAt: Number.NaN }), local(25))).toBeNull();
  });

  it('puts a date-only follow-up on its local day, all day long', () => {
    const contact = dateOnly(25);
    expect(dueStatus(contact, local(24, 23, 59))).toBe('upcoming');
    expect(dueStatus(contact, local(25, 0, 0))).toBe('today');
    expect(dueStatus(contact, local(25, 23, 59))).toBe('today');
    expect(dueStatus(contact, local(26, 0, 0))).toBe('overdue');
    expect(dueStatus(contact, local(30, 12))).toBe('overdue');
    expect(dueStatus(contact, local(10))).toBe('upcoming');
  });

  it('reads a date-only follow-up stored at another hour by its local date', () => {
    const contact = makeContact({}, { followUpAt: local(25, 15), followUpHasTime: false });
    expect(dueStatus(contact, local(25, 1))).toBe('today');
    expect(dueStatus(contact, local(25, 23))).toBe('today');
  });

  it('makes a timed follow-up overdue from its moment on', () => {
    const contact = timed(25, 14, 30);
    expect(dueStatus(contact, local(24, 23, 59))).toBe('upcoming');
    expect(dueStatus(contact, local(25, 0, 0))).toBe('today');
    expect(dueStatus(contact, local(25, 14, 29))).toBe('today');
    expect(dueStatus(contact, local(25, 14, 30))).toBe('overdue');
    expect(dueStatus(contact, local(25, 23, 59))).toBe('overdue');
  });

  it('handles timed follow-ups around midnight', () => {
    const lateNight = timed(25, 23, 59);
    expect(dueStatus(lateNight, local(25, 23, 58))).toBe('today');
    expect(dueStatus(lateNight, local(26, 0, 0))).toBe('overdue');
    const justAfterMidnight = timed(26, 0, 1);
    expect(dueStatus(justAfterMidnight, local(25, 23, 59))).toBe('upcoming');
    expect(dueStatus(justAfterMidnight, local(26, 0, 0))).toBe('today');
    expect(dueStatus(justAfterMidnight, local(26, 0, 1))).toBe('overdue');
  });

  it('uses calendar days across month and year ends', () => {
    const newYear = makeContact({}, { followUpAt: new Date(2027, 0, 1).getTime() });
    expect(dueStatus(newYear, new Date(2026, 11, 31, 23, 59).getTime())).toBe('upcoming');
    expect(dueStatus(newYear, new Date(2027, 0, 1, 8).getTime())).toBe('today');
    expect(dueStatus(newYear, new Date(2027, 0, 2).getTime())).toBe('overdue');
  });
});

describe('groupDue and dueCount', () => {
  const now = local(25, 12);
  const contacts = [
    timed(25, 18, 0, { id: 'today-evening' }),
    dateOnly(26, { id: 'tomorrow' }),
    dateOnly(25, { id: 'today-date' }),
    timed(25, 9, 0, { id: 'this-morning' }),
    dateOnly(20, { id: 'last-week' }),
    dateOnly(24, { id: 'done', followUpDone: true }),
    makeContact({}, { id: 'none' }),
    timed(30, 10, 0, { id: 'next-week' }),
    dateOnly(24, { id: 'yesterday' }),
  ];

  it('groups open follow-ups, each group in follow-up order', () => {
    const groups = groupDue(contacts, now);
    const ids = (list: Contact[]) => list.map((c) => c.id);
    expect(ids(groups.overdue)).toEqual(['last-week', 'yesterday', 'this-morning']);
    expect(ids(groups.today)).toEqual(['today-date', 'today-evening']);
    expect(ids(groups.upcoming)).toEqual(['tomorrow', 'next-week']);
  });

  it('orders equal moments by name', () => {
    const b = dateOnly(25, { id: 'b' });
    b.card.name = 'Bob';
    const a = dateOnly(25, { id: 'a' });
    a.card.name = 'Alice';
    expect(groupDue([b, a], now).today.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('counts overdue and today for the badge', () => {
    expect(dueCount(contacts, now)).toBe(5);
    expect(dueCount(contacts, local(1))).toBe(0);
    expect(dueCount([], now)).toBe(0);
  });

  it('does not change the input order', () => {
    const copy = [...contacts];
    groupDue(contacts, now);
    expect(contacts).toEqual(copy);
  });
});
