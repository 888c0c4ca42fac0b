import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import { chromiumLaunchOptions } from './chromium';

const WIDTH = 640;
const HEIGHT = 480;

/** A QR code of `text` as a PNG (black on white, 4-module quiet zone). */
export async function qrPng(text: string, scale = 6): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale, type: 'png' });
}

/** RGBA pixels, row by row (a PNG as pngjs reads it, or a canvas's ImageData). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * A one-second looping .y4m video of a still image centred on white, for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`). Written directly: Rec. 601 luma and 4:2:0 chroma.
 */
export function stillVideo(image: RgbaImage, fps = 10): string {
  const left = Math.floor((WIDTH - image.width) / 2);
  const top = Math.floor((HEIGHT - image.height) / 2);
  const rgb = (x: number, y: number): [number, number, number] => {
    const ix = x - left;
    const iy = y - top;
    if (ix < 0 || iy < 0 || ix >= image.width || iy >= image.height) return [255, 255, 255];
    const i = (iy * image.width + ix) * 4;
    return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
  };
  const luma = Buffer.alloc(WIDTH * HEIGHT);
  const cb = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2));
  const cr = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2));
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = rgb(x, y);
      luma[y * WIDTH + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        const c = (y / 2) * (WIDTH / 2) + x / 2;
        cb[c] = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        cr[c] = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, cb, cr]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const path = join(mkdtempSync(join(tmpdir(), 'meishi-cam-')), 'camera.y4m');
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
  return path;
}

/** A fake-camera video of a QR code of `text`, as large as fits the frame. */
export async function qrVideo(text: string, fps = 10): Promise<string> {
  let scale = 8;
  let image = PNG.sync.read(await qrPng(text, scale));
  while ((image.width > HEIGHT - 20 || image.height > HEIGHT - 20) && scale > 2) {
    scale -= 1;
    image = PNG.sync.read(await qrPng(text, scale));
  }
  return stillVideo(image, fps);
}

/**
 * A photo (PNG, JPEG or WebP) scaled to fit the camera's 640×480 frame, as a person holds a
 * card up to the camera. Decoded and scaled by Chromium itself (any page will do), so every
 * format the app accepts works here too.
 */
export async function photoFrame(page: Page, photo: Buffer, mimeType: string): Promise<RgbaImage> {
  const base64 = await page.evaluate(
    async ({ bytes, type, width, height }) => {
      const blob = new Blob([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], { type });
      const bitmap = await createImageBitmap(blob);
      const scale = Math.min(width / bitmap.width, height / bitmap.height);
      const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
      const context = canvas.getContext('2d')!;
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let text = '';
      for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { data: btoa(text), width: canvas.width, height: canvas.height };
    },
    { bytes: photo.toString('base64'), type: mimeType, width: WIDTH, height: HEIGHT },
  );
  return { width: base64.width, height: base64.height, data: Buffer.from(base64.data, 'base64') };
}

/**
 * Launches Chromium whose camera shows a QR code of `text` (or, for null, Chromium's own test
 * pattern), at `fps` frames a second (a phone's camera runs at 30).
 */
export async function launchWithCamera(text: string | null, fps = 10): Promise<Browser> {
  return launchWithVideo(text === null ? null : await qrVideo(text, fps));
}

/** Launches Chromium whose camera plays a .y4m video (or, for null, Chromium's own test pattern). */
export function launchWithVideo(video: string | null): Promise<Browser> {
  const args = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
  if (video !== null) args.push(`--use-file-for-fake-video-capture=${video}`);
  return chromium.launch(chromiumLaunchOptions(args));
}

/** Context options matching the project's phone defaults. */
export function phoneContext(baseURL: string, locale = 'en-US') {
  return {
    baseURL,
    locale,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'Asia/Tokyo',
    permissions: ['camera'],
  };
}
