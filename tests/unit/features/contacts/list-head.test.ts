// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { makeContactRows } from '../../../../src/features/contacts/contact-rows';
import { eventsStamp, headRows, HEAD_ROWS, listView, recalledHead, rememberHead, stampOf } from '../../../../src/features/contacts/list-head';
import type { MeishiEvent } from '../../../../src/domain/types';
import { makeContact } from '../../../fixtures/make-contact';

const event = (id: string, name: string, date: string) => ({ id, name, date }) as MeishiEvent;
const mixer = event('mixer', 'Shibuya Mixer', '2026-03-03');
const people = Array.from({ length: 50 }, (_, i) =>
  makeContact({ name: `Person ${String(i).padStart(2, '0')}` }, { id: `p${i}`, updatedAt: 1000 + i, meetings: [{ at: 5000 - i, eventId: i < 10 ? 'mixer' : null, source: 'meishi' }] }),
);
const events = new Map([[mixer.id, mixer]]);

beforeEach(() => localStorage.clear());

describe('the remembered first screenful of Contacts', () => {
  it('gives back the rows it was made from, people read afresh and headers titled by the events as they are', () => {
    const rows = makeContactRows(people, events, 'event', 'No event');
    rememberHead(listView('event', 'all'), eventsStamp([mixer]), stampOf(people), rows, people.length);
    const head = recalledHead()!;
    expect(head).toMatchObject({ view: 'event|all', count: 50, lastUpdated: 1049, total: 50 });
    expect(head.rows).toHaveLength(HEAD_ROWS);
    const renamed = new Map([[mixer.id, { ...mixer, name: 'Shibuya Mixer (spring)' }]]);
    const again = headRows(head, new Map(people.map((p) => [p.id, p])), renamed, 'No event')!;
    expect(again.map((r) => r.key)).toEqual(rows.slice(0, HEAD_ROWS).map((r) => r.key));
    expect(again[0]).toMatchObject({ kind: 'header', title: 'Shibuya Mixer (spring)', count: 10 });
    expect(again[11]).toMatchObject({ kind: 'header', title: 'No event', count: 40 });
  });

  it('is not used when one of its people or events is gone', () => {
    const rows = makeContactRows(people, events, 'event', 'No event');
    rememberHead('event|all', eventsStamp([mixer]), stampOf(people), rows, people.length);
    const head = recalledHead()!;
    const missing = new Map(people.slice(1).map((p) => [p.id, p]));
    expect(headRows(head, missing, events, 'No event')).toBeNull();
    expect(headRows(head, new Map(people.map((p) => [p.id, p])), new Map(), 'No event')).toBeNull();
  });

  it('ignores anything in its place that it did not write', () => {
    for (const junk of ['{', 'null', '{"view":1}', JSON.stringify({ view: 'event|all', events: '', count: 1, lastUpdated: 1, total: 1, rows: [{ id: 'x' }] })]) {
      localStorage.setItem('meishi.contacts-head.v1', junk);
      expect(recalledHead()).toBeNull();
    }
  });

  it('changes its stamp with any added, removed or edited person, and its events stamp with any event date', () => {
    const stamp = stampOf(people);
    expect(stampOf(people.slice(1))).not.toEqual(stamp);
    expect(stampOf([...people.slice(1), { ...people[0]!, updatedAt: 2000 }])).not.toEqual(stamp);
    expect(eventsStamp([mixer])).not.toBe(eventsStamp([{ ...mixer, date: '2026-03-04' }]));
    expect(eventsStamp([mixer, event('b', 'B', '2026-01-01')])).toBe(eventsStamp([event('b', 'B', '2026-01-01'), mixer]));
  });
});

describe('forgetting the first screenful', () => {
  it('leaves nothing to recall', async () => {
    const { forgetHead } = await import('../../../../src/features/contacts/list-head');
    rememberHead('event|all', '', stampOf(people), makeContactRows(people, events, 'event', 'No event'), people.length);
    forgetHead();
    expect(recalledHead()).toBeNull();
  });
});
