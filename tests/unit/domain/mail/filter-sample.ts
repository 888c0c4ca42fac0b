import { HOSTILE_TEXT } from '../../../fixtures/hostile-text';
import type { EventTag } from '../../../../src/domain/mail/event-tags';
import { DEFAULT_FOLDER_NAMES, type FilterInput } from '../../../../src/domain/mail/filter-plan';

// One tag map for the Gmail and Sieve tests: an expired address, one still valid, one expired
// but kept alive by a Done contact, one of a deleted event, and events whose names try to break
// out of XML attributes and Sieve strings.

const HOUR = 3_600_000;

/** Event names written to break the filter files. */
export const INJECTION_NAMES = [
  `Mixer' /><apps:property name='shouldTrash' value='true'/><x a='`,
  'He said "hi" \\" ]; discard; #',
  'Shibuya Mixer 2026.11 / after-party',
  '渋谷異業種交流会\u2028next line\u0000',
  'lone \ud800 surrogate & <tag>',
];

/** Builds a filter input with every kind of address, as of `now`. */
export function filterSample(now: number): FilterInput & { expect: { expired: string[]; live: string[]; kept: string[]; timed: string[] } } {
  const tags: EventTag[] = [
    { tag: 'exp111', eventId: 'e-expired', baseEmail: 'taro@example.com', createdAt: now - 48 * HOUR, expiresAt: now - 24 * HOUR },
    { tag: 'nwe222', eventId: 'e-live', baseEmail: 'taro@example.com', createdAt: now - 2 * HOUR, expiresAt: now + 6 * HOUR },
    { tag: 'kep333', eventId: 'e-kept', baseEmail: 'taro@example.com', createdAt: now - 72 * HOUR, expiresAt: now - 48 * HOUR },
    { tag: 'dea444', eventId: 'e-deleted', baseEmail: 'Taro.Work@fastmail.com', createdAt: now - 96 * HOUR, expiresAt: now - 90 * HOUR },
    ...[...INJECTION_NAMES, ...HOSTILE_TEXT].map((_, i) => ({
      tag: `h${String(i).padStart(2, '0')}xyz`,
      eventId: `e-hostile-${i}`,
      baseEmail: 'taro@example.com',
      createdAt: now - HOUR + i,
      // Every other one expired.
      expiresAt: i % 2 ? now - HOUR : now + HOUR,
    })),
  ];
  const eventNames = new Map<string, string>([
    ['e-expired', 'Shibuya Mixer'],
    ['e-live', 'Tokyo Founders Night'],
    ['e-kept', '渋谷異業種交流会'],
    ...[...INJECTION_NAMES, ...HOSTILE_TEXT].map((name, i) => [`e-hostile-${i}`, name] as [string, string]),
  ]);
  const hostile = tags.slice(4);
  return {
    tags,
    eventNames,
    keptAlive: new Set(['kep333']),
    names: DEFAULT_FOLDER_NAMES,
    now,
    expect: {
      expired: ['exp111', 'dea444', ...hostile.filter((t) => t.expiresAt <= now).map((t) => t.tag)],
      live: ['nwe222', 'kep333', ...hostile.filter((t) => t.expiresAt > now).map((t) => t.tag)],
      kept: ['kep333'],
      timed: ['nwe222', ...hostile.filter((t) => t.expiresAt > now).map((t) => t.tag)],
    },
  };
}
