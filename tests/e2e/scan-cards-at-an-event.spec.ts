import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { qrPhotos } from '../fixtures/qr-photos';
import { launchWithCamera, launchWithVideo, phoneContext, photoFrame, qrPng, stillVideo } from './support/fake-camera';
import { storedContactRecords as storedContacts } from './support/meishi-data';
import { makeFirstCard, taro } from './support/my-card';
import { readQrFrom } from './support/qr';

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:佐藤;花子;;;',
  'FN:佐藤 花子',
  'X-PHONETIC-LAST-NAME:さとう',
  'X-PHONETIC-FIRST-NAME:はなこ',
  'ORG:合同会社テスト',
  'TITLE:イラストレーター',
  'EMAIL;TYPE=INTERNET:hanako@example.jp',
  'URL:https://hanako.example.jp',
  'END:VCARD',
].join('\r\n');
const mecard = 'MECARD:N:鈴木,一郎;SOUND:すずき,いちろう;EMAIL:ichiro@example.com;ORG:Suzuki Design;URL:https://suzuki.example.com;;';

/** Real photos from tests/fixtures/qr-photos that html5-qrcode's own decoder (zxing-js) cannot read. */
function photo(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const { path, mimeType } = qrPhotos().find((p) => p.name === name)!;
  return { name, mimeType, buffer: readFileSync(path) };
}
const tiltedMecard = photo('zxing-qrcode-5-01.png'); // MECARD:N:Sean Owen;TEL:…;EMAIL:srowen@google.com;;

/** Takes the browser's own BarcodeDetector away (this Chromium has none; others may), so the WebAssembly decoder is what runs. */
async function withoutNativeDetector(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
  });
}

/** Before the event: add it in Events (it becomes the current one), then open Scan. */
async function startEvent(page: Page, name: string): Promise<void> {
  await page.goto('/events/new');
  await page.getByLabel('Event name').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
  await expect(page.getByLabel('File new contacts under')).toHaveValue(/.+/);
}

test('a Meishi card made by the app is scanned, saved under tonight’s event, and a second scan adds a meeting', async ({ page, baseURL }) => {
  // The other person's phone: make a card and show it.
  await makeFirstCard(page);
  await page.getByRole('button', { name: 'Show this card' }).click();
  const link = await readQrFrom(page.getByRole('img', { name: 'QR code' }));

  const browser = await launchWithCamera(link);
  const context = await browser.newContext(phoneContext(baseURL!));
  const scanner = await context.newPage();
  await startEvent(scanner, 'Shibuya Tech Mixer');
  // Meishi cards are saved at once by default.
  await expect(scanner.getByText('Saved to Contacts. Filed under “Shibuya Tech Mixer”.')).toBeVisible();
  await expect(scanner.getByRole('heading', { name: taro.name })).toBeVisible();

  await scanner.getByRole('button', { name: 'Scan next' }).click();
  await expect(scanner.getByText('Already in Contacts: added this meeting.')).toBeVisible();

  const contacts = await storedContacts(scanner);
  expect(contacts).toHaveLength(1);
  expect(contacts[0]!.card).toMatchObject({ name: taro.name, reading: taro.reading, email: taro.email });
  expect(contacts[0]!.meetings).toHaveLength(2);
  expect(contacts[0]!.meetings.every((m) => m.eventId && m.source === 'meishi')).toBe(true);
  expect(contacts[0]!.expiresAt).toBeGreaterThan(Date.now());
  await browser.close();
});

for (const [format, text, name, reading, email] of [
  ['vCard 3.0', vcard, '佐藤 花子', 'さとう はなこ', 'hanako@example.jp'],
  ['MECARD', mecard, '鈴木 一郎', 'すずき いちろう', 'ichiro@example.com'],
] as const) {
  test(`a ${format} QR with a Japanese name and reading is scanned and saved under the current event`, async ({ baseURL }) => {
    const browser = await launchWithCamera(text);
    const page = await (await browser.newContext(phoneContext(baseURL!))).newPage();
    await startEvent(page, 'Osaka Meetup');
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByText(reading)).toBeVisible();
    await expect(page.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved to Contacts. Filed under “Osaka Meetup”.')).toBeVisible();
    const contacts = await storedContacts(page);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.card).toMatchObject({ name, reading, email });
    expect(contacts[0]!.meetings[0]!.eventId).toBeTruthy();
    await browser.close();
  });
}

test('an expired Meishi card is refused with its expiry date', async ({ baseURL }) => {
  const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
  const issued = Date.now() - 3 * 3_600_000;
  const browser = await launchWithCamera(encodeSharedCard(baseURL!, taro, issued, issued + 3_600_000));
  const page = await (await browser.newContext(phoneContext(baseURL!))).newPage();
  await page.goto('/scan');
  await expect(page.getByText(/This card expired on/)).toBeVisible();
  await expect(page.getByText(taro.email)).toHaveCount(0);
  expect(await storedContacts(page)).toHaveLength(0);
  await browser.close();
});

/** Records every camera track the page opens, to check that each one is stopped. */
async function recordCameraTracks(page: Page): Promise<() => Promise<{ live: number; opened: boolean }>> {
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      tracks.push(...stream.getVideoTracks());
      return stream;
    };
  });
  return () =>
    page.evaluate(() => {
      const tracks = (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks;
      // html5-qrcode may open the camera more than once while starting; what matters is what stays live.
      return { live: tracks.filter((t) => t.readyState === 'live').length, opened: tracks.length > 0 };
    });
}

test('the camera is released once a code is read, and its text is shown safely when it is not a card', async ({ baseURL }) => {
  const browser = await launchWithCamera('hello, <b>not</b> a card');
  const page = await (await browser.newContext(phoneContext(baseURL!))).newPage();
  const tracks = await recordCameraTracks(page);
  await page.goto('/scan');
  await expect(page.getByRole('heading', { name: 'This QR is not a contact card' })).toBeVisible();
  await expect(page.getByText('hello, <b>not</b> a card')).toBeVisible();
  await expect.poll(tracks).toEqual({ live: 0, opened: true });
  await browser.close();
});

test('leaving the Scan screen turns the camera off', async ({ baseURL }) => {
  // A camera that sees no code: it stays on until the person leaves.
  const browser = await launchWithCamera(null);
  const page = await (await browser.newContext(phoneContext(baseURL!))).newPage();
  const tracks = await recordCameraTracks(page);
  await page.goto('/scan');
  await expect(page.getByRole('button', { name: 'Stop camera' })).toBeVisible();
  await expect.poll(tracks).toEqual({ live: 1, opened: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await expect.poll(tracks).toEqual({ live: 0, opened: true });
  await browser.close();
});

test('scanning from an image reads a card; an image without a code says so', async ({ page }) => {
  // No camera on this phone: the image scan is the way.
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.goto('/scan');
  await expect(page.getByText(/No camera was found/)).toBeVisible();
  await page.getByLabel('Scan from image').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await qrPng(mecard) });
  await expect(page.getByRole('heading', { name: '鈴木 一郎' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();
  const blank = new (await import('pngjs')).PNG({ width: 200, height: 200 });
  blank.data.fill(255);
  await page.getByLabel('Scan from image').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: (await import('pngjs')).PNG.sync.write(blank) });
  await expect(page.getByText('No QR code found in this image.')).toBeVisible();
});

test('photos of real codes (a tilted printed card, a photographed business card, an inverted code on a screen) are read from the image', async ({ page }) => {
  await withoutNativeDetector(page);
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.goto('/scan');
  await expect(page.getByText(/No camera was found/)).toBeVisible();
  const scan = async (file: ReturnType<typeof photo>) => {
    await page.getByLabel('Scan from image').setInputFiles(file);
  };
  await scan(tiltedMecard);
  await expect(page.getByRole('heading', { name: 'Sean Owen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'srowen@google.com' })).toHaveAttribute('href', 'mailto:srowen@google.com');
  await page.getByRole('button', { name: 'Scan next' }).click();
  await scan(photo('zxing-cpp-qrcode-2-30a.webp')); // a photographed business card
  await expect(page.getByRole('heading', { name: '測試' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();
  await scan(photo('zxing-cpp-qrcode-2-qr-inv-1.webp')); // light modules on a dark, round screen
  await expect(page.getByRole('heading', { name: 'This QR is not a contact card' })).toBeVisible();
  await expect(page.getByText('https://beeline.co/pages/app')).toBeVisible();
  expect(await page.evaluate(() => typeof (window as { BarcodeDetector?: unknown }).BarcodeDetector)).toBe('function');
});

/**
 * A browser's own BarcodeDetector, as Android Chrome and macOS have (this Chromium has none): it
 * reports `formats` and "finds" one code in any image, recording each call.
 */
async function withNativeDetector(page: Page, formats: string[], found: string): Promise<void> {
  await page.addInitScript(
    ({ formats, found }) => {
      const calls: string[][] = [];
      class NativeBarcodeDetector {
        private readonly formats: string[];
        constructor(options?: { formats?: string[] }) {
          this.formats = options?.formats ?? [];
        }
        static async getSupportedFormats(): Promise<string[]> {
          return formats;
        }
        async detect(): Promise<unknown[]> {
          calls.push(this.formats);
          return [{ rawValue: found, format: 'qr_code', boundingBox: new DOMRectReadOnly(0, 0, 120, 120), cornerPoints: [] }];
        }
      }
      Object.assign(window, { BarcodeDetector: NativeBarcodeDetector, nativeDetectCalls: calls });
    },
    { formats, found },
  );
}

/** The page's requests for WebAssembly files (served by the service worker or not). */
function wasmRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) urls.push(request.url());
  });
  return urls;
}

test('where the browser has its own BarcodeDetector for QR codes, Scan uses it and never fetches the WebAssembly decoder', async ({ page }) => {
  await withNativeDetector(page, ['ean_13', 'qr_code'], 'MECARD:N:本物,検出;EMAIL:native@example.com;;');
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  const wasm = wasmRequests(page);
  await page.goto('/scan');
  await expect(page.getByText(/No camera was found/)).toBeVisible();
  // A blank image: only the browser's detector can "find" a card in it.
  const blank = new (await import('pngjs')).PNG({ width: 200, height: 200 });
  blank.data.fill(255);
  await page.getByLabel('Scan from image').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: (await import('pngjs')).PNG.sync.write(blank) });
  await expect(page.getByRole('heading', { name: '本物 検出' })).toBeVisible();
  // Asked for QR codes only; still the browser's own for the camera loop (html5-qrcode looks there).
  const calls = await page.evaluate(() => (window as unknown as { nativeDetectCalls: string[][] }).nativeDetectCalls);
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.every((formats) => formats.join() === 'qr_code')).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { BarcodeDetector: { name: string } }).BarcodeDetector.name)).toBe('NativeBarcodeDetector');
  expect(wasm).toEqual([]);
});

test('a browser detector that does not read QR codes is not used: the WebAssembly decoder is fetched and reads the image', async ({ page }) => {
  await withNativeDetector(page, ['ean_13'], 'MECARD:N:偽物,検出;EMAIL:wrong@example.com;;');
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  const wasm = wasmRequests(page);
  await page.goto('/scan');
  await expect(page.getByText(/No camera was found/)).toBeVisible();
  await page.getByLabel('Scan from image').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await qrPng(mecard) });
  await expect(page.getByRole('heading', { name: '鈴木 一郎' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { nativeDetectCalls: string[][] }).nativeDetectCalls)).toEqual([]);
  expect(wasm.length).toBeGreaterThan(0);
  expect(wasm.every((url) => url.includes('zxing_reader'))).toBe(true);
});

test('a denied camera gets a clear message and the image scan is offered', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto('/scan');
  await expect(page.getByText(/Camera access was denied/)).toBeVisible();
  await expect(page.getByLabel('Scan from image')).toBeAttached();
});

test('scanning works in airplane mode once the app has been opened', async ({ baseURL }) => {
  const browser = await launchWithCamera(mecard);
  const context = await browser.newContext(phoneContext(baseURL!));
  const page = await context.newPage();
  await page.goto('/settings');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await context.setOffline(true);
  // The scanner library is a lazy chunk: it must come from the precache.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
  await expect(page.getByRole('heading', { name: '鈴木 一郎' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved to Contacts.')).toBeVisible();
  await browser.close();
});

test('in airplane mode the camera reads a real photo of a card with the WebAssembly decoder from the precache', async ({ page, baseURL }) => {
  const browser = await launchWithVideo(stillVideo(await photoFrame(page, tiltedMecard.buffer, tiltedMecard.mimeType)));
  const context = await browser.newContext(phoneContext(baseURL!));
  const scanner = await context.newPage();
  await withoutNativeDetector(scanner);
  const wasm: { fromServiceWorker: boolean; ok: boolean }[] = [];
  scanner.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasm.push({ fromServiceWorker: response.fromServiceWorker(), ok: response.ok() });
  });
  await scanner.goto('/settings');
  await scanner.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await context.setOffline(true);
  await scanner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
  await expect(scanner.getByRole('heading', { name: 'Sean Owen' })).toBeVisible();
  expect(wasm).toEqual([{ fromServiceWorker: true, ok: true }]);
  await browser.close();
});

test('with “save at once” off in Settings, a scanned Meishi card waits for Save', async ({ baseURL }) => {
  const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
  const now = Date.now();
  const browser = await launchWithCamera(encodeSharedCard(baseURL!, taro, now, now + 3_600_000));
  const page = await (await browser.newContext(phoneContext(baseURL!))).newPage();
  await page.goto('/settings');
  await page.getByLabel('Save scanned Meishi cards at once').uncheck();
  await page.reload();
  await expect(page.getByLabel('Save scanned Meishi cards at once')).not.toBeChecked();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
  await expect(page.getByRole('heading', { name: taro.name })).toBeVisible();
  await expect(page.getByText('Saved to Contacts.')).toHaveCount(0);
  expect(await storedContacts(page)).toHaveLength(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved to Contacts.')).toBeVisible();
  expect(await storedContacts(page)).toHaveLength(1);
  await browser.close();
});
