import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectShell, screens } from './support/app';
import { makeContact, makeEventRecord, seed } from './support/meishi-data';

/** Every screen a person can reach, with data in it where the screen shows data. */
const detailPaths = ['/contacts', '/contacts/c1', '/due', '/events', '/events/e1', '/events/e1/review', '/events/new', '/cards/new', '/', '/show'];

async function seriousProblems(page: Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const JANE = { name: 'Jane Doe', reading: '', org: 'Doe Studio', title: 'Photographer', email: 'jane@example.com', website: 'https://jane.example.com', tagline: '' };

// One small test per screen, so each stays well inside its budget on a loaded machine.
for (const [locale, colorScheme] of [['en-US', 'light'], ['ja-JP', 'dark']] as const) {
  test.describe(`in ${locale}, ${colorScheme} mode`, () => {
    test.use({ locale, colorScheme });
    const nav = locale === 'ja-JP' ? 'メイン' : 'Main';

    for (const path of [...screens.map((s) => s.path), '/no-such-page']) {
      test(`an accessibility scan of ${path} with no data finds no serious or critical problem`, async ({ page }) => {
        await page.goto(path);
        await expectShell(page, nav);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await seriousProblems(page, path)).toEqual([]);
      });
    }

    test.describe('with a card, an event and a contact with a follow-up', () => {
      test.beforeEach(async ({ page }) => {
        await page.goto('/settings');
        const now = Date.now();
        await seed(page, {
          cards: [{ id: 'k1', label: 'Work', name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'taro@example.co.jp', website: 'https://example.co.jp', tagline: 'Websites', perEventAddress: false, createdAt: now, updatedAt: now }],
          events: [makeEventRecord('e1', 'Shibuya Mixer', '2026-11-24', { signs: ['weekly-events'], verdict: 'again' })],
          contacts: [
            makeContact('c1', { name: '佐藤 花子', reading: 'さとう はなこ', org: '合同会社テスト', email: 'hanako@example.jp', website: 'https://hanako.example.jp' }, {
              meetings: [{ at: now, eventId: 'e1', source: 'meishi' }],
              notes: 'Met at the bar',
              flags: ['line'],
              followUpAt: now - 86_400_000,
              expiresAt: now + 86_400_000,
            }),
          ],
        });
      });

      for (const path of detailPaths) {
        test(`${path} passes the same scan`, async ({ page }) => {
          await page.goto(path);
          await expectShell(page, nav);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          expect(await seriousProblems(page, path)).toEqual([]);
        });
      }

      test('a shared card, as its receiver sees it, passes the same scan', async ({ page }) => {
        const now = Date.now();
        const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
        await page.goto(encodeSharedCard(new URL(page.url()).origin + '/', JANE, now, now + 3_600_000));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await seriousProblems(page, 'receive')).toEqual([]);
      });
    });
  });
}
