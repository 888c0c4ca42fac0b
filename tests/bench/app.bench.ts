import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { encodeSharedCard } from '../../src/domain/share/payload-codec';
import { writeVCards } from '../../src/domain/vcard/vcard-write';
import { makeEmptyCard } from '../../src/domain/types';
import { launchWithCamera, phoneContext } from '../e2e/support/fake-camera';
import { distDir } from '../e2e/support/global-setup';
import { checkFigures, type Figure } from './budgets';
import { defineAfterPaint, type AfterPaintWindow } from './page-report';

const root = fileURLToPath(new URL('../..', import.meta.url));
const figures = new Map<string, Figure>();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const kib = (bytes: number) => bytes / 1024;
const gz = (file: string) => gzipSync(readFileSync(`${distDir}/${file}`)).length;

test.describe.serial('Meishi figures', () => {
  test('first paint and scanner chunk (gzip)', async ({ page }) => {
    // What a first visit to My card downloads before the screen shows: the files asked for
    // until its heading is on screen, and the page itself (its stylesheet and first-look script
    // are in it).
    await page.addInitScript(() => {
      const w = window as unknown as { __shownAt?: number };
      const observer = new MutationObserver(() => {
        if (w.__shownAt === undefined && document.querySelector('h2')?.textContent === 'Make your card') {
          observer.disconnect();
          w.__shownAt = performance.now();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Make your card' })).toBeVisible();
    const firstPaint: string[] = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < (window as unknown as { __shownAt: number }).__shownAt)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
        .filter((path) => /\.(js|css)$/.test(path)),
    );
    const files = [...new Set(firstPaint)];
    const html = readFileSync(`${distDir}/index.html`, 'utf8');
    const inPage = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].reduce((n, m) => n + gzipSync(m[1]!).length, 0);
    console.log(`first paint: ${files.join(', ')}`);
    figures.set('first-paint-files-kib', kib(files.reduce((n, f) => n + gz(f), 0)));
    figures.set('first-paint-files', files.length);
    figures.set('first-paint-in-page-kib', kib(inPage('style') + inPage('script')));
    // The scanner library's chunk: the largest one, loaded only by Scan.
    const assets = readdirSync(`${distDir}/assets`);
    const scanner = assets.filter((f) => f.endsWith('.js')).map((f) => ({ f, size: gz(`assets/${f}`) })).sort((a, b) => b.size - a.size)[0]!;
    expect(files).not.toContain(`assets/${scanner.f}`);
    figures.set('scan-chunk-kib', kib(scanner.size));
  });

  test('reference card QR', () => {
    const card = { ...makeEmptyCard(), name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'taro.yamada@example.co.jp', website: 'https://example.co.jp' };
    const now = Date.now();
    const link = encodeSharedCard('https://meishi.example/', card, now, now + 30 * 86_400_000);
    figures.set('reference-qr-version', QRCode.create(link, { errorCorrectionLevel: 'M' }).version);
    figures.set('reference-qr-bytes', Buffer.byteLength(link));
  });

  test('scan to saved contact, fake camera', async ({ baseURL }) => {
    test.setTimeout(300_000);
    const now = Date.now();
    const link = encodeSharedCard(baseURL!, { ...makeEmptyCard(), name: '山田 太郎', reading: 'やまだ たろう', email: 'taro@example.co.jp' }, now, now + 3_600_000);
    // A phone's camera delivers 30 frames a second.
    const browser = await launchWithCamera(link, 30);
    const app: number[] = [];
    const floor: number[] = [];
    // Each run a fresh browser profile with the app open (the service worker installed): the
    // person taps Scan and holds the phone to a shown card, until it is saved. Beside it, the
    // same tap on a bare page that starts html5-qrcode with its own decoder, until it reads.
    for (let run = 0; run < 7; run++) {
      const context = await browser.newContext(phoneContext(baseURL!));
      const page = await context.newPage();
      await defineAfterPaint(page);
      await page.addInitScript(watchForText, ['Saved to Contacts', 'Read: ']);
      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
      await page.waitForTimeout(1500);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
      app.push(await page.evaluate(textAfterTap));
      await page.goto('/tests/bench/floor/scan.html');
      await page.getByRole('button', { name: 'Scan' }).click();
      floor.push(await page.evaluate(textAfterTap));
      await context.close();
    }
    await browser.close();
    console.log(`scan: app ${app.map(Math.round).join(' ')} | floor ${floor.map(Math.round).join(' ')}`);
    figures.set('scan-to-saved-median-ms', { value: median(app), floor: median(floor), floorName: 'html5-qrcode with its own decoder on a bare page, tap → first read' });
  });

  test('10,000 contacts: import, opening Contacts, search keystrokes, export', async ({ page }) => {
    test.setTimeout(600_000);
    await defineAfterPaint(page);
    await page.addInitScript(watchFirstRow);
    const cards = Array.from({ length: 10_000 }, (_, i) => ({
      card: { ...makeEmptyCard(), name: i % 2 ? `Person ${i} Tester` : `山田 ${i}`, reading: i % 2 ? '' : `やまだ ${i}`, org: `Company ${i % 97}`, email: `p${i}@example.com` },
    }));
    const file = writeVCards(cards);
    await page.goto('/settings');
    await page.getByLabel('Import .vcf file').setInputFiles({ name: 'big.vcf', mimeType: 'text/vcard', buffer: Buffer.from(file) });
    const run = page.getByRole('button', { name: /^Import 10,000 contacts$/ });
    await expect(run).toBeVisible({ timeout: 30_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __importedAt?: number };
      new MutationObserver((_, observer) => {
        if (document.body.textContent?.includes('Imported: 10,000 new')) {
          observer.disconnect();
          w.__importedAt = performance.now();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await run.click();
    await page.waitForFunction(() => (window as unknown as { __importedAt?: number }).__importedAt !== undefined, undefined, { timeout: 120_000 });
    const imported = await page.evaluate(() => (window as unknown as { __importedAt: number; __tapAt: number }).__importedAt - (window as unknown as { __tapAt: number }).__tapAt);
    // Floor: the same number of records of the same size written by the page in one transaction.
    const floorWrite = await page.evaluate(writeFloor, 10_000);
    figures.set('import-10k-ms', { value: imported, floor: floorWrite, floorName: 'the page writing 10,000 records of the same size in one transaction' });

    // Tapping Contacts in an app opened a moment ago (at Settings), until the first row is painted.
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await page.waitForTimeout(3000); // a person looks at the screen before tapping
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
      opens.push(await page.evaluate(firstRowAfterTap));
    }
    console.log(`contacts open: ${opens.map(Math.round).join(' ')}`);
    figures.set('contacts-open-10k-ms', median(opens));

    // Opened straight at Contacts (a new page load, from the service worker's cache), beside a
    // bare page from the same origin reading the same database and painting one name.
    const cold: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < 7; i++) {
      await page.goto('/contacts');
      cold.push(await page.evaluate(firstRowAfterLoad));
      await page.goto('/tests/bench/floor/contacts.html');
      floor.push(await page.evaluate(firstRowAfterLoad));
    }
    console.log(`contacts cold: app ${cold.map(Math.round).join(' ')} | floor ${floor.map(Math.round).join(' ')}`);
    figures.set('contacts-cold-start-10k-ms', { value: median(cold), floor: median(floor), floorName: 'a bare page reading every contact from the same database, painting one name' });
    await page.goto('/contacts');
    // Everyone read (the export button counts them all once they are).
    await expect(page.getByRole('button', { name: 'Export these 10,000' })).toBeEnabled({ timeout: 30_000 });
    figures.set('contacts-rows-in-dom', await page.locator('.contact-row').count());

    // Search: each keystroke until the list has re-rendered, beside the same keystrokes typed into
    // a bare input of the same page with nothing listening (the next frame, at best).
    const keys = ['ヤ', 'マ', 'ダ', ' ', '1', '2', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'p', 'e', 'r', 's', 'o', 'n', ' ', '4', '2'];
    const typed = [...keys, ...Array<string>('person 42'.length).fill('Backspace'), ...keys]; // every key changes the box
    await page.waitForTimeout(2000); // the search text of everyone is prepared while the app is idle
    await page.getByRole('searchbox', { name: 'Search' }).click();
    const keystrokes = await measureKeystrokes(page, 'input[type="search"]', typed);
    await page.evaluate(() => {
      const bare = document.createElement('input');
      bare.id = 'bench-bare-input';
      bare.style.cssText = 'position:fixed;top:0;left:0';
      document.body.append(bare);
    });
    await page.locator('#bench-bare-input').click();
    const bare = await measureKeystrokes(page, '#bench-bare-input', typed);
    console.log(`keystrokes: ${keystrokes.map(Math.round).join(' ')} | bare ${bare.map(Math.round).join(' ')}`);
    figures.set('search-keystroke-p95-ms', { value: percentile(keystrokes, 95), floor: percentile(bare, 95), floorName: 'the same keystrokes in a bare input of the same page (p95)' });

    // Export all: from the tap until the file is handed to the browser (its object URL made).
    const exports: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await page.waitForTimeout(1500); // a person finds the button before tapping it
      await page.evaluate(() => {
        const w = window as unknown as { __fileAt?: number };
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          w.__fileAt ??= performance.now();
          return original(blob);
        };
      });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export all contacts' }).click()]);
      expect((await download.path()) !== null).toBe(true);
      exports.push(await page.evaluate(() => (window as unknown as { __fileAt: number; __tapAt: number }).__fileAt - (window as unknown as { __tapAt: number }).__tapAt));
    }
    console.log(`export: ${exports.map(Math.round).join(' ')}`);
    figures.set('export-10k-ms', median(exports));
  });

  test.afterAll(() => checkFigures(root, 'bench', figures));
});

/**
 * Time from each key's input event until the frame after the list has updated, measured in
 * the page (so the test driver's own latency is not counted).
 */
async function measureKeystrokes(page: Page, selector: string, keys: string[]): Promise<number[]> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __times: number[] };
    w.__times = [];
    const input = document.querySelector(selector)!;
    input.addEventListener(
      'input',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__times.push(performance.now() - start)));
      },
      { capture: true },
    );
  }, selector);
  for (const [count, key] of keys.entries()) {
    // Kana are typed as text (an IME commits them that way); the rest as key presses.
    if (/^[\u3000-\u30ff]$/.test(key)) await page.keyboard.insertText(key);
    else await page.keyboard.press(key);
    await page.waitForFunction((n) => (window as unknown as { __times: number[] }).__times.length > n, count);
  }
  return page.evaluate(() => (window as unknown as { __times: number[] }).__times);
}

/**
 * In every document of the page: when the first contact row is painted (once the frame showing
 * it is drawn), and when the last tap happened, both on the page's own clock.
 */
function watchFirstRow(): void {
  const w = window as unknown as { __rowAt?: number; __tapAt?: number };
  addEventListener('click', (event) => event.isTrusted && (w.__tapAt = event.timeStamp), { capture: true });
  const observer = new MutationObserver(() => {
    if (w.__rowAt === undefined && document.querySelector('.contact-row')) {
      (window as unknown as AfterPaintWindow).__afterPaint(() => (w.__rowAt = performance.now()));
      w.__rowAt = -1;
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  // A later tap in the same document waits for a new row.
  addEventListener('click', (event) => event.isTrusted && (w.__rowAt = undefined), { capture: true });
}

/** From the tap to the first row painted. */
async function firstRowAfterTap(): Promise<number> {
  const w = window as unknown as { __rowAt?: number; __tapAt: number };
  while (w.__rowAt === undefined || w.__rowAt < 0) await new Promise((r) => setTimeout(r, 10));
  return w.__rowAt - w.__tapAt;
}

/** From the start of the page load to the first row painted. */
async function firstRowAfterLoad(): Promise<number> {
  const w = window as unknown as { __rowAt?: number };
  while (w.__rowAt === undefined || w.__rowAt < 0) await new Promise((r) => setTimeout(r, 10));
  return w.__rowAt;
}

/** Writes `count` records shaped like stored contacts into a database of its own, in one transaction; the time it took. */
async function writeFloor(count: number): Promise<number> {
  const name = `bench-floor-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('contacts', { keyPath: 'id' });
      // The same indexes as the app's contacts store.
      store.createIndex('by-email', 'emailKey');
      store.createIndex('by-event', 'eventIds', { multiEntry: true });
      store.createIndex('by-due', 'dueAt');
      store.createIndex('by-expiry', 'pendingExpiryAt');
      store.createIndex('by-updated', 'updatedAt');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const now = Date.now();
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('contacts', 'readwrite');
    const store = tx.objectStore('contacts');
    for (let i = 0; i < count; i++) {
      const email = `p${i}@example.com`;
      const card = { name: i % 2 ? `Person ${i} Tester` : `山田 ${i}`, reading: i % 2 ? '' : `やまだ ${i}`, org: `Company ${i % 97}`, title: '', email, website: '', tagline: '' };
      store.put({
        id: crypto.randomUUID(), card, original: { ...card }, nameParts: null, received: [], extraEmails: [], meetings: [{ at: now, eventId: null, source: 'vcard' }],
        notes: '', flags: [], tags: [], followUpAt: null, followUpHasTime: false, followUpDone: false, expiresAt: null, expiredAt: null,
        createdAt: now, updatedAt: now, photoIds: [], paperText: '', emailKey: email, eventIds: [],
      });
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const took = performance.now() - start;
  db.close();
  indexedDB.deleteDatabase(name);
  return took;
}

/** In every document: when the last tap happened, and when one of `texts` first appeared after it (once its frame is drawn). */
function watchForText(texts: string[]): void {
  const w = window as unknown as { __textAt?: number; __tapAt?: number };
  addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    w.__tapAt = event.timeStamp;
    w.__textAt = undefined;
  }, { capture: true });
  new MutationObserver(() => {
    if (w.__tapAt === undefined || w.__textAt !== undefined) return;
    const body = document.body?.textContent ?? '';
    if (texts.some((text) => body.includes(text))) {
      w.__textAt = -1;
      (window as unknown as AfterPaintWindow).__afterPaint(() => (w.__textAt = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** From the tap to the text painted. */
async function textAfterTap(): Promise<number> {
  const w = window as unknown as { __textAt?: number; __tapAt: number };
  const start = performance.now();
  while (w.__textAt === undefined || w.__textAt < 0) {
    if (performance.now() - start > 20_000) throw new Error('nothing read within 20 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  return w.__textAt - w.__tapAt;
}
