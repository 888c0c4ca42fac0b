import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { encodeSharedCard } from '../../src/domain/share/payload-codec';
import { REFERENCE_CARD } from '../fixtures/reference-card';
import { waitForServiceWorker } from '../e2e/support/app';
import { seed } from '../e2e/support/meishi-data';
import { checkFigures, type Figure } from './budgets';
import { defineAfterPaint, type AfterPaintWindow, reportedTime } from './page-report';
import { formatBreakdowns, traceBreakdown, type Breakdown } from './trace-breakdown';

// Show from the home screen, offline: the owner taps the installed app at the door and opens
// Show. The service worker is in control, the network is off, each run is a new tab: from the
// navigation until the QR is painted, beside a floor from the same run — a bare page served by
// the same service worker that paints a QR of the same text (tests/bench/floor/show.html, built
// into the bench's build only).

const root = fileURLToPath(new URL('../..', import.meta.url));
const figures = new Map<string, Figure>();
const RUNS = Number(process.env.BENCH_RUNS) || 11;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// When the page has painted a QR (the drawing marks its canvas with the QR's version), as the
// page reports it (see page-report.ts); with `trace`, under a trace kept there, and where the time went.
async function qrPaintedAt(context: BrowserContext, url: string): Promise<number>;
async function qrPaintedAt(context: BrowserContext, url: string, trace: string): Promise<Breakdown>;
async function qrPaintedAt(context: BrowserContext, url: string, trace?: string): Promise<number | Breakdown> {
  const page: Page = await context.newPage();
  const painted = await reportedTime(page, '__qrPainted', 30_000);
  await defineAfterPaint(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __qrPainted: (at: number) => void };
    const observer = new MutationObserver(() => {
      if (document.querySelector('canvas[data-version]')) {
        observer.disconnect();
        (window as unknown as AfterPaintWindow).__afterPaint(() => w.__qrPainted(performance.now()));
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-version'] });
  });
  const load = async () => {
    await page.goto(url, { waitUntil: 'commit' });
    return painted();
  };
  const result = trace ? await traceBreakdown(context.browser()!, page, trace, load) : await load();
  await page.close();
  return result;
}

test('Show from the home screen, offline', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  const now = Date.now();
  await seed(page, { cards: [{ id: 'k1', label: 'Work', ...REFERENCE_CARD, perEventAddress: false, createdAt: now, updatedAt: now }], settings: { activeCardId: 'k1' } });
  await waitForServiceWorker(page);
  // Everything precached (the floor page too) before the network goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100; i++) {
      const names = await caches.keys();
      const cached = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
      if (cached.flat().some((request) => request.url.includes('floor/show.html'))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the floor page was never precached');
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(true);

  const text = encodeSharedCard(baseURL!, REFERENCE_CARD, now, now + 3_600_000);
  const app: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    app.push(await qrPaintedAt(context, `${baseURL}show`));
    floor.push(await qrPaintedAt(context, `${baseURL}tests/bench/floor/show.html#${encodeURIComponent(text)}`));
  }
  console.log(`show: app ${app.map(Math.round).join(' ')} | floor ${floor.map(Math.round).join(' ')}`);
  // Why they differ: one more run of each, traced.
  const traces = `${root}/tests/.artifacts/traces`;
  const breakdowns = {
    app: await qrPaintedAt(context, `${baseURL}show`, `${traces}/show-app.json`),
    floor: await qrPaintedAt(context, `${baseURL}tests/bench/floor/show.html#${encodeURIComponent(text)}`, `${traces}/show-floor.json`),
  };
  console.log(`${formatBreakdowns(breakdowns)}\n(traces: tests/.artifacts/traces/show-*.json)`);
  figures.set('show-offline-ms', { value: median(app), floor: median(floor), floorName: 'bare page from the same service worker painting the same QR' });
  await context.close();
  checkFigures(root, 'bench-show', figures);
});
