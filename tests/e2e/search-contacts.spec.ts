import { expect, test, type Page } from '@playwright/test';
import type { Contact } from '../../src/domain/types';
import { makeContact, makeEventRecord, seed } from './support/meishi-data';

const NOW = new Date('2026-03-10T19:00:00+09:00').getTime();
const DAY = 86_400_000;
const tokyo = makeEventRecord('tokyo', 'Tokyo Mixer', '2026-03-03');
const osaka = makeEventRecord('osaka', 'Osaka Meetup', '2026-03-08');
const met = (eventId: string | null, daysAgo = 2) => [{ at: NOW - daysAgo * DAY, eventId, source: 'meishi' as const }];

const people: Contact[] = [
  makeContact('yamada', { name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'taro.yamada@example.co.jp' }, { meetings: met('tokyo', 7) }),
  makeContact('ando', { name: '安藤 花', reading: 'あんどう はな', org: 'Acme Corp', email: 'hana@acme.example' }, { meetings: met('osaka'), flags: ['line'] }),
  makeContact('sato', { name: '佐藤 健', reading: 'さとう けん', org: '合同会社テスト', email: 'ken@sato.example' }, {
    meetings: met('osaka'),
    notes: 'Wants a LOGO redesign before the spring sale',
    followUpAt: NOW - DAY,
  }),
  makeContact('smith', { name: 'John Smith', org: 'Smith & Co', title: 'CTO', email: 'john@smith.example' }, { meetings: met(null, 1) }),
  makeContact('gone', { name: '鈴木 一郎', reading: 'すずき いちろう', org: 'Suzuki Design' }, { meetings: met('tokyo', 7), expiresAt: NOW - 5 * DAY, expiredAt: NOW - 5 * DAY }),
];

/** The people the Contacts list shows, by the start of each row's text. */
function rows(page: Page) {
  return page.getByRole('list', { name: 'Contacts' }).getByRole('link');
}

async function openContacts(page: Page, contacts: Contact[], path = '/contacts'): Promise<void> {
  await page.clock.install({ time: NOW });
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await seed(page, { contacts, events: [tokyo, osaka] });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
}

test('search finds people by name in any kana, and by organization, email and notes in any case', async ({ page }) => {
  await openContacts(page, people);
  await expect(page.getByText('5 people', { exact: true })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });

  // The whole table of queries is a unit test (normalize-search.test.ts); these few prove the
  // screen searches as the person types, in any kana, any case, and says when nobody matches.
  for (const [query, name] of [
    ['ﾔﾏﾀﾞ', '山田 太郎'],
    ['ACME corp', '安藤 花'],
    ['spring LOGO', '佐藤 健'],
    ['ごうどう', null],
  ] as const) {
    await search.fill(query);
    if (name) await expect(rows(page), `search “${query}”`).toHaveText([new RegExp(`^${name}`)]);
    else await expect(page.getByText('Nobody matches.')).toBeVisible();
  }
  await search.fill('やまだ');
  await expect(page.getByText('1 person', { exact: true })).toBeVisible();

  // Opening someone found and coming back keeps the search.
  await search.fill('ﾔﾏﾀﾞ');
  await rows(page).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '山田 太郎' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('ﾔﾏﾀﾞ');
  await expect(rows(page)).toHaveText([/^山田 太郎/]);

  await search.fill('');
  await expect(rows(page)).toHaveCount(5);
});

test('deleting letters gives back the wider search, and a search typed again finds someone added in another tab meanwhile', async ({ page, context }) => {
  await openContacts(page, people);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially('smith');
  await expect(rows(page)).toHaveText([/^John Smith/]);
  await search.press('Backspace');
  await search.press('Backspace');
  await search.press('Backspace');
  await search.press('Backspace');
  // "s": everyone with an s anywhere, as a fresh search for it finds them.
  await expect(rows(page)).toHaveText([/^佐藤 健/, /^鈴木 一郎/, /^John Smith/]);
  await search.fill('');
  await expect(rows(page)).toHaveCount(5);

  // Another tab adds a second Smith; this tab's list hears of it, and the same search finds both.
  const other = await context.newPage();
  await other.goto('/contacts/new');
  await other.getByLabel('Name', { exact: true }).fill('Anna Smith');
  await other.getByLabel('Email', { exact: true }).fill('anna@smith.example');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Anna Smith' })).toBeVisible();
  await expect(rows(page)).toHaveCount(6);
  await search.pressSequentially('smith');
  await expect(rows(page)).toHaveText([/^Anna Smith/, /^John Smith/]);
});

test('filters show who is due, flagged, expired or met at one event; sorting by name follows the reading', async ({ page }) => {
  await openContacts(page, people);
  const show = page.getByLabel('Show', { exact: true });

  // By event (the default): newest event first, "No event" last.
  const headings = page.getByRole('list', { name: 'Contacts' }).getByRole('heading');
  await expect(headings).toHaveText([/^Osaka Meetup.*2 people$/, /^Tokyo Mixer.*2 people$/, /^No event.*1 person$/]);
  // A search keeps the events' order, and only the headings over someone found, counting them.
  await page.getByRole('searchbox', { name: 'Search' }).fill('design');
  await expect(rows(page)).toHaveText([/^佐藤 健/, /^鈴木 一郎/]);
  await expect(headings).toHaveText([/^Osaka Meetup.*1 person$/, /^Tokyo Mixer.*1 person$/]);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(headings).toHaveText([/^Osaka Meetup.*2 people$/, /^Tokyo Mixer.*2 people$/, /^No event.*1 person$/]);

  await show.selectOption({ label: 'Follow-up due' });
  await expect(rows(page)).toHaveText([/^佐藤 健.*Overdue/]);
  await show.selectOption({ label: 'Flagged' });
  await expect(rows(page)).toHaveText([/^安藤 花/]);
  await show.selectOption({ label: 'Expired cards' });
  await expect(rows(page)).toHaveText([/^鈴木 一郎.*Card expired/]);
  await show.selectOption({ label: 'Tokyo Mixer' });
  await expect(rows(page)).toHaveText([/^鈴木 一郎/, /^山田 太郎/]);
  // A filter and a search together.
  await page.getByRole('searchbox', { name: 'Search' }).fill('すずき');
  await expect(rows(page)).toHaveText([/^鈴木 一郎/]);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await show.selectOption({ label: 'Osaka Meetup' });
  await expect(rows(page)).toHaveText([/^安藤 花/, /^佐藤 健/]);

  // The filter survives a reload (it is in the address).
  await page.reload();
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('event:osaka');
  await expect(rows(page)).toHaveCount(2);
  // So does a search, written to the address once typing pauses.
  await page.getByRole('searchbox', { name: 'Search' }).fill('さとう');
  await expect(page).toHaveURL(/[?&]q=%E3%81%95%E3%81%A8%E3%81%86(&|$)/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('さとう');
  await expect(rows(page)).toHaveText([/^佐藤 健/]);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Everyone' });
  await page.getByLabel('Sort', { exact: true }).selectOption({ label: 'By name' });
  // あんどう, さとう, すずき, やまだ — not the kanji's code order (佐 < 安 < 山 < 鈴); Latin names first.
  await expect(rows(page)).toHaveText([/^John Smith/, /^安藤 花/, /^佐藤 健/, /^鈴木 一郎/, /^山田 太郎/]);
});

test('with 10,000 contacts the list renders only what is on screen, scrolls to the end, and search finds people among them', async ({ page }) => {
  const many = Array.from({ length: 10_000 }, (_, i) => {
    const n = String(i).padStart(5, '0');
    return makeContact(`p${n}`, { name: `Person ${n}`, org: `Company ${i % 97}`, email: `person${n}@example.com` }, { meetings: met(i % 2 ? 'tokyo' : 'osaka') });
  });
  await openContacts(page, [...many, people[0]!], '/contacts?sort=name');
  await expect(page.getByText('10,001 people', { exact: true })).toBeVisible();
  const list = page.getByRole('list', { name: 'Contacts' });
  await expect(list.getByRole('link').first()).toHaveText(/^Person 00000/);
  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // Scrolling to the end brings the last people in (and still only a window of rows).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(list.getByRole('link', { name: /^山田 太郎/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Person 09999/ })).toBeVisible();
  expect(await list.getByRole('listitem').count()).toBeLessThan(100);
  await expect(list.getByRole('link', { name: /^Person 00000/ })).toHaveCount(0);

  // Searching among them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox', { name: 'Search' }).fill('person04321');
  await expect(list.getByRole('link')).toHaveText([/^Person 04321/]);
  await page.getByRole('searchbox', { name: 'Search' }).fill('ﾔﾏﾀﾞ');
  await expect(list.getByRole('link')).toHaveText([/^山田 太郎/]);
});
