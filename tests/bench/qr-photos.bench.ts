import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchWithVideo, phoneContext, photoFrame, qrPng, stillVideo } from '../e2e/support/fake-camera';
import { distDir } from '../e2e/support/global-setup';
import { qrPhotos, type QrPhoto } from '../fixtures/qr-photos';
import { checkFigures } from './budgets';

// How well Scan reads real photographs of QR codes (tests/fixtures/qr-photos): through
// "Scan from image" and through the camera, in the built app, beside zbar on the same files.

const root = fileURLToPath(new URL('../..', import.meta.url));
const figures = new Map<string, number>();
const photos = qrPhotos();
/** How long the camera path gets per photo: a person holds a card up for a few seconds. */
const CAMERA_WAIT_MS = 8000;

type Outcome = 'read' | 'wrong' | 'none';
interface Run {
  photo: QrPhoto;
  outcome: Outcome;
  ms: number;
}
const runs = new Map<'image' | 'camera' | 'zbar', Run[]>();
/** What the result panel shows for a clean, generated QR of each expected text. */
const references = new Map<string, string>();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? NaN;
const gz = (file: string) => gzipSync(readFileSync(`${distDir}/assets/${file}`)).length / 1024;

/** Opens Scan on a phone without a camera, so "Scan from image" has the CPU to itself. */
async function openImageScan(page: Page): Promise<void> {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.goto('/scan');
  await expect(page.getByText(/No camera was found/)).toBeVisible();
}

/**
 * Chooses a file in "Scan from image" and waits for the answer. The time is taken in the page,
 * from the input's change event until the result or "No QR code found" is in the DOM.
 */
async function scanFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<{ text: string | null; ms: number }> {
  const answer = page.evaluate(
    () =>
      new Promise<{ text: string | null; ms: number }>((resolve) => {
        let start = 0;
        document.querySelector('input[type="file"]')!.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!start) return;
          const result = document.querySelector<HTMLElement>('.scan-result');
          const none = [...document.querySelectorAll('[role="alert"]')].some((a) => /No QR code found/.test(a.textContent ?? ''));
          if (!result && !none) return;
          observer.disconnect();
          resolve({ text: result ? result.innerText : null, ms: performance.now() - start });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await page.getByLabel('Scan from image').setInputFiles(file);
  const scanned = await answer;
  if (scanned.text === null) {
    await page.reload(); // clears the "No QR code found" message
    await expect(page.getByText(/No camera was found/)).toBeVisible();
  } else await page.getByRole('button', { name: 'Scan next' }).click();
  return scanned;
}

/** What the result panel shows for `expected`, read from a clean generated QR (cached). */
async function referenceFor(page: Page, expected: string): Promise<string> {
  if (!references.has(expected)) {
    const clean = await scanFile(page, { name: 'clean.png', mimeType: 'image/png', buffer: await qrPng(expected) });
    if (clean.text === null) throw new Error(`A clean QR of ${JSON.stringify(expected)} was not read`);
    references.set(expected, clean.text);
  }
  return references.get(expected)!;
}

function judge(shown: string | null, reference: string): Outcome {
  if (shown === null) return 'none';
  return shown === reference ? 'read' : 'wrong';
}

test.describe.serial('QR photos', () => {
  test.setTimeout(20 * 60_000);

  test('the decoder is not part of the first paint, and its sizes (gzip)', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Make your card' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const assets = readdirSync(`${distDir}/assets`);
    const wasm = assets.find((f) => /^zxing_reader-.*\.wasm$/.test(f))!;
    const wrapper = assets.find((f) => /^ponyfill-.*\.js$/.test(f))!;
    expect(requested.filter((path) => path.endsWith(wasm) || path.endsWith(wrapper))).toEqual([]);
    figures.set('qr-wasm-kib', gz(wasm));
    figures.set('qr-decoder-js-kib', gz(wrapper));
  });

  test('zbar on the same files (reference)', () => {
    const zbar: Run[] = [];
    for (const photo of photos) {
      const start = performance.now();
      const out = spawnSync('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', photo.path], { encoding: 'utf8' });
      const ms = performance.now() - start;
      const text = out.status === 0 ? out.stdout.replace(/\n$/, '') : null;
      zbar.push({ photo, ms, outcome: text === null ? 'none' : text === photo.expected ? 'read' : 'wrong' });
    }
    runs.set('zbar', zbar);
  });

  test('Scan from image', async ({ page }) => {
    await openImageScan(page);
    const image: Run[] = [];
    for (const photo of photos) {
      const reference = await referenceFor(page, photo.expected);
      const scanned = await scanFile(page, { name: photo.name, mimeType: photo.mimeType, buffer: readFileSync(photo.path) });
      image.push({ photo, ms: scanned.ms, outcome: judge(scanned.text, reference) });
    }
    runs.set('image', image);
  });

  test('a full-size 12-megapixel phone photo, with a code and without one', async ({ page }) => {
    await openImageScan(page);
    const [card] = photos.filter((p) => p.contactCard);
    const reference = await referenceFor(page, card!.expected);
    // What a phone camera saves: 4032×3024 JPEG, the card filling the middle, textured noise round it.
    const phonePhoto = (withCode: boolean) =>
      page.evaluate(
        async ({ bytes, withCode }) => {
          const canvas = new OffscreenCanvas(4032, 3024);
          const context = canvas.getContext('2d')!;
          const noise = context.createImageData(canvas.width, canvas.height);
          for (let i = 0; i < noise.data.length; i += 4) {
            noise.data[i] = noise.data[i + 1] = noise.data[i + 2] = 90 + ((i * 2654435761) >>> 24) % 80;
            noise.data[i + 3] = 255;
          }
          context.putImageData(noise, 0, 0);
          if (withCode) {
            const card = await createImageBitmap(new Blob([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))]));
            context.drawImage(card, 1016, 512, 2000, 2000);
          }
          const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
          const data = new Uint8Array(await jpeg.arrayBuffer());
          let text = '';
          for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
          return btoa(text);
        },
        { bytes: readFileSync(card!.path).toString('base64'), withCode },
      );
    const found = await scanFile(page, { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await phonePhoto(true), 'base64') });
    expect(judge(found.text, reference)).toBe('read');
    figures.set('qr-image-12mp-ms', found.ms);
    const nothing = await scanFile(page, { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await phonePhoto(false), 'base64') });
    expect(nothing.text).toBeNull();
    figures.set('qr-image-12mp-none-ms', nothing.ms);
  });

  test('the camera, each photo shown to a fake camera', async ({ page, baseURL }) => {
    await openImageScan(page);
    const camera: Run[] = [];
    for (const photo of photos) {
      const reference = await referenceFor(page, photo.expected);
      const video = stillVideo(await photoFrame(page, readFileSync(photo.path), photo.mimeType));
      const browser = await launchWithVideo(video);
      try {
        const scanner = await (await browser.newContext(phoneContext(baseURL!))).newPage();
        const start = Date.now();
        await scanner.goto('/scan');
        const result = scanner.locator('.scan-result');
        const shown = await result.waitFor({ timeout: CAMERA_WAIT_MS }).then(
          () => result.innerText(),
          () => null,
        );
        camera.push({ photo, ms: Date.now() - start, outcome: judge(shown, reference) });
      } finally {
        await browser.close();
      }
    }
    runs.set('camera', camera);
  });

  test.afterAll(() => {
    const lines = [`${photos.length} QR photos, ${photos.filter((p) => p.contactCard).length} of them contact cards (MECARD / vCard)`];
    lines.push('decoder                         read     cards    wrong  median ms  p95 ms');
    for (const [path, label] of [['image', 'Scan from image'], ['camera', 'camera (opening Scan → result)'], ['zbar', 'zbarimg (reference)']] as const) {
      const list = runs.get(path);
      if (!list) continue;
      const read = list.filter((r) => r.outcome === 'read');
      const cards = list.filter((r) => r.photo.contactCard);
      const cardsRead = cards.filter((r) => r.outcome === 'read');
      const times = list.map((r) => r.ms);
      lines.push(
        `${label.padEnd(31)} ${`${read.length}/${list.length}`.padStart(5)}   ${`${cardsRead.length}/${cards.length}`.padStart(5)}   ${String(list.filter((r) => r.outcome === 'wrong').length).padStart(5)}  ${median(times).toFixed(0).padStart(9)}  ${p95(times).toFixed(0).padStart(6)}`,
      );
      const missed = list.filter((r) => r.outcome !== 'read').map((r) => `${r.photo.name} (${r.outcome})`);
      if (missed.length) lines.push(`  not read: ${missed.join(', ')}`);
      const prefix = path === 'zbar' ? 'zbar' : `qr-${path}`;
      figures.set(`${prefix}-missed-pct`, (100 * (list.length - read.length)) / list.length);
      figures.set(`${prefix}-cards-missed-pct`, (100 * (cards.length - cardsRead.length)) / cards.length);
      figures.set(`${prefix}-median-ms`, median(times));
    }
    console.log(`\n${lines.join('\n')}`);
    checkFigures(root, 'bench-qr', figures);
  });
});
