import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteCard, listCards, makeMyCard, putCard } from '../../../src/storage/cards-repo';
import { useDatabase } from '../../../src/storage/db';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { getAllSettings, getSetting, setSetting } from '../../../src/storage/settings-repo';
import { makeEmptyCard } from '../../../src/domain/types';
import { TIME_MAX, TIME_MIN } from '../../../src/domain/caps';

beforeEach(async () => {
  await useDatabase(`cards-${Math.random()}`);
});

describe('the cards repository', () => {
  it('creates, lists in creation order, updates and deletes the user’s cards', async () => {
    const work = makeMyCard({ ...makeEmptyCard(), name: '山田 太郎', email: 'taro@example.co.jp' }, 'Work', 1000);
    const side = makeMyCard({ ...makeEmptyCard(), email: 'taro@side.example' }, 'Side project', 2000);
    await putCard(side);
    await putCard(work);
    expect((await listCards()).map((c) => c.label)).toEqual(['Work', 'Side project']);
    await putCard({ ...work, title: 'Designer', updatedAt: 3000 });
    expect((await listCards()).find((c) => c.id === work.id)?.title).toBe('Designer');
    await deleteCard(work.id);
    expect((await listCards()).map((c) => c.id)).toEqual([side.id]);
  });
});

describe('the settings repository', () => {
  it('returns defaults until a setting is written', async () => {
    expect(await getSetting('validity')).toBe('today');
    await setSetting('validity', '7d');
    await setSetting('currentEventId', 'e1');
    expect(await getSetting('validity')).toBe('7d');
    expect(await getAllSettings()).toEqual({ ...DEFAULT_SETTINGS, validity: '7d', currentEventId: 'e1' });
  });
});

describe('a card made on a device clock set far off', () => {
  it('is stamped within the range, so it still backs up', () => {
    expect(makeMyCard({ ...makeEmptyCard(), email: 'taro@example.co.jp' }, 'Work', Date.UTC(2300, 0, 1))).toMatchObject({ createdAt: TIME_MAX, updatedAt: TIME_MAX });
    expect(makeMyCard({ ...makeEmptyCard(), email: 'taro@example.co.jp' }, 'Work', -1)).toMatchObject({ createdAt: TIME_MIN, updatedAt: TIME_MIN });
  });
});
