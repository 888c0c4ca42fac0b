import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeSharedCard } from '../../src/domain/share/payload-codec';
import { REFERENCE_CARD } from '../fixtures/reference-card';
import { distDir } from '../e2e/support/global-setup';
import { checkFigures, type Figure } from './budgets';
import { defineAfterPaint, type AfterPaintWindow, reportedTime } from './page-report';
import { formatBreakdowns, traceBreakdown, type Breakdown } from './trace-breakdown';

// The stranger's first look: someone scans my QR in a crowded venue and opens the link on a phone
// that has never seen Meishi (no service worker, nothing cached). Measured in Chromium on a slow
// mobile network and a 4× slower CPU, from navigation start until the card's name is painted,
// beside a floor from the same run: a one-file static page that decodes the same fragment and
// paints the name (the least any page could do over that network).

const root = fileURLToPath(new URL('../..', import.meta.url));
const figures = new Map<string, Figure>();
const RUNS = Number(process.env.BENCH_RUNS) || 15;
const FLOOR_PATH = '__bench/first-look.html';

// The floor: HTML with its own script, nothing else to fetch.
const FLOOR_HTML = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>floor</title></head>
<body><h1 id="name"></h1><script>
var parts = location.hash.slice(1).split('~');
document.getElementById('name').textContent = decodeURIComponent((parts[3] || '').replace(/\\+/g, ' '));
</script></body></html>`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Look {
  ms: number;
  /** JS and CSS files that had arrived by the time the name was painted (what it could have waited for). */
  requests: number;
}

/**
 * One first visit at `rtt` ms round trip, 1.6 Mbps down, 4× CPU: until the name is painted; with
 * `trace`, under a trace kept there, and where the time went.
 */
async function firstLook(browser: Browser, url: string, name: string, rtt: number): Promise<Look>;
async function firstLook(browser: Browser, url: string, name: string, rtt: number, trace: string): Promise<Breakdown>;
async function firstLook(browser: Browser, url: string, name: string, rtt: number, trace?: string): Promise<Look | Breakdown> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const painted = await reportedTime(page, '__namePainted');
  await defineAfterPaint(page);
  await watchForName(page, name);
  const load = async () => {
    await page.goto(url, { waitUntil: 'commit' });
    return painted();
  };
  if (trace) {
    const breakdown = await traceBreakdown(browser, page, trace, load);
    await context.close();
    return breakdown;
  }
  const at = await load();
  const look = await page.evaluate((at) => {
    const requests = performance.getEntriesByType('resource').filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname) && (e as PerformanceResourceTiming).responseEnd < at).length;
    return { ms: at, requests };
  }, at);
  await context.close();
  return look;
}

// Reports when the name is first in the page, once the frame showing it is drawn.
async function watchForName(page: Page, name: string): Promise<void> {
  await page.addInitScript((expected) => {
    const w = window as unknown as { __namePainted: (at: number) => void };
    const check = () => {
      if (document.body?.textContent?.includes(expected)) {
        observer.disconnect();
        (window as unknown as AfterPaintWindow).__afterPaint(() => w.__namePainted(performance.now()));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, name);
}

test.describe.serial('the stranger’s first look', () => {
  test.beforeAll(() => {
    mkdirSync(`${distDir}/__bench`, { recursive: true });
    writeFileSync(`${distDir}/${FLOOR_PATH}`, FLOOR_HTML);
  });
  test.afterAll(() => rmSync(`${distDir}/__bench`, { recursive: true, force: true }));

  for (const rtt of [150, 300]) {
    test(`at ${rtt} ms round trip`, async ({ browser, baseURL }) => {
      test.setTimeout(600_000);
      const now = Date.now();
      const fragment = encodeSharedCard('', REFERENCE_CARD, now, now + 3_600_000);
      const app: Look[] = [];
      const floor: Look[] = [];
      // Alternated, so both meet the same moments of a noisy machine.
      for (let run = 0; run < RUNS; run++) {
        app.push(await firstLook(browser, `${baseURL}${fragment}`, REFERENCE_CARD.name, rtt));
        floor.push(await firstLook(browser, `${baseURL}${FLOOR_PATH}${fragment}`, REFERENCE_CARD.name, rtt));
      }
      console.log(`rtt ${rtt}: app ${app.map((l) => Math.round(l.ms)).join(' ')} | floor ${floor.map((l) => Math.round(l.ms)).join(' ')}`);
      figures.set(`first-look-${rtt}ms-rtt-ms`, { value: median(app.map((l) => l.ms)), floor: median(floor.map((l) => l.ms)), floorName: 'one-file page decoding the same fragment' });
      figures.set(`first-look-${rtt}ms-rtt-requests`, Math.max(...app.map((l) => l.requests)));
      // Why they differ: one more run of each, traced.
      const traces = `${root}/tests/.artifacts/traces`;
      const breakdowns = {
        app: await firstLook(browser, `${baseURL}${fragment}`, REFERENCE_CARD.name, rtt, `${traces}/first-look-${rtt}ms-app.json`),
        floor: await firstLook(browser, `${baseURL}${FLOOR_PATH}${fragment}`, REFERENCE_CARD.name, rtt, `${traces}/first-look-${rtt}ms-floor.json`),
      };
      console.log(`${formatBreakdowns(breakdowns)}\n(traces: tests/.artifacts/traces/first-look-${rtt}ms-*.json)`);
      expect(app.length).toBe(RUNS);
    });
  }

  test.afterAll(() => checkFigures(root, 'bench-first-look', figures));
});
