import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectShell, screens } from './support/app';

for (const [locale, colorScheme] of [['en-US', 'light'], ['ja-JP', 'dark']] as const) {
  test.describe(`in ${locale}, ${colorScheme} mode`, () => {
    test.use({ locale, colorScheme });

    test('an accessibility scan of every screen finds no serious or critical problem', async ({ page }) => {
      const problems: string[] = [];
      for (const path of [...screens.map((s) => s.path), '/no-such-page']) {
        await page.goto(path);
        await expectShell(page, locale === 'ja-JP' ? 'メイン' : 'Main');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            problems.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
