import { expect, test, type Page } from '@playwright/test';
import { createEventThroughUi, saveSharedCard, storedContactNamed, storedEvents } from './support/meishi-data';

// Tuesday evening in Tokyo: the event, then the review while memory is fresh.
const EVENT_EVENING = new Date('2026-03-10T19:00:00+09:00');
const people = [
  { name: '佐藤 花子', reading: 'さとう はなこ', org: '合同会社テスト', email: 'hanako@example.jp' },
  { name: '鈴木 一郎', reading: 'すずき いちろう', org: 'Suzuki Design', email: 'ichiro@example.com' },
  { name: 'Jane Smith', reading: '', org: 'Smith & Co', email: 'jane@example.com' },
];

/** Local midnight, `days` after the event day (what the quick picks set). */
function dayAfterEvent(days: number): number {
  return new Date(`2026-03-${String(10 + days).padStart(2, '0')}T00:00:00+09:00`).getTime();
}

async function meetEveryone(page: Page, baseURL: string): Promise<string> {
  await page.clock.install({ time: EVENT_EVENING });
  const eventId = await createEventThroughUi(page, 'Shibuya Tech Mixer');
  for (const person of people) await saveSharedCard(page, baseURL, person);
  return eventId;
}

test('after the event, each person is reviewed in turn (left and resumed), then the event is judged', async ({ page, baseURL }) => {
  const eventId = await meetEveryone(page, baseURL!);

  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole('heading', { name: 'People met (3)' })).toBeVisible();
  for (const person of people) await expect(page.getByRole('link', { name: person.name })).toBeVisible();
  await page.getByRole('link', { name: 'Review this event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review: Shibuya Tech Mixer' })).toBeVisible();

  // Person 1: notes typed with a pause (the autosave runs in between), a flag, "Tomorrow".
  await expect(page.getByText('Person 1 of 3')).toBeVisible();
  await expect(page.getByRole('article', { name: '佐藤 花子' })).toBeVisible();
  const notes = page.getByLabel('Notes');
  await notes.pressSequentially('Needs a new shop site ');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await notes.pressSequentially('by spring');
  await expect(notes).toHaveValue('Needs a new shop site by spring');
  await page.getByRole('checkbox', { name: 'Pushed for a LINE exchange' }).check();
  await page.getByRole('button', { name: 'Tomorrow' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-11');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Person 2: notes, two flags, "In 3 days" — then the person is called away mid-review.
  await expect(page.getByText('Person 2 of 3')).toBeVisible();
  await expect(page.getByRole('article', { name: '鈴木 一郎' })).toBeVisible();
  await expect(notes).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Pushed for a LINE exchange' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Referral on the spot' }).check();
  await page.getByRole('checkbox', { name: 'Network-marketing pitch' }).check();
  await page.getByRole('button', { name: 'In 3 days' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-13');
  await notes.fill('Tried to sign me up for a “business opportunity”');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();

  // Later (after a reload, even): the review picks up at person 2 with what was typed.
  await page.reload();
  await page.goto(`/events/${eventId}`);
  await page.getByRole('link', { name: 'Review this event' }).click();
  await expect(page.getByText('Person 2 of 3')).toBeVisible();
  await expect(page.getByRole('article', { name: '鈴木 一郎' })).toBeVisible();
  await expect(notes).toHaveValue('Tried to sign me up for a “business opportunity”');
  await expect(page.getByRole('checkbox', { name: 'Network-marketing pitch' })).toBeChecked();
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // Person 3: a custom date and time.
  await expect(page.getByText('Person 3 of 3')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Jane Smith' })).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill('2026-03-16');
  await page.getByLabel('Time (optional)').fill('09:30');
  await expect(page.getByLabel('Time (optional)')).toHaveValue('09:30');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByText('Person 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByLabel('Time (optional)')).toHaveValue('09:30');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // The event itself: the checklist and the verdict.
  await expect(page.getByRole('heading', { name: 'And the event itself?' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Network-marketing pitches' }).check();
  await page.getByRole('checkbox', { name: 'The organizer runs events every week or more' }).check();
  await page.getByRole('radio', { name: 'Not again' }).check();
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByText('Review finished.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));

  // The event page shows the judgement…
  await expect(page.getByRole('radio', { name: 'Not again' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Network-marketing pitches' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'The organizer runs events every week or more' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'One to three events a month' })).not.toBeChecked();
  const [event] = await storedEvents(page);
  expect(event).toMatchObject({ verdict: 'not-again', reviewDone: true, reviewIndex: 3 });
  expect([...event!.signs].sort()).toEqual(['network-pitches', 'weekly-events']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('link', { name: /Shibuya Tech Mixer.*3 people · Not again/ })).toBeVisible();

  // …and each contact page what was noted.
  await page.goto(`/events/${eventId}`);
  await page.getByRole('link', { name: '佐藤 花子' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Needs a new shop site by spring');
  await expect(page.getByRole('checkbox', { name: 'Pushed for a LINE exchange' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Referral on the spot' })).not.toBeChecked();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-11');
  await expect(page.getByRole('link', { name: 'Shibuya Tech Mixer' })).toBeVisible();

  await page.goBack();
  await page.getByRole('link', { name: '鈴木 一郎' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Tried to sign me up for a “business opportunity”');
  await expect(page.getByRole('checkbox', { name: 'Referral on the spot' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Network-marketing pitch' })).toBeChecked();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-13');

  await page.goBack();
  await page.getByRole('link', { name: 'Jane Smith' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-16');
  await expect(page.getByLabel('Time (optional)')).toHaveValue('09:30');

  const hanako = await storedContactNamed(page, '佐藤 花子');
  expect(hanako).toMatchObject({ notes: 'Needs a new shop site by spring', flags: ['line'], followUpAt: dayAfterEvent(1), followUpHasTime: false, dueAt: dayAfterEvent(1) });
  const ichiro = await storedContactNamed(page, '鈴木 一郎');
  expect(ichiro).toMatchObject({ notes: 'Tried to sign me up for a “business opportunity”', followUpAt: dayAfterEvent(3), followUpHasTime: false });
  expect([...ichiro!.flags].sort()).toEqual(['network', 'referral']);
  const jane = await storedContactNamed(page, 'Jane Smith');
  expect(jane).toMatchObject({ followUpAt: new Date('2026-03-16T09:30:00+09:00').getTime(), followUpHasTime: true, flags: [], notes: '' });
});

test('"None" clears a follow-up during the review, and a finished review can be gone through again', async ({ page, baseURL }) => {
  const eventId = await meetEveryone(page, baseURL!);
  await page.goto(`/events/${eventId}/review`);
  await expect(page.getByText('Person 1 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-03-17');
  await page.getByRole('button', { name: 'None' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('');
  await expect(page.getByText('No follow-up set.')).toBeVisible();
  for (const n of [2, 3]) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByText(`Person ${n} of 3`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: 'Would go again' }).check();
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByText('Review finished.')).toBeVisible();
  expect((await storedContactNamed(page, '佐藤 花子'))!.followUpAt).toBeNull();
  expect((await storedContactNamed(page, '佐藤 花子'))!.dueAt).toBeUndefined();

  // Reviewing again starts from the first person, not from the end.
  await page.getByRole('link', { name: 'Review this event' }).click();
  await expect(page.getByText('Person 1 of 3')).toBeVisible();
  await expect(page.getByRole('article', { name: '佐藤 花子' })).toBeVisible();
});

test('cards opened one after another in the same tab are each saved under the event', async ({ page, baseURL }) => {
  const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
  await page.clock.install({ time: EVENT_EVENING });
  const eventId = await createEventThroughUi(page, 'Shibuya Tech Mixer');
  const now = EVENT_EVENING.getTime();
  for (const person of people) {
    // The second link only changes the URL fragment: the page is not loaded again.
    await page.goto(encodeSharedCard(baseURL!, { ...person, title: '', website: '', tagline: '' }, now, now + 3_600_000));
    await expect(page.getByRole('heading', { name: person.name })).toBeVisible();
    await expect(page.getByText('Saved in Meishi.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Save in Meishi' }).click();
    await expect(page.getByText('Saved in Meishi.')).toBeVisible();
  }
  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole('heading', { name: 'People met (3)' })).toBeVisible();
});

test('the event page saves its details and checklist as they are edited', async ({ page }) => {
  await page.clock.install({ time: EVENT_EVENING });
  const eventId = await createEventThroughUi(page, 'Shibuya Tech Mixer');
  await page.getByLabel('Place').fill('Shibuya Stream Hall');
  await page.getByLabel('Organizer', { exact: true }).fill('Mixer Inc.');
  await page.getByLabel('Organizer website').fill('https://mixer.example.com');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Free drinks; mostly freelancers');
  await page.getByRole('checkbox', { name: 'One to three events a month' }).check();
  await page.getByRole('checkbox', { name: 'The organizer is an established company with a real website' }).check();
  await page.getByRole('radio', { name: 'Would go again' }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Place')).toHaveValue('Shibuya Stream Hall');
  await expect(page.getByLabel('Organizer', { exact: true })).toHaveValue('Mixer Inc.');
  await expect(page.getByLabel('Organizer website')).toHaveValue('https://mixer.example.com');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Free drinks; mostly freelancers');
  await expect(page.getByRole('checkbox', { name: 'One to three events a month' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Would go again' })).toBeChecked();
  const [event] = await storedEvents(page);
  expect(event).toMatchObject({ id: eventId, place: 'Shibuya Stream Hall', organizer: 'Mixer Inc.', organizerUrl: 'https://mixer.example.com', verdict: 'again' });
  expect([...event!.signs].sort()).toEqual(['few-events-a-month', 'real-company']);
});
