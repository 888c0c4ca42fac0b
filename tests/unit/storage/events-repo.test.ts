import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../../src/storage/db';
import { deleteEvent, listEvents, patchEvent, putEvent } from '../../../src/storage/events-repo';
import { makeEvent } from '../../../src/domain/events/make-event';
import { TIME_MAX } from '../../../src/domain/caps';

beforeEach(async () => {
  await useDatabase(`events-${Math.random()}`);
});

describe('the events repository', () => {
  it('lists events newest date first', async () => {
    let n = 0;
    const ids = () => `e${++n}`;
    await putEvent({ ...makeEvent('Old', 1, ids), date: '2026-01-01' });
    await putEvent({ ...makeEvent('New', 2, ids), date: '2026-03-01' });
    expect((await listEvents()).map((e) => e.name)).toEqual(['New', 'Old']);
  });

  it('changes fields on top of the stored event, keeping what another tab changed', async () => {
    const event = makeEvent('Mixer', 1000, () => 'e1');
    await putEvent(event);
    await patchEvent('e1', { verdict: 'again' }, 2000);
    const stored = await patchEvent('e1', { reviewIndex: 3, reviewDone: true }, 3000);
    expect(stored).toMatchObject({ name: 'Mixer', verdict: 'again', reviewIndex: 3, reviewDone: true, updatedAt: 3000 });
    expect((await listEvents())[0]).toEqual(stored);
  });

  it('does not bring back a deleted event', async () => {
    await putEvent(makeEvent('Mixer', 1000, () => 'e1'));
    await deleteEvent('e1');
    expect(await patchEvent('e1', { verdict: 'again' }, 2000)).toBeNull();
    expect(await listEvents()).toEqual([]);
  });
});

describe('an edit on a device clock set far off', () => {
  it('is stamped within the range, so the event still backs up', async () => {
    await putEvent(makeEvent('Mixer', 1000, () => 'e1'));
    expect(await patchEvent('e1', { verdict: 'again' }, Date.UTC(2300, 0, 1))).toMatchObject({ updatedAt: TIME_MAX });
  });
});
