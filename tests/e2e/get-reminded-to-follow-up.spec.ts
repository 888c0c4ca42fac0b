import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import {
  badgeAndNotifications,
  createEventThroughUi,
  leaveAndComeBack,
  makeContact,
  makeEventRecord,
  recordBadgeAndNotifications,
  saveSharedCard,
  seed,
  storedContactNamed,
} from './support/meishi-data';
import { taro } from './support/my-card';

// Tuesday 10 March 2026, 7 pm in Tokyo (the tests' time zone).
const TUESDAY_EVENING = new Date('2026-03-10T19:00:00+09:00').getTime();
const at = (iso: string) => new Date(`${iso}+09:00`).getTime();

/** The names listed under one heading of the Due view, in order. */
function dueSection(page: Page, title: string) {
  return page.getByRole('region', { name: new RegExp(`^${title} \\(\\d+\\)$`) }).getByRole('listitem');
}

/** Opens a contact from the Contacts list by name. */
async function openContact(page: Page, name: string): Promise<void> {
  await page.goto('/contacts');
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Reads a downloaded .ics with a real iCalendar parser. */
async function parseIcs(download: Download): Promise<{ text: string; items: ICAL.Component[] }> {
  const text = await readFile((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, items: [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')] };
}

test('follow-ups set on contacts move from Upcoming to Today to Overdue as the days pass', async ({ page, baseURL }) => {
  await page.clock.install({ time: TUESDAY_EVENING });
  for (const [name, email] of [
    ['Aoki Ken', 'ken@example.com'],
    ['Baba Mai', 'mai@example.com'],
    ['Chiba Rin', 'rin@example.com'],
    ['Doi Sho', 'sho@example.com'],
  ] as const)
    await saveSharedCard(page, baseURL!, { name, email });

  await openContact(page, 'Aoki Ken');
  await page.getByRole('button', { name: 'Tomorrow' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-11');
  await openContact(page, 'Baba Mai');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-11');
  await page.getByLabel('Time (optional)').fill('09:00');
  await expect(page.getByLabel('Time (optional)')).toHaveValue('09:00');
  await openContact(page, 'Chiba Rin');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-17');
  await openContact(page, 'Doi Sho');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-09');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-09');

  // Tuesday evening: one is already late, the rest are ahead.
  await page.goto('/due');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await expect(dueSection(page, 'Overdue')).toHaveText([/^Doi Sho/]);
  await expect(page.getByRole('region', { name: /^Today/ })).toHaveCount(0);
  await expect(dueSection(page, 'Upcoming')).toHaveText([/^Aoki Ken · Mar 11, 2026$/, /^Baba Mai · Mar 11, 2026, 9:00 AM$/, /^Chiba Rin · Mar 17, 2026$/]);

  // Wednesday 10 am, with the Due view left open: the timed one is now late, the dated one is today.
  await page.clock.fastForward('15:00:00');
  await expect(dueSection(page, 'Overdue')).toHaveText([/^Doi Sho/, /^Baba Mai/]);
  await expect(dueSection(page, 'Today')).toHaveText([/^Aoki Ken/]);
  await expect(dueSection(page, 'Upcoming')).toHaveText([/^Chiba Rin/]);

  // The Contacts list says the same, and "Follow-up due" shows just those three.
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: 'Due (3)' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Aoki Ken.*Follow up today/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Baba Mai.*Overdue/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Chiba Rin.*Follow up Mar 17, 2026/ })).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Follow-up due' });
  await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('link')).toHaveText([/^Aoki Ken/, /^Baba Mai/, /^Doi Sho/]);

  // Marking one done takes it off the list.
  await openContact(page, 'Doi Sho');
  await page.getByRole('checkbox', { name: 'Done: I have followed up' }).check();
  await expect.poll(async () => (await storedContactNamed(page, 'Doi Sho'))?.followUpDone).toBe(true);
  await page.goto('/due');
  await expect(dueSection(page, 'Overdue')).toHaveText([/^Baba Mai/]);
  await expect(page.getByRole('link', { name: 'Doi Sho' })).toHaveCount(0);

  // A new follow-up date is something new to do: it is no longer Done.
  await openContact(page, 'Doi Sho');
  await expect(page.getByRole('checkbox', { name: 'Done: I have followed up' })).toBeChecked();
  await page.getByRole('button', { name: 'Tomorrow' }).click();
  await expect(page.getByRole('checkbox', { name: 'Done: I have followed up' })).not.toBeChecked();
  await page.goto('/due');
  await expect(dueSection(page, 'Upcoming')).toHaveText([/^Doi Sho · Mar 12, 2026$/, /^Chiba Rin/]);
});

test('the app badge shows the due count when the app opens and when it comes back to the screen', async ({ page }) => {
  await page.clock.install({ time: TUESDAY_EVENING });
  await recordBadgeAndNotifications(page);
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([0]);
  await seed(page, {
    contacts: [
      makeContact('late', { name: 'Late Person', email: 'late@example.com' }, { followUpAt: at('2026-03-09T00:00:00') }),
      makeContact('today', { name: 'Today Person', email: 'today@example.com' }, { followUpAt: at('2026-03-10T00:00:00') }),
      makeContact('tomorrow', { name: 'Tomorrow Person', email: 'tomorrow@example.com' }, { followUpAt: at('2026-03-11T00:00:00') }),
      makeContact('done', { name: 'Done Person', email: 'done@example.com' }, { followUpAt: at('2026-03-08T00:00:00'), followUpDone: true }),
    ],
  });

  await page.reload();
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([2]);
  await expect(page.getByRole('link', { name: 'Due (2)' })).toBeVisible();
  // No permission was given: no notification, and none was asked for.
  expect((await badgeAndNotifications(page)).notifications).toEqual([]);
  expect(await page.evaluate(() => Notification.permission)).toBe('default');

  // The phone sleeps through the night; in the morning the person switches back to Meishi.
  await page.clock.setSystemTime(at('2026-03-11T08:00:00'));
  await leaveAndComeBack(page);
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([2, 3]);

  // Done with everything: the badge is cleared.
  await seed(page, {
    contacts: ['late', 'today', 'tomorrow'].map((id) =>
      makeContact(id, { name: id, email: `${id}@example.com` }, { followUpAt: at('2026-03-09T00:00:00'), followUpDone: true }),
    ),
  });
  await leaveAndComeBack(page);
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([2, 3, 0]);
});

test('with notifications allowed, opening the app gives one notification summarising what is due', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: TUESDAY_EVENING });
  await recordBadgeAndNotifications(page);
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await seed(page, {
    contacts: [
      makeContact('late', { name: 'Late Person', email: 'late@example.com' }, { followUpAt: at('2026-03-09T00:00:00') }),
      makeContact('today', { name: 'Today Person', email: 'today@example.com' }, { followUpAt: at('2026-03-10T18:00:00'), followUpHasTime: true }),
      makeContact('tomorrow', { name: 'Tomorrow Person', email: 'tomorrow@example.com' }, { followUpAt: at('2026-03-11T00:00:00') }),
    ],
  });
  await page.reload();
  await expect.poll(async () => (await badgeAndNotifications(page)).notifications).toHaveLength(1);
  const [notification] = (await badgeAndNotifications(page)).notifications;
  expect(notification!.title).toBe('2 follow-ups due');
  expect(notification!.body).toContain('Late Person');
  expect(notification!.body).toContain('Today Person');
  expect(notification!.body).not.toContain('Tomorrow Person');

  // Opening the app again the same day does not ring again for the same people.
  await page.reload();
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([2]);
  await leaveAndComeBack(page);
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([2, 2]);
  expect((await badgeAndNotifications(page)).notifications).toEqual([]);

  // Next morning a third one is due: one new notification.
  await page.clock.setSystemTime(at('2026-03-11T08:00:00'));
  await leaveAndComeBack(page);
  await expect.poll(async () => (await badgeAndNotifications(page)).notifications.map((n) => n.title)).toEqual(['3 follow-ups due']);
});

test('notifications are asked for only from the button in Settings, and then summarise what is due', async ({ page }) => {
  await page.clock.install({ time: TUESDAY_EVENING });
  await recordBadgeAndNotifications(page);
  // The browser's permission prompt, answered "Allow" (and counted).
  await page.addInitScript(() => {
    let permission: NotificationPermission = 'default';
    (window as unknown as { __asked: number }).__asked = 0;
    Object.defineProperty(Notification, 'permission', { configurable: true, get: () => permission });
    Notification.requestPermission = async () => {
      (window as unknown as { __asked: number }).__asked++;
      permission = 'granted';
      return permission;
    };
  });
  const asked = () => page.evaluate(() => (window as unknown as { __asked: number }).__asked);
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await seed(page, { contacts: [makeContact('late', { name: 'Late Person', email: 'late@example.com' }, { followUpAt: at('2026-03-09T00:00:00') })] });
  await page.reload();
  await expect.poll(async () => (await badgeAndNotifications(page)).badge).toEqual([1]);
  expect(await asked()).toBe(0);
  expect((await badgeAndNotifications(page)).notifications).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  expect(await asked()).toBe(0);
  await page.getByRole('button', { name: 'Allow notifications' }).click();
  await expect(page.getByText('Notifications are on: you get one when you open Meishi and follow-ups are due.')).toBeVisible();
  expect(await asked()).toBe(1);
  await expect.poll(async () => (await badgeAndNotifications(page)).notifications.map((n) => `${n.title}: ${n.body}`)).toEqual(['1 follow-up due: Late Person']);
});

test('"Add to calendar" and "Add all to calendar" give .ics files with an alarm and a stable UID', async ({ page, baseURL }) => {
  await page.clock.install({ time: TUESDAY_EVENING });
  await createEventThroughUi(page, 'Shibuya Tech Mixer', '2026-03-10');
  await saveSharedCard(page, baseURL!, { name: '佐藤 花子', email: 'hanako@example.jp' });
  await saveSharedCard(page, baseURL!, { name: 'Jane Smith', email: 'jane@example.com' });
  await saveSharedCard(page, baseURL!, { name: 'No Follow Up', email: 'none@example.com' });

  await openContact(page, '佐藤 花子');
  await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeDisabled();
  await page.getByLabel('Date', { exact: true }).fill('2026-03-12');
  await page.getByLabel('Time (optional)').fill('10:30');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Wants a quote; call her, not LINE');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const hanako = (await storedContactNamed(page, '佐藤 花子'))!;

  const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
  expect(one.suggestedFilename()).toBe('佐藤 花子.ics');
  const first = await parseIcs(one);
  expect(first.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(first.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  expect(first.items).toHaveLength(1);
  const item = first.items[0]!;
  expect(item.getFirstPropertyValue('uid')).toBe(`${hanako.id}@meishi.app`);
  expect(item.getFirstPropertyValue('summary')).toBe('Follow up with 佐藤 花子');
  expect(String(item.getFirstPropertyValue('description'))).toContain('Met at Shibuya Tech Mixer');
  expect(String(item.getFirstPropertyValue('description'))).toContain('Wants a quote; call her, not LINE');
  const start = (item.getFirstPropertyValue('dtstart') ?? item.getFirstPropertyValue('due')) as ICAL.Time;
  expect(start.toJSDate().getTime()).toBe(at('2026-03-12T10:30:00'));
  const alarm = item.getFirstSubcomponent('valarm')!;
  expect(alarm).toBeTruthy();
  expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(alarm.getFirstPropertyValue('description')).toBeTruthy();
  expect(alarm.getFirstProperty('trigger')).toBeTruthy();

  // Moving the follow-up and exporting again: same UID (the calendar updates, not duplicates).
  await page.getByRole('button', { name: 'Tomorrow' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-11');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
  const second = (await parseIcs(again)).items[0]!;
  expect(second.getFirstPropertyValue('uid')).toBe(`${hanako.id}@meishi.app`);
  expect((second.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-03-11');
  expect(Number(second.getFirstPropertyValue('sequence'))).toBeGreaterThanOrEqual(Number(item.getFirstPropertyValue('sequence')));

  await openContact(page, 'Jane Smith');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-17');

  await page.goto('/due');
  const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add all to calendar (.ics)' }).click()]);
  expect(all.suggestedFilename()).toBe('meishi-follow-ups.ics');
  const everything = await parseIcs(all);
  const jane = (await storedContactNamed(page, 'Jane Smith'))!;
  expect(everything.items.map((i) => i.getFirstPropertyValue('uid'))).toEqual([`${hanako.id}@meishi.app`, `${jane.id}@meishi.app`]);
  expect(everything.items.map((i) => i.getFirstPropertyValue('summary'))).toEqual(['Follow up with 佐藤 花子', 'Follow up with Jane Smith']);
  for (const i of everything.items) expect(i.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(everything.text).not.toContain('No Follow Up');
});

for (const [locale, language] of [
  ['en-US', 'English'],
  ['ja-JP', 'Japanese'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test('the Email button drafts a follow-up whose subject and body mention the event and its date', async ({ page }) => {
      await page.clock.install({ time: TUESDAY_EVENING });
      await page.goto('/contacts');
      const me = { ...taro, id: 'me', label: 'Work', perEventAddress: false, createdAt: TUESDAY_EVENING, updatedAt: TUESDAY_EVENING };
      await seed(page, {
        cards: [me],
        settings: { activeCardId: 'me' },
        events: [makeEventRecord('ev1', 'Shibuya Tech Mixer', '2026-03-10')],
        contacts: [
          makeContact('c1', { name: '佐藤 花子', email: 'hanako@example.jp' }, { meetings: [{ at: TUESDAY_EVENING, eventId: 'ev1', source: 'meishi' }] }),
        ],
      });
      await page.goto('/contacts/c1');
      await expect(page.getByRole('heading', { level: 1, name: '佐藤 花子' })).toBeVisible();
      const href = await page.getByRole('link', { name: language === 'English' ? 'Email' : 'メールを書く', exact: true }).getAttribute('href');
      const url = new URL(href!);
      expect(url.protocol).toBe('mailto:');
      expect(decodeURIComponent(url.pathname)).toBe('hanako@example.jp');
      const subject = url.searchParams.get('subject')!;
      const body = url.searchParams.get('body')!;
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(2026, 2, 10));
      for (const text of [subject, body]) {
        expect(text).toContain('Shibuya Tech Mixer');
        expect(text).toContain(date);
      }
      expect(body).toContain('佐藤 花子');
      expect(body).toContain('山田 太郎');
      if (language === 'Japanese') expect(body).toContain('様');
      else expect(body).toMatch(/^Dear 佐藤 花子,/);
      // Spaces are written as %20, never "+", which some mail apps show literally.
      expect(href).not.toContain('+');

      if (language === 'English') {
        // The template is the person's own once edited in Settings.
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
        await page.getByLabel('Subject', { exact: true }).fill('Following up on {event} ({date})');
        await page.getByLabel('Body', { exact: true }).fill('Hi {name}, nice to meet you at {event}. {myName}');
        await page.getByRole('button', { name: 'Save template' }).click();
        await expect(page.getByText('Template saved.')).toBeVisible();
        await page.goto('/contacts/c1');
        const edited = new URL((await page.getByRole('link', { name: 'Email', exact: true }).getAttribute('href'))!);
        expect(edited.searchParams.get('subject')).toBe(`Following up on Shibuya Tech Mixer (${date})`);
        expect(edited.searchParams.get('body')).toBe('Hi 佐藤 花子, nice to meet you at Shibuya Tech Mixer. 山田 太郎');
      }
    });
  });
}
