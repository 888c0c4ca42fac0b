import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { writeIcs } from '../../../../src/domain/ics/ics-write';
import { followUpItems, type FollowUpLabels } from '../../../../src/domain/reminders/follow-up-items';
import { makeContact } from '../../../fixtures/make-contact';

const labels: FollowUpLabels = {
  summary: (name) => `${name}さんにフォローアップ`,
  description: ({ event, notes, email }) => [event ? `イベント: ${event}` : '', notes, email].filter(Boolean).join('\n'),
};
const events = new Map([
  ['e1', '渋谷異業種交流会'],
  ['e2', '朝活, 勉強会; 第3回'],
  ['blank', '  '],
]);
const at = (day: number, hours = 0, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();

const contacts = [
  makeContact(
    { name: '山田 太郎', email: 'taro@example.co.jp' },
    {
      id: 'yamada',
      followUpAt: at(28, 10, 30),
      followUpHasTime: true,
      notes: 'カフェの話\n来月連絡',
      meetings: [
        { at: at(20), eventId: 'e1', source: 'meishi' },
        { at: at(24), eventId: 'e2', source: 'vcard' },
      ],
    },
  ),
  makeContact({ name: '伊藤 花子', email: 'hanako@example.com' }, { id: 'ito', followUpAt: at(26), meetings: [{ at: at(24), eventId: 'e1', source: 'meishi' }] }),
  makeContact({ name: '', email: 'noname@example.com' }, { id: 'noname', followUpAt: at(27), meetings: [{ at: at(24), eventId: 'blank', source: 'mailto' }] }),
  makeContact({ name: 'Done' }, { id: 'done', followUpAt: at(26), followUpDone: true }),
  makeContact({ name: 'None' }, { id: 'none' }),
  makeContact({ name: 'Gone event' }, { id: 'gone', followUpAt: at(29), meetings: [{ at: at(1), eventId: 'deleted', source: 'manual' }] }),
];

describe('followUpItems', () => {
  const items = followUpItems(contacts, events, labels);

  it('makes one item per open follow-up, in follow-up order', () => {
    expect(items.map((item) => item.uid)).toEqual(['ito', 'noname', 'yamada', 'gone']);
  });

  it('fills the item from the contact and the labels', () => {
    expect(items[2]).toEqual({
      uid: 'yamada',
      summary: '山田 太郎さんにフォローアップ',
      // The latest meeting's event, not the first one.
      description: 'イベント: 朝活, 勉強会; 第3回\nカフェの話\n来月連絡\ntaro@example.co.jp',
      at: at(28, 10, 30),
      hasTime: true,
    });
    expect(items[0]).toMatchObject({ summary: '伊藤 花子さんにフォローアップ', description: 'イベント: 渋谷異業種交流会\nhanako@example.com', hasTime: false });
  });

  it('falls back to the email for a nameless contact, and to no event when it has no name or is gone', () => {
    expect(items[1]).toMatchObject({ summary: 'noname@example.comさんにフォローアップ', description: 'noname@example.com' });
    expect(items[3]!.description).toBe('');
  });

  it('never sets a URL', () => {
    expect(items.every((item) => item.url === undefined)).toBe(true);
  });

  it('gives the ics writer what it needs: one VEVENT per open follow-up that ical.js reads back', () => {
    const ics = writeIcs(items, { now: at(25, 12) });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(4);
    expect(vevents.map((event) => String(event.getFirstPropertyValue('uid')))).toEqual(['ito@meishi.app', 'noname@meishi.app', 'yamada@meishi.app', 'gone@meishi.app']);
    const yamada = new ICAL.Event(vevents[2]!);
    expect(yamada.summary).toBe('山田 太郎さんにフォローアップ');
    expect(yamada.description).toBe('イベント: 朝活, 勉強会; 第3回\nカフェの話\n来月連絡\ntaro@example.co.jp');
    expect(yamada.startDate.toUnixTime() * 1000).toBe(at(28, 10, 30));
    const ito = new ICAL.Event(vevents[0]!);
    expect(ito.startDate.isDate).toBe(true);
    expect([ito.startDate.year, ito.startDate.month, ito.startDate.day]).toEqual([2026, 11, 26]);
    for (const event of vevents) expect(event.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('makes an empty calendar when nothing is open', () => {
    const ics = writeIcs(followUpItems([contacts[3]!, contacts[4]!], events, labels), { now: at(25) });
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
